import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths.js';

/**
 * Pinned minimum scores per evaluation: `eval/floors.json` plus each gate's `eval/<name>/floors.json`.
 * Raise them as quality improves; never lower one silently.
 */
export type Floors = Record<string, Record<string, number>>;

export function loadFloors(): Floors {
  const dir = resolve(ROOT, 'eval');
  const floors = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8')) as Floors;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, e.name, 'floors.json');
    if (e.isDirectory() && existsSync(file)) {
      for (const [group, want] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Floors)) {
        if (floors[group]) throw new Error(`floor group ${group} is pinned twice (${file})`);
        floors[group] = want;
      }
    }
  }
  return floors;
}

/** Compares scores with their floors; returns one line per failure. */
export function checkFloors(
  group: string,
  scores: Record<string, number>,
  floors: Floors = loadFloors(),
): string[] {
  const want = floors[group] ?? {};
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(want)) {
    const got = scores[name];
    if (got === undefined) failures.push(`${group}.${name}: no score (floor ${floor})`);
    else if (got + 1e-9 < floor)
      failures.push(`${group}.${name}: ${got.toFixed(4)} is below the floor ${floor}`);
  }
  return failures;
}
