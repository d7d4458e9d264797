import type { QuoteSpan } from '../../doc/index.js';
import type { Stage } from '../../pipeline/index.js';
import { viewInput } from '../quotes/quotes-stage.js';
import type { RankerModel } from '../quotes/ranker.js';
import type { NameResources } from '../quotes/resources.js';
import { analyseStatements, type StatementSpan } from './analyse.js';

/** Name of the events stage (also the `stage` of its messages). */
export const EVENTS_STAGE = 'events.v1';

/** Options of the events stage. */
export interface EventsOptions {
  /** Name resources to use instead of the committed gazetteer and actor lexicon (tests). */
  readonly resources?: NameResources;
  /** Speaker ranker to use instead of the committed one (null: the rules alone). */
  readonly ranker?: RankerModel | null;
}

/**
 * Stage writing the `events` layer, statements first: releases of audio, video and written
 * messages with speaker, organisation, medium, channel, title, release date, places, linked quotes
 * (indices into the `quotes` layer), attribution and whether the release is the article's news.
 * Each event's span is its main evidence; `evidence` lists every phrase naming the release.
 */
export function events(options: EventsOptions = {}): Stage {
  return {
    name: EVENTS_STAGE,
    requires: ['tokens', 'sentences', 'entities', 'times', 'quotes'],
    provides: ['events'],
    run(doc) {
      const a = analyseStatements(viewInput(doc), options.resources, options.ranker);
      // Quote indices refer to the document's quotes layer: map them by span.
      const layer = doc.spans<QuoteSpan>('quotes');
      const index = new Map(layer.map((q, i) => [`${q.start}:${q.end}`, i]));
      const spans: StatementSpan[] = a.statements.map((s) => ({
        ...s,
        quotes: s.quotes.flatMap((qi) => {
          const q = a.quotes[qi];
          const k = q ? index.get(`${q.start}:${q.end}`) : undefined;
          return k === undefined ? [] : [k];
        }),
      }));
      const messages = [
        ...hedgeMessages(spans),
        ...a.statementMessages.map((m) => ({ ...m, stage: EVENTS_STAGE })),
      ];
      return { layers: { events: spans }, messages };
    },
  };
}

/** Info messages for statements whose authenticity the article leaves open (claimed, unverified). */
function hedgeMessages(spans: readonly StatementSpan[]) {
  return spans
    .filter((s) => s.attribution === 'unverified' || s.attribution === 'claimed')
    .map((s) => ({
      stage: EVENTS_STAGE,
      level: 'info' as const,
      code: 'I_HEDGED_STATEMENT',
      text: `statement attribution is ${s.attribution}: the article does not vouch for who released it`,
      start: s.start,
      end: s.end,
    }));
}
