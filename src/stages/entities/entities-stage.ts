import type { EntitySpan } from '../../doc/index.js';
import { findEntities } from '../../entities/find.js';
import { type EntityResources, entityResources } from '../../entities/resources.js';
import type { Stage } from '../../pipeline/index.js';
import type { TokenSpan } from '../tokens/index.js';

/** Options of the entities stage. */
export interface EntitiesOptions {
  /** Resources to use instead of the committed models (tests, evaluation of a fresh model). */
  readonly resources?: EntityResources;
}

/**
 * Stage writing the `entities` layer: PER/ORG/LOC/MISC spans from the trained tagger and the
 * curated lexicon, each with its canonical key, display name and romanised name
 * (`src/entities/find.ts`). The models load on the first document.
 */
export function entities(options: EntitiesOptions = {}): Stage {
  return {
    name: 'entities.v1',
    requires: ['tokens', 'sentences'],
    provides: ['entities'],
    run(doc) {
      const resources = options.resources ?? entityResources();
      const spans: EntitySpan[] = findEntities(
        doc.text,
        doc.spans<TokenSpan>('tokens'),
        doc.spans('sentences'),
        resources,
      );
      return { layers: { entities: spans } };
    },
  };
}
