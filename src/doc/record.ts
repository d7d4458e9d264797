import type { Doc, Meta, Source } from './document.js';
import type { Message } from './message.js';
import type { Span } from './span.js';

/** Span attributes of the `entities` layer. */
export interface EntitySpan extends Span {
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly entity: string;
  readonly name: string;
  readonly latin: string | null;
}

/** Span attributes of the `times` layer (TimeML TIMEX3). */
export interface TimeSpan extends Span {
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  readonly value: string | null;
  readonly calendar: 'gregorian' | 'hijri';
}

export interface Party {
  readonly name: string | null;
  readonly entity: string | null;
}

/** Span attributes of the `quotes` layer. */
export interface QuoteSpan extends Span {
  readonly direct: boolean;
  readonly speaker: Party;
  readonly cue: string | null;
}

/** Span attributes of the `events` layer; the span covers the event's main evidence. */
export interface EventSpan extends Span {
  readonly type: string;
  readonly speaker: Party;
  readonly organization: Party;
  readonly medium: 'audio' | 'video' | 'text' | 'unknown';
  readonly channel: string | null;
  readonly title: string | null;
  readonly date: { readonly value: string | null; readonly text: string | null };
  readonly places: readonly string[];
  readonly quotes: readonly number[];
  readonly attribution: 'asserted' | 'claimed' | 'unverified' | 'confirmed' | 'denied';
  readonly current: boolean;
  readonly evidence: readonly Span[];
}

type WithText<T> = T & { text: string };

/** The record's top-level fields, in the order they are written (contract v1). */
export const RECORD_FIELDS = [
  'id',
  'source',
  'title',
  'text',
  'meta',
  'removed',
  'entities',
  'times',
  'quotes',
  'events',
  'messages',
] as const;

/** The analysis record, contract v1 (`../shared/spec/analysis.md`). */
export interface AnalysisRecord {
  id: string;
  source: Source;
  title: string | null;
  text: string;
  meta: Meta;
  removed: { text: string; reason: string; inputStart: number; inputEnd: number }[];
  entities: WithText<EntitySpan>[];
  times: WithText<TimeSpan>[];
  quotes: WithText<QuoteSpan>[];
  events: Omit<EventSpan, 'start' | 'end'>[];
  messages: Message[];
}

function withText<T extends Span>(doc: Doc, name: string): WithText<T>[] {
  return doc.spans<T>(name).map((s) => {
    const { start, end, ...rest } = s;
    return { start, end, text: doc.text.slice(start, end), ...rest } as WithText<T>;
  });
}

/** Projects a document onto the analysis record; every field is present, empty layers as `[]`. */
export function toRecord(doc: Doc): AnalysisRecord {
  return {
    id: doc.id,
    source: { ...doc.source },
    title: doc.title,
    text: doc.text,
    meta: { ...doc.meta },
    removed: doc.removed.map((r) => ({
      text: r.text,
      reason: r.reason,
      inputStart: r.inputStart,
      inputEnd: r.inputEnd,
    })),
    entities: withText<EntitySpan>(doc, 'entities'),
    times: withText<TimeSpan>(doc, 'times'),
    quotes: withText<QuoteSpan>(doc, 'quotes'),
    events: doc.spans<EventSpan>('events').map(({ start: _s, end: _e, ...rest }) => ({ ...rest })),
    messages: doc.messages.map((m) => ({ ...m })),
  };
}
