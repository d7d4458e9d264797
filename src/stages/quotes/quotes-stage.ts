import type { Doc, EntitySpan, Span, TimeSpan } from '../../doc/index.js';
import type { Stage } from '../../pipeline/index.js';
import { analyseStatements } from '../events/analyse.js';
import type { TokenSpan } from '../tokens/index.js';
import type { RankerModel } from './ranker.js';
import type { NameResources } from './resources.js';
import type { ViewInput } from './view.js';

/** Name of the quotes stage (also the `stage` of its messages). */
export const QUOTES_STAGE = 'quotes.v1';

/** Options of the quotes stage. */
export interface QuotesOptions {
  /** Name resources to use instead of the committed gazetteer and actor lexicon (tests). */
  readonly resources?: NameResources;
  /** Speaker ranker to use instead of the committed one (null: the rules alone). */
  readonly ranker?: RankerModel | null;
}

/** What the statement analysis reads from a document: its layers, and the entities/times layers when present. */
export function viewInput(doc: Doc): ViewInput {
  return {
    text: doc.text,
    tokens: doc.spans<TokenSpan>('tokens'),
    sentences: doc.spans<Span>('sentences'),
    paragraphs: doc.hasLayer('paragraphs') ? doc.spans<Span>('paragraphs') : undefined,
    entities: doc.hasLayer('entities') ? doc.spans<EntitySpan>('entities') : null,
    times: doc.spans<TimeSpan>('times'),
    anchor: doc.meta.published,
  };
}

/**
 * Stage writing the `quotes` layer: direct and reported quotations with their speaker (name and
 * canonical entity key) and cue (`eval/statements/GUIDELINES.md`). Uses the `entities` and
 * `times` layers when the document has them; a quotation without a speaker becomes a warning.
 */
export function quotes(options: QuotesOptions = {}): Stage {
  return {
    name: QUOTES_STAGE,
    requires: ['tokens', 'sentences', 'entities', 'times'],
    provides: ['quotes'],
    run(doc) {
      const a = analyseStatements(viewInput(doc), options.resources, options.ranker);
      return {
        layers: { quotes: a.quotes },
        messages: a.messages.map((m) => ({ ...m, stage: QUOTES_STAGE })),
      };
    },
  };
}
