/**
 * The `times` computation on one document, separate from writing the layer: finds the time
 * expressions, resolves them against the publication date (inferring it from a dateline when
 * cleaning found none) and reports content problems as messages.
 */
import type { Message, Span, TimeSpan } from '../../doc/index.js';
import { parseIsoDay } from '../../time/calendar.js';
import type { TokenSpan } from '../tokens/index.js';
import { type FoundTime, recognize } from './recognize.js';
import { wordStream } from './words.js';

/** Stage name, also the `stage` of its messages. */
export const TIMES_STAGE = 'times.v1';

/**
 * A dateline is a full date at the start of a line after at most a place and agency name
 * (الرياض 5 شوال 1436 هـ الموافق 21 يوليو 2015 م واس): this many characters and words before it,
 * calibrated on the news corpus, where longer prefixes are sentences and the date is an event's.
 */
export const DATELINE_PREFIX_CHARS = 40;
/** The dateline is on the text's first lines: a date starting later belongs to the story. */
export const DATELINE_WITHIN = 150;
export const DATELINE_PREFIX_WORDS = 3;

/** Words right before a date that make it an event date, not a dateline (في 12 مارس, بتاريخ). */
const EVENT_SIGNALS = /(?:^|\s)[وفلب]?(?:في|يوم|تاريخ|منذ|حتى|من|إلى|الى|قبل|بعد|خلال|الموافق)(?:\s|$)/u;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** What the stage computes for one document. */
export interface TimesResult {
  readonly times: TimeSpan[];
  /** The publication date inferred from the text, when the input had none. */
  readonly published: string | null;
  readonly messages: Message[];
}

function sentenceIndex(tokens: readonly TokenSpan[], sentences: readonly Span[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as TokenSpan;
    while (s < sentences.length - 1 && (sentences[s] as Span).end <= t.start) s++;
    out[i] = s;
  }
  return out;
}

/**
 * True when the date `[start, end)` opens its line after at most a short place/agency prefix and
 * is not itself an event's (يوم الاربعاء 22/7/2015, a timeline entry "28 مايو 1990:").
 */
function isDateline(text: string, start: number, end: number): boolean {
  if (/^يوم/u.test(text.slice(start, end)) || /^\s*:/u.test(text.slice(end, end + 3))) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const prefix = text.slice(lineStart, start);
  if (prefix.length > DATELINE_PREFIX_CHARS || /[.!؟?:«»"]/u.test(prefix) || EVENT_SIGNALS.test(prefix))
    return false;
  return prefix.split(/[\s\-–—,،()]+/u).filter((w) => /\p{L}/u.test(w)).length <= DATELINE_PREFIX_WORDS;
}

/** The publication date a text states: a dated dateline, or اليوم followed by a full date. */
function statedPublication(text: string, found: readonly FoundTime[]): string | null {
  for (const f of found) {
    if (f.type !== 'DATE' || f.value === null || !FULL_DAY.test(f.value) || f.relative) continue;
    if (
      (f.start < DATELINE_WITHIN && isDateline(text, f.start, f.end)) ||
      /^اليوم/u.test(text.slice(f.start, f.end))
    )
      return f.value;
  }
  return null;
}

/** Finds and resolves the time expressions of a text; `published` is meta.published or null. */
export function findTimes(
  text: string,
  tokens: readonly TokenSpan[],
  sentences: readonly Span[],
  published: string | null,
): TimesResult {
  const words = wordStream(tokens);
  const sentenceOf = sentenceIndex(tokens, sentences);
  let anchor = published ? parseIsoDay(published) : null;
  let inferred: string | null = null;
  let found = recognize(text, words, anchor, sentenceOf);
  if (anchor === null) {
    inferred = statedPublication(text, found);
    if (inferred) {
      anchor = parseIsoDay(inferred);
      found = recognize(text, words, anchor, sentenceOf);
    }
  }
  const messages: Message[] = [];
  const times: TimeSpan[] = found.map((f) => {
    const where = JSON.stringify(text.slice(f.start, f.end));
    if (f.note) {
      messages.push({
        stage: TIMES_STAGE,
        level: 'warning',
        code: 'weekday-mismatch',
        text: `${where} ${f.note}`,
        start: f.start,
        end: f.end,
      });
    }
    if (f.relative && anchor === null) {
      messages.push({
        stage: TIMES_STAGE,
        level: 'warning',
        code: 'unanchored-time',
        text: `${where} is relative and the document has no publication date; value left underspecified`,
        start: f.start,
        end: f.end,
      });
    }
    return { start: f.start, end: f.end, type: f.type, value: f.value, calendar: f.calendar };
  });
  return { times, published: inferred, messages };
}
