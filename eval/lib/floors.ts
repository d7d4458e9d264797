import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './paths.js';

/** Pinned minimum scores per evaluation (eval/floors.json). Raise them as quality improves. */
export type Floors = Record<string, Record<string, number>>;

export function loadFloors(): Floors {
  return JSON.parse(readFileSync(resolve(ROOT, 'eval', 'floors.json'), 'utf8')) as Floors;
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
