/**
 * Search result snippets: the window of a document's text (about 200 characters, cut at word
 * boundaries, … where cut) with the most matches of the query, and the highlight spans in it.
 */
import type { Query } from './ast.js';
import { findMatches, mergeSpans, type TextMatch } from './match.js';

/** Default snippet length in UTF-16 code units (before the … marks): two lines of a results page. */
export const SNIPPET_CHARS = 200;
const ELLIPSIS = '…';
/** A window that would leave at most this share of its length before it starts at the text start (readable, no …). */
const LEAD_SHARE = 0.25;

/** A half-open span of UTF-16 offsets. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** A snippet's text (whitespace runs collapsed to one space) and the highlights in it, offsets into `text`. */
export interface Snippet {
  readonly text: string;
  readonly highlights: readonly Highlight[];
}

export interface SnippetOptions {
  /** Window length in UTF-16 code units (default SNIPPET_CHARS). */
  readonly maxChars?: number;
}

function isSpace(text: string, i: number): boolean {
  return /\s/u.test(text[i] as string);
}

/** The run of matches [i, j] with the most distinct query items, then the most matches, that fits in `max`. */
function bestWindow(matches: readonly TextMatch[], max: number): { start: number; end: number } {
  let best = { start: 0, end: 0, score: -1 };
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i] as TextMatch;
    const items = new Set<number>();
    let end = first.end;
    let count = 0;
    for (let j = i; j < matches.length; j++) {
      const m = matches[j] as TextMatch;
      if (j > i && m.end - first.start > max) break;
      items.add(m.item);
      count++;
      end = Math.max(end, m.end);
    }
    const score = items.size * 1000 + count;
    if (score > best.score) best = { start: first.start, end, score };
  }
  return best;
}

/** Widens [lo, hi) to about `max` code units, half the slack on each side, snapped to whitespace. */
function widen(text: string, lo: number, hi: number, max: number): { a: number; b: number } {
  const slack = Math.max(0, max - (hi - lo));
  let a = Math.max(0, lo - Math.floor(slack / 2));
  let b = Math.min(text.length, a + Math.max(max, hi - lo));
  a = Math.max(0, Math.min(a, b - max));
  // Little text before the window: start at the beginning rather than cut a few words off.
  if (a > 0 && a <= max * LEAD_SHARE && hi <= max) {
    a = 0;
    b = Math.min(text.length, max);
  }
  // Start at a word start and end at a word end, never inside the matches.
  while (a > 0 && a < lo && !isSpace(text, a - 1)) a++;
  while (b < text.length && b > hi && !isSpace(text, b)) b--;
  return { a, b };
}

/** Copies text[a, b) with whitespace runs collapsed and trimmed; `at(i)` maps a source offset into the copy. */
function compact(text: string, a: number, b: number): { out: string; at: (i: number) => number } {
  let out = '';
  const pos = new Int32Array(b - a + 1);
  let pending = false;
  for (let i = a; i < b; i++) {
    if (isSpace(text, i)) {
      pos[i - a] = out.length;
      pending = true;
      continue;
    }
    if (pending && out.length > 0) out += ' ';
    pending = false;
    pos[i - a] = out.length;
    out += text[i];
  }
  pos[b - a] = out.length;
  return { out, at: (i) => pos[i - a] as number };
}

/**
 * The snippet of `text` for `query`: the window of about `maxChars` with the most query matches
 * (the start of the text when nothing matches), cut at word boundaries with … at cut ends, and
 * the highlighted matches as offsets into the snippet text.
 */
export function snippet(text: string, query: Query, options?: SnippetOptions): Snippet {
  const max = Math.max(1, options?.maxChars ?? SNIPPET_CHARS);
  const matches = findMatches(text, query);
  const w = matches.length > 0 ? bestWindow(matches, max) : { start: 0, end: 0 };
  const { a, b } = widen(text, w.start, w.end, max);
  const { out, at } = compact(text, a, b);
  const before = text.slice(0, a).trim() !== '' && out !== '' ? ELLIPSIS : '';
  const after = b < text.length && text.slice(b).trim() !== '' ? ELLIPSIS : '';
  const inside = matches.filter((m) => m.start >= a && m.end <= b);
  const highlights = mergeSpans(inside.map((m) => ({ start: at(m.start), end: at(m.end) }))).map((h) => ({
    start: h.start + before.length,
    end: h.end + before.length,
  }));
  return { text: before + out + after, highlights };
}

/** Every match of the query's words and phrases in a whole text, merged into non-overlapping spans (for a document page). */
export function highlightTerms(text: string, query: Query): Highlight[] {
  return mergeSpans(findMatches(text, query));
}

/**
 * Renders a snippet with its highlights marked: `escapeText` is applied to all text, highlighted
 * or not, and `mark` wraps each escaped highlight (e.g. `<mark>…</mark>` for HTML, ANSI bold for a terminal).
 */
export function renderSnippet(
  s: Snippet,
  mark: (t: string) => string,
  escapeText: (t: string) => string,
): string {
  let out = '';
  let at = 0;
  for (const h of s.highlights) {
    if (h.start < at) continue;
    out += escapeText(s.text.slice(at, h.start)) + mark(escapeText(s.text.slice(h.start, h.end)));
    at = h.end;
  }
  return out + escapeText(s.text.slice(at));
}
