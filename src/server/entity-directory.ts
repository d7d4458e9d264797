/**
 * What the API knows about entity keys beyond the archive: canonical names, aliases,
 * romanisation and coordinates from the entity registry (curated actors and the gazetteer in
 * models/), and the keys a name typed in a query or filter may stand for. Loaded lazily through
 * the entities module's public API; when it cannot be loaded the API still works from what the
 * archive stored (names) and from keys given as they are.
 */
import type { EntityInfo } from '../entities/registry.js';

export type { EntityInfo };

export interface EntityDirectory {
  /** Registry facts about a key, or null for keys the registry does not know. */
  info(key: string): EntityInfo | null;
  /** Canonical keys a name, alias or key may stand for (empty when nothing is known). */
  resolve(value: string): string[];
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const KEY = /^(per|org|loc|misc):\S+$/u;

/** A directory that knows nothing: keys resolve to themselves. */
export const EMPTY_DIRECTORY: EntityDirectory = {
  info: () => null,
  resolve: (value) => (KEY.test(value.trim()) ? [value.trim()] : []),
};

/** Loads the entities module; EMPTY_DIRECTORY (and a warning) when it is unavailable. */
export async function loadEntityDirectory(warn: (m: string) => void = () => {}): Promise<EntityDirectory> {
  try {
    const { entityInfo, entityKeyFor } = await import('../entities/index.js');
    // Loads the registry now, so a broken models/ folder is reported at start-up, not per request.
    entityInfo('loc:_');
    let failed = false;
    return {
      info: (key) => entityInfo(key),
      resolve(value: string): string[] {
        const v = value.trim();
        if (KEY.test(v)) return [v];
        if (v === '' || failed) return [];
        try {
          // The key the name gets as a mention of each type: the registry's key for a known alias
          // (داعش → org:islamic-state), else the key built from the name itself.
          return [...new Set(TYPES.map((t) => entityKeyFor(v, t)))];
        } catch (e) {
          failed = true;
          warn(`entity names cannot be resolved (${e instanceof Error ? e.message : String(e)}): keys only`);
          return [];
        }
      },
    };
  } catch (e) {
    warn(
      `entity registry unavailable (${e instanceof Error ? e.message : String(e)}): names come from the archive only`,
    );
    return EMPTY_DIRECTORY;
  }
}
