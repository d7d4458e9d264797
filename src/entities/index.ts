/**
 * Entities: the tagger, the curated lexicon and gazetteer, and canonical entity keys. The stage
 * lives in src/stages/entities; this module is what the archive, search and API use.
 */

import { tokenize } from '../text/tokenize.js';
import { describeMention, textKey } from './canonical.js';
import type { EntityInfo } from './registry.js';
import { entityRegistry, entityResources } from './resources.js';
import type { EntityType } from './train/conll.js';

export type { CanonicalEntity, Mention } from './canonical.js';
export { findEntities } from './find.js';
export { ACTORS, type ActorEntry, type ActorKind } from './lexicon/index.js';
export type { EntityInfo } from './registry.js';
export type { EntityType } from './train/conll.js';

/**
 * What is known about an entity key: `{ key, name, type, aliases, latin, lat, lon }` for curated
 * actors and gazetteer places (coordinates for places), null for keys of entities known only
 * from text (`per:…` keys built from the name itself).
 */
export function entityInfo(key: string): EntityInfo | null {
  return entityRegistry().info(key);
}

/**
 * The canonical key a name written by a user would get as a mention of `type` (search's
 * `entity:` filter): داعش → org:islamic-state, البغدادي (PER) → per:البغدادي.
 */
export function entityKeyFor(name: string, type: EntityType): string {
  const tokens = tokenize(name)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => ({ ...t, text: name.slice(t.start, t.end) }));
  const resources = entityResources();
  const { units } = describeMention({ tokens, type }, resources.features.countOf);
  const known = units.length > 0 ? resources.registry.resolve(units, type) : null;
  return known ? known.key : textKey(type, units);
}
