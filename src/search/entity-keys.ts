/**
 * Canonical entity keys for what a user types after `entity:` or `speaker:`: an alias or a name
 * (داعش, تنظيم الدولة, البغدادي) becomes the keys the entities stage gives such mentions, so the
 * filter finds every alias; a key typed as such (`org:islamic-state`) is used as is.
 */
import { entityKeyFor } from '../entities/index.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export function resolveEntityKeys(value: string): string[] {
  const v = value.trim();
  if (/^(?:per|org|loc|misc):\S/u.test(v)) return [v];
  return [...new Set(TYPES.map((t) => entityKeyFor(v, t)))];
}
