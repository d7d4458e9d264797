/**
 * Splits a search query into lexical items: words, quoted phrases, `field:value` filters, `OR`
 * (or `|`), parentheses, each with the `-` that excludes it. Quotes may be ASCII "…", Arabic
 * guillemets «…» or typographic “…”, as Arabic keyboards and word processors produce them.
 */
import { FILTER_FIELDS, type FilterField, queryError } from './ast.js';

export type LexKind = 'word' | 'phrase' | 'filter' | 'or' | 'open' | 'close';

/** One lexical item; `start`/`end` are UTF-16 offsets into the query, `-` included. */
export interface LexItem {
  readonly kind: LexKind;
  readonly start: number;
  readonly end: number;
  /** Preceded by `-` (exclusion). */
  readonly negated: boolean;
  /** Word text, phrase content (quotes removed) or filter value. */
  readonly text: string;
  /** Offset of `text` in the query (inside the quotes for phrases and quoted values). */
  readonly textStart: number;
  readonly field?: FilterField;
}

/** Closing quote(s) accepted for each opening quote. */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['«', '»'],
  ['“', '”"'],
  ['„', '“”'],
]);
const FIELD = /^([A-Za-z]+):/;
const KNOWN_FIELDS: ReadonlySet<string> = new Set(FILTER_FIELDS);

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/** True where a bare word ends: whitespace, a parenthesis, `|` or an opening quote. */
function endsWord(ch: string): boolean {
  return isSpace(ch) || ch === '(' || ch === ')' || ch === '|' || QUOTES.has(ch);
}

/** Reads a quoted string whose opening quote is at `at`; returns its content and the end offset. */
function readQuoted(input: string, at: number, what: string): { text: string; end: number } {
  const open = input[at] as string;
  const closers = QUOTES.get(open) as string;
  for (let j = at + 1; j < input.length; j++) {
    if (closers.includes(input[j] as string)) return { text: input.slice(at + 1, j), end: j + 1 };
  }
  return queryError(`the quote ${open} opening ${what} is never closed`, at);
}

/** Splits `input` into lexical items; throws a QueryError on an unclosed quote, an unknown field or an empty value. */
export function lex(input: string): LexItem[] {
  const items: LexItem[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const start = i;
    let negated = false;
    // A - directly before something (not before a space or the end) excludes it; a lone - is noise.
    if (ch === '-' && i + 1 < input.length && !isSpace(input[i + 1] as string)) {
      negated = true;
      i++;
    }
    const c = input[i] as string;
    if (c === '(' || c === ')' || c === '|') {
      const kind = c === '(' ? 'open' : c === ')' ? 'close' : 'or';
      items.push({ kind, start, end: i + 1, negated, text: c, textStart: i });
      i++;
      continue;
    }
    if (QUOTES.has(c)) {
      const q = readQuoted(input, i, 'a phrase');
      items.push({ kind: 'phrase', start, end: q.end, negated, text: q.text, textStart: i + 1 });
      i = q.end;
      continue;
    }
    let j = i;
    while (j < input.length && !endsWord(input[j] as string)) j++;
    const word = input.slice(i, j);
    const field = FIELD.exec(word);
    // http://… and other scheme-like words are text, not filters.
    if (field && !word.startsWith('//', (field[0] as string).length)) {
      const name = (field[1] as string).toLowerCase();
      if (!KNOWN_FIELDS.has(name)) {
        queryError(
          `unknown filter "${field[1]}:"; known filters are ${FILTER_FIELDS.map((f) => `${f}:`).join(' ')}`,
          i,
        );
      }
      const valueAt = i + (field[0] as string).length;
      let text = word.slice((field[0] as string).length);
      let textStart = valueAt;
      if (text === '' && QUOTES.has(input[valueAt] ?? '')) {
        const q = readQuoted(input, valueAt, `the value of ${name}:`);
        text = q.text;
        textStart = valueAt + 1;
        j = q.end;
      }
      const trimmed = text.trim();
      if (trimmed === '') queryError(`the filter ${name}: has no value`, i);
      textStart += text.indexOf(trimmed);
      items.push({
        kind: 'filter',
        start,
        end: j,
        negated,
        text: trimmed,
        textStart,
        field: name as FilterField,
      });
      i = j;
      continue;
    }
    if (word === 'OR' && !negated)
      items.push({ kind: 'or', start, end: j, negated, text: word, textStart: i });
    else if (word !== 'AND' || negated)
      items.push({ kind: 'word', start, end: j, negated, text: word, textStart: i });
    i = j;
  }
  return items;
}
