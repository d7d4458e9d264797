import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (evaluation scripts live in `<root>/eval`). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared data folder: `MARSAD_SHARED`, else `../shared` beside the checkout; null when absent. */
export function sharedDir(): string | null {
  const dir = process.env.MARSAD_SHARED ? resolve(process.env.MARSAD_SHARED) : resolve(ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
}
