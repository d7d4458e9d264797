/**
 * Sentence and paragraph splitting. Paragraphs are lines of the base text; sentences never cross
 * a line break. Sentence spans are trimmed, non-empty, do not overlap and together cover every
 * non-space character of the text.
 *
 * A sentence ends after a run of terminal marks (. ! ? ؟ … ... ‼ ۔), together with closing quotes
 * and brackets glued to it (." » ” )), and always at a line break. No sentence ends:
 * - inside a number, URL or email (the tokenizer keeps 1.2, ١٫٥, 12.06.2017, www.x.com whole);
 * - after a single letter and a dot: Arabic abbreviations and initials (أ. ف. ب, د. محمد) and
 *   Latin initials (U.S., e.g.) — except م./هـ. after a number, the era of a date (2017 م.);
 * - after a known Latin abbreviation (Mr., Dr., Jan., ...) or before a lower-case Latin word;
 * - after a list number at the start of a line (1. البند الأول);
 * - after an ellipsis glued to the next word (انتظر...ثم), bracketed as an omission mark ((...)),
 *   followed by lower-case Latin, or inside an open quotation: Arabic has no capitals to show that
 *   a new sentence starts, and inside «...» the speech usually continues;
 * - before the sentence has any word, number or symbol (a lone "..." at a line start);
 * - when only symbols follow up to the end of the line (انتهى! 😀): they stay with the sentence.
 */
import type { Span } from '../doc/index.js';
import { isSpaceChar, type Token, tokenize } from './tokenize.js';

const TERMINAL = new Set(['.', '!', '?', '؟', '…', '‼', '⁇', '⁈', '⁉', '۔']);
const CLOSERS = new Set(['»', '”', '’', '›', ')', ']', '}', '"', "'"]);
const OPENERS = new Set(['«', '“', '‘', '‹', '(', '[', '{']);
const ERA_MARKERS = new Set(['م', 'ه']); // م = ميلادي (AD), هـ = هجري (AH)
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
const LATIN_ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr vs gen col lt sgt capt cmdr adm gov sen rep pres inc ltd co corp no nos ' +
    'approx dept est fig vol ed eds al jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd'
  ).split(' '),
);

/** The token fields the sentence splitter reads (a `Token`, or a span of the `tokens` layer). */
export type SentenceToken = Pick<Token, 'start' | 'end' | 'kind' | 'script' | 'key'>;

function isTerminal(text: string, t: SentenceToken): boolean {
  if (t.kind !== 'punct') return false;
  for (const ch of text.slice(t.start, t.end)) if (!TERMINAL.has(ch)) return false;
  return true;
}

function isEllipsis(text: string, t: SentenceToken): boolean {
  const s = text.slice(t.start, t.end);
  return s === '…' || /^\.{2,}$/.test(s);
}

function punctIn(text: string, t: SentenceToken | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'punct' && set.has(text.slice(t.start, t.end));
}

function isLowerLatin(text: string, t: SentenceToken | undefined): boolean {
  if (t?.kind !== 'word' || t.script !== 'latin') return false;
  const first = text.slice(t.start, t.end).match(/\p{L}/u)?.[0];
  return first !== undefined && first !== first.toUpperCase();
}

/** Tracks whether the text is inside a quotation; reset at each line break. */
class QuoteState {
  private depth = 0;
  private ascii = false;

  see(ch: string): void {
    if (ch === '«' || ch === '“') this.depth++;
    else if ((ch === '»' || ch === '”') && this.depth > 0) this.depth--;
    else if (ch === '"') this.ascii = !this.ascii;
  }

  get open(): boolean {
    return this.depth > 0 || this.ascii;
  }

  reset(): void {
    this.depth = 0;
    this.ascii = false;
  }
}

/**
 * Sentence spans of `text` (see the module comment for the rules). `tokens` must be the tokens of
 * `text`, as from `tokenize`; they are computed when omitted.
 */
