/**
 * The place gazetteer and person-name romanisation table, a build output of
 * `scripts/build-gazetteers.ts` (`models/gazetteer.json.gz`), validated when loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { modelsDir } from './models-dir.js';

/** What a place is; also its rank when two places share a name (curated first). */
export type PlaceKind = 'curated' | 'country' | 'city' | 'region';

/** A place with its Arabic names and, where known, coordinates. */
export interface Place {
  readonly id: string;
  readonly kind: PlaceKind;
  readonly name: string;
  readonly latin: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number;
  readonly aliases: readonly string[];
}

/** The gazetteer file. */
export interface GazetteerFile {
  readonly version: 1;
  readonly places: readonly Place[];
  /** Arabic person-name token (match key), its most common English spelling, and how many names use it. */
  readonly personNames: readonly (readonly [string, string, number])[];
  /** Names of ANERgazet (match key, type), read as tagger features only; absent in older files. */
  readonly lists?: readonly (readonly [string, 'PER' | 'ORG' | 'LOC'])[];
}

const KINDS = new Set<PlaceKind>(['curated', 'country', 'city', 'region']);
const ID = /^loc:[a-z0-9][a-z0-9-]*$/u;

/** Checks the shape of a parsed gazetteer file; throws naming the first bad entry. */
export function validateGazetteer(data: unknown): GazetteerFile {
  const g = data as GazetteerFile;
  if (g?.version !== 1 || !Array.isArray(g.places) || !Array.isArray(g.personNames))
    throw new Error('gazetteer: not a version 1 gazetteer file');
  const ids = new Set<string>();
  for (const p of g.places) {
    const ok =
      typeof p.id === 'string' &&
      ID.test(p.id) &&
      KINDS.has(p.kind) &&
      typeof p.name === 'string' &&
      p.name !== '' &&
      typeof p.latin === 'string' &&
      Array.isArray(p.aliases) &&
      p.aliases.length > 0 &&
      (p.lat === null || (typeof p.lat === 'number' && Math.abs(p.lat) <= 90)) &&
      (p.lon === null || (typeof p.lon === 'number' && Math.abs(p.lon) <= 180));
    if (!ok) throw new Error(`gazetteer: bad place ${JSON.stringify(p).slice(0, 200)}`);
    if (ids.has(p.id)) throw new Error(`gazetteer: duplicate place id ${p.id}`);
    ids.add(p.id);
  }
  for (const row of g.personNames) {
    if (
      !Array.isArray(row) ||
      typeof row[0] !== 'string' ||
      typeof row[1] !== 'string' ||
      typeof row[2] !== 'number'
    )
      throw new Error(`gazetteer: bad person name row ${JSON.stringify(row)}`);
  }
  for (const row of g.lists ?? []) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || !['PER', 'ORG', 'LOC'].includes(row[1]))
      throw new Error(`gazetteer: bad list row ${JSON.stringify(row)}`);
  }
  return g;
}

let cached: GazetteerFile | null = null;

/** The committed gazetteer, loaded and validated once. */
export function gazetteer(): GazetteerFile {
  if (!cached) {
    const raw = gunzipSync(readFileSync(join(modelsDir(), 'gazetteer.json.gz'))).toString('utf8');
    cached = validateGazetteer(JSON.parse(raw));
  }
  return cached;
}
