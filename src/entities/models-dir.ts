import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folder of the committed build outputs (tagger model, clusters, gazetteer): `models/` at the
 * package root, two levels above this module both in `src/entities` and `dist/entities`.
 * `MARSAD_MODELS` overrides it (used by training to evaluate a model it just wrote elsewhere).
 */
export function modelsDir(): string {
  const env = process.env.MARSAD_MODELS;
  return env ? resolve(env) : resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');
}