export function splitSentences(text: string, tokens?: readonly SentenceToken[]): Span[] {
  const toks = tokens ?? tokenize(text);
  const spans: Span[] = [];
  const quotes = new QuoteState();
  let first = 0; // index of the first token of the current sentence
  let content = false; // the current sentence has a token other than punctuation
  const gapBreaks = (a: SentenceToken, b: SentenceToken | undefined): boolean =>
    b === undefined || LINE_BREAK.test(text.slice(a.end, b.start));
  const close = (last: number): void => {
    spans.push({ start: (toks[first] as SentenceToken).start, end: (toks[last] as SentenceToken).end });
    first = last + 1;
    content = false;
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as SentenceToken;
    if (t.kind === 'punct') quotes.see(text.slice(t.start, t.end));
    if (isTerminal(text, t)) {
      // The run of terminal marks and the closing quotes/brackets glued to it.
      let j = i;
      while (j + 1 < toks.length) {
        const n = toks[j + 1] as SentenceToken;
        const cur = toks[j] as SentenceToken;
        if (n.start !== cur.end) break;
        if (!isTerminal(text, n) && !punctIn(text, n, CLOSERS)) break;
        quotes.see(text.slice(n.start, n.end));
        j++;
      }
      const next = toks[j + 1];
      const endsHere =
        gapBreaks(toks[j] as SentenceToken, next) ||
        (content && boundaryAfter(text, toks, i, j, first, quotes));
      i = j;
      if (endsHere) {
        close(j);
        if (next && LINE_BREAK.test(text.slice((toks[j] as SentenceToken).end, next.start))) quotes.reset();
      }
      continue;
    }
    if (t.kind !== 'punct') content = true;
    const next = toks[i + 1];
    if (gapBreaks(t, next)) {
      close(i);
      quotes.reset();
    }
  }
  return spans;
}

/** Whether the terminal run `toks[i..j]` (not followed by a line break) ends a sentence begun at `first`. */
function boundaryAfter(
  text: string,
  toks: readonly SentenceToken[],
  i: number,
  j: number,
  first: number,
  quotes: QuoteState,
): boolean {
  const mark = toks[i] as SentenceToken;
  const next = toks[j + 1] as SentenceToken;
  const prev = i > 0 ? toks[i - 1] : undefined;
  const glued = prev !== undefined && prev.end === mark.start;
  if (isLowerLatin(text, next)) return false;
  // Only symbols (emoji) between the mark and the end of the line: they close this sentence.
  for (let k = j + 1; k < toks.length && (toks[k] as SentenceToken).kind === 'symbol'; k++) {
    const after = toks[k + 1];
    if (after === undefined || LINE_BREAK.test(text.slice((toks[k] as SentenceToken).end, after.start)))
      return false;
  }
  const s = text.slice(mark.start, mark.end);
  if (isEllipsis(text, mark)) {
    if (next.start === (toks[j] as SentenceToken).end && (next.kind === 'word' || next.kind === 'number'))
      return false;
    if (glued && punctIn(text, prev, OPENERS)) return false;
    return !quotes.open;
  }
  if (s !== '.') return true;
  if (glued && prev.kind === 'word' && (prev.script === 'arabic' || prev.script === 'latin')) {
    if ([...prev.key].length === 1) {
      // A single letter and a dot is an abbreviation or initial, except the era after a year.
      const before = i > 1 ? toks[i - 2] : undefined;
      return prev.script === 'arabic' && ERA_MARKERS.has(prev.key) && before?.kind === 'number';
    }
    if (prev.script === 'latin' && LATIN_ABBREVIATIONS.has(prev.key)) return false;
  }
  // A list number at the start of a line: "1. ..."
  if (glued && prev.kind === 'number' && i - 1 === first) return false;
  return true;
}

/** Paragraph spans: the non-blank lines of `text`, trimmed of surrounding whitespace. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const lineBreak = new RegExp(LINE_BREAK.source, 'g');
  let lineStart = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpaceChar(text.codePointAt(s) as number)) s++;
    while (e > s && isSpaceChar(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(lineBreak)) {
    push(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  push(lineStart, text.length);
  return spans;
}
