/**
 * A read-only view of one document for the quotation and statement finders: its tokens with
 * sentence and paragraph numbers, the entity and time layers when present, and small helpers.
 * Every offset is a UTF-16 index into the base text; token keys are match keys, so the finders
 * see through diacritics, tatweel and alef/ya/ta-marbuta spelling variants.
 */
import type { EntitySpan, Span, TimeSpan } from '../../doc/index.js';
import { isComplementizer, reportingVerbForm } from '../../lexicon/reporting-verbs.js';
import { FUNCTION_WORDS } from '../../text/function-words.js';
import type { TokenSpan } from '../tokens/index.js';

/** A token of the view. */
export interface Tok {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenSpan['kind'];
  readonly script: TokenSpan['script'];
  /** Match key of the token. */
  readonly key: string;
  /** Match key without a leading conjunction و/ف when the clitic analysis reads one (وقال → قال). */
  readonly bare: string;
  /** Index of the sentence holding the token. */
  readonly sent: number;
  /** Index of the paragraph (line) holding the token. */
  readonly para: number;
  /** Offset where the stem begins once proclitics (و، ف، ب، ل، ك، ال) are set aside. */
  readonly stemStart: number;
  /**
   * Offset where the word begins once و، ف، ب، ل، ك are set aside, the article kept: a mention's
   * start. After لل (ل + ال with the alif dropped) it is the second ل (للبغدادي → لبغدادي).
   */
  readonly wordStart: number;
  /** Whether the stem carries the article. */
  readonly det: boolean;
  /** Whether the token is written with a final alef maqsura (على, not the name علي). */
  readonly maqsura: boolean;
  /** Match key of the stem without proclitics, article included (للبغدادي → البغدادي). */
  readonly stem: string;
}

/** A sentence with the index range of its tokens. */
export interface SentenceView extends Span {
  readonly first: number;
  /** Index after the sentence's last token. */
  readonly last: number;
}

/** What the finders read from a document. */
export interface TextView {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly sentences: readonly SentenceView[];
  readonly paragraphs: readonly Span[];
  /** Spans of the entities layer, or null when the document has none. */
  readonly entities: readonly EntitySpan[] | null;
  readonly times: readonly TimeSpan[];
  /** Publication date (TIMEX3), the anchor of relative dates. */
  readonly anchor: string | null;
}

/** Input of `makeView`: the base text and the layers it reads. */
export interface ViewInput {
  readonly text: string;
  readonly tokens: readonly TokenSpan[];
  readonly sentences: readonly Span[];
  readonly paragraphs?: readonly Span[];
  readonly entities?: readonly EntitySpan[] | null;
  readonly times?: readonly TimeSpan[];
  readonly anchor?: string | null;
}

function indexOfSpan(spans: readonly Span[], at: number, from: number): number {
  let k = from;
  while (k < spans.length && (spans[k] as Span).end <= at) k++;
  return k;
}

/** What a view knows about words, to choose proclitic readings. */
export interface KnownWords {
  /** Lexicon words: roles, titles, organisation heads, documents, artifacts, reporting verbs, places. */
  readonly word: (key: string) => boolean;
  /** Person names (a weaker clue: many are ordinary words too). */
  readonly name: (key: string) => boolean;
  /** Corpus count of a word form (0 when unknown), when counts are at hand. */
  readonly count?: (key: string) => number;
}

/** A form at least this frequent, and more frequent than its stem, is a word of its own (وجود). */
const WHOLE_WORD_COUNT = 20;

/** Marks the key of a name part spelled like a function word (بان of بان كي مون), so no lexicon matches it. */
const NAME_PART = '\u2060';
const NOTHING_KNOWN: KnownWords = { word: () => false, name: () => false };

/**
 * Chooses a token's proclitic reading. Without a stem lexicon the clitic analyser cannot tell
 * كيري (Kerry) from ك + يري, وزير (minister) from و + زير or بيانا (a statement) from ب + يانا,
 * so a word known whole stays whole, and a reading is trusted when its stem is a lexicon word,
 * when it takes the article (وبالموصل), or when it only sets aside the conjunction و before three
 * letters or more.
 */
function reading(t: TokenSpan, known: KnownWords): NonNullable<TokenSpan['clitics']>[number] | null {
  const analyses = t.clitics ?? [];
  if (analyses.length === 0 || known.word(t.key) || known.name(t.key)) return null;
  const knownNoun = (k: string): boolean => {
    if (known.word(k)) return true;
    const m = /(ه|ها|هم|هما|ي|نا|كم)$/u.exec(k);
    if (!m || k.length - m[0].length < 3) return false;
    const base = k.slice(0, k.length - m[0].length);
    return known.word(base) || (base.endsWith('ت') && known.word(`${base.slice(0, -1)}ه`));
  };
  for (const a of analyses) {
    if (a.stemOffset === 0) return a;
    const stem = a.det ? `ال${a.stem}` : a.stem;
    if (known.word(stem) || knownNoun(a.stem)) return a;
    if (a.det) return a;
    if (a.conj && !a.prep && !a.future && a.stem.length >= 3 && (a.conj === 'و' || known.name(a.stem))) {
      // وجود "existence" is no و + جود (a given name): the corpus knows the whole form better.
      const whole = known.count?.(t.key) ?? 0;
      if (whole >= WHOLE_WORD_COUNT && whole > (known.count?.(a.stem) ?? 0)) return null;
      return a;
    }
    // لسالم: the preposition before a known name.
    if (a.prep === 'ل' && !a.det && !a.future && a.stem.length >= 3 && known.name(a.stem)) return a;
  }
  return null;
}

/** Builds the view; sentences and paragraphs must be sorted and cover the tokens. */
export function makeView(input: ViewInput, known: KnownWords = NOTHING_KNOWN): TextView {
  const { text } = input;
  const paragraphs = input.paragraphs ?? lines(text);
  const toks: Tok[] = [];
  const inPersonName = (t: TokenSpan): boolean =>
    input.entities?.some(
      (e) => e.type === 'PER' && e.start <= t.start && t.end <= e.end && e.end - e.start > t.end - t.start,
    ) ?? false;
  const nameParts = new Set(
    input.tokens.filter((t) => isComplementizer(t.key) && inPersonName(t)).map((t) => t.key),
  );
  // A word inside a person's name past its first word (مارغوت فالستروم) is that name wherever it
  // stands: وأضافت فالستروم is not ف + الستروم.
  const laterNameParts = new Set<string>();
  const persons = (input.entities ?? []).filter((e) => e.type === 'PER').sort((a, b) => a.start - b.start);
  let from = 0;
  for (const e of persons) {
    while (from < input.tokens.length && (input.tokens[from] as TokenSpan).start <= e.start) from++;
    for (let k = from; k < input.tokens.length; k++) {
      const t = input.tokens[k] as TokenSpan;
      if (t.end > e.end) break;
      // (A verb of speech the tagger swept into a name stays a verb: إبراهيم محمد فأشار.)
      if (!reportingVerbForm(t.key)) laterNameParts.add(t.key);
    }
  }
  // A person's name starting at a token (فلاديمير جوكف) keeps its first letters unless setting
  // them aside leaves a known word or name (لسالم، وعادل).
  const personStarts = new Set(persons.map((e) => e.start));
  let s = 0;
  let p = 0;
  for (const t of input.tokens) {
    s = indexOfSpan(input.sentences, t.start, s);
    p = indexOfSpan(paragraphs, t.start, p);
    let a = laterNameParts.has(t.key) ? null : reading(t, known);
    if (a && a.stemOffset > 0 && personStarts.has(t.start) && !(known.name(a.stem) || known.word(a.stem)))
      a = null;
    const conj = a?.conj ?? null;
    // ولم، فإن، وقد: a conjunction before a function word is set aside too.
    const conjFn = (t.key[0] === 'و' || t.key[0] === 'ف') && FUNCTION_WORDS.has(t.key.slice(1));
    const bare =
      (conj || conjFn) && t.key.length > 2 && (t.key[0] === 'و' || t.key[0] === 'ف') ? t.key.slice(1) : t.key;
    const stemStart = a ? t.start + a.stemOffset : t.start;
    // A word known whole with its article (البيان) keeps it: no proclitic was set aside.
    const det = a ? a.det : t.key.startsWith('ال') && t.key.length > 3;
    const stem = a ? (det ? `ال${a.stem}` : a.stem) : t.key;
    let wordStart = stemStart;
    if (det && a) {
      // Step back over the article: ال, or the single ل left of it after the preposition ل.
      const before = text.slice(t.start, stemStart);
      const al = before.search(/[اأإآٱ][\u064B-\u065F\u0670\u0640]*ل[\u064B-\u065F\u0670\u0640]*$/u);
      if (al >= 0) wordStart = t.start + al;
      else {
        const l = before.search(/ل[\u064B-\u065F\u0670\u0640]*$/u);
        wordStart = l >= 0 ? t.start + l : stemStart;
      }
    }
    // بان كي مون: a name part that spells a function word (بأن) is no function word.
    const nameOnly = isComplementizer(t.key) && (inPersonName(t) || namePartAlone(input, t, nameParts));
    const key = nameOnly ? `${t.key}${NAME_PART}` : t.key;
    toks.push({
      i: toks.length,
      start: t.start,
      end: t.end,
      kind: t.kind,
      script: t.script,
      key,
      bare: nameOnly ? key : bare,
      sent: s,
      para: p,
      stemStart,
      wordStart,
      det,
      stem: nameOnly ? key : stem,
      maqsura: /ى[\u064B-\u065F\u0640]*$/u.test(text.slice(t.start, t.end)),
    });
  }
  const sentences: SentenceView[] = [];
  let k = 0;
  for (const sp of input.sentences) {
    while (k < toks.length && (toks[k] as Tok).end <= sp.start) k++;
    const first = k;
    while (k < toks.length && (toks[k] as Tok).start < sp.end) k++;
    sentences.push({ start: sp.start, end: sp.end, first, last: k });
  }
  return {
    text,
    toks,
    sentences,
    paragraphs,
    entities: input.entities ?? null,
    times: input.times ?? [],
    anchor: input.anchor ?? null,
  };
}

/**
 * A lone name part spelled like a function word, in a document that names its bearer in full
 * (وقال بان إن …، وحذر بان من أن …): after a reporting verb, before a complementiser, a
 * preposition or punctuation.
 */
function namePartAlone(input: ViewInput, t: TokenSpan, parts: ReadonlySet<string>): boolean {
  if (!parts.has(t.key)) return false;
  const i = input.tokens.indexOf(t);
  const prev = input.tokens[i - 1];
  const next = input.tokens[i + 1];
  if (!prev || !next || !reportingVerbForm(prev.key)) return false;
  return next.kind !== 'word' || isComplementizer(next.key) || /^(من|في|خلال|امام|عن|علي)$/u.test(next.key);
}

/** Non-blank lines of `text`, trimmed (the paragraphs when no layer gives them). */
function lines(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n\r]+/gu;
  for (const m of text.matchAll(re)) {
    let a = m.index;
    let b = a + m[0].length;
    while (a < b && /\s/u.test(text[a] as string)) a++;
    while (b > a && /\s/u.test(text[b - 1] as string)) b--;
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** The token text as written. */
export function tokText(v: TextView, t: Tok): string {
  return v.text.slice(t.start, t.end);
}

/** Whether a token is punctuation equal to one of `chars`. */
export function isPunct(v: TextView, t: Tok | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(v.text.slice(t.start, t.end));
}

/** Whether a token is a word (Arabic or Latin letters) or a number. */
export function isWordish(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** Sentence-final punctuation and separators left out at a quote's end. */
export const FINAL_PUNCT = /[\s.!?؟…؛،,:;\-–—]+$/u;

/** Trims white space and, when `punct`, final punctuation from the end of `[start, end)`. */
export function trimEnd(text: string, start: number, end: number, punct: boolean): number {
  let e = end;
  const re = punct ? /[\s.!?؟…؛،,:;\-–—]/u : /\s/u;
  while (e > start && re.test(text[e - 1] as string)) e--;
  return e;
}

/** Trims white space from the start of `[start, end)`. */
export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/u.test(text[s] as string)) s++;
  return s;
}

/** Index of the first token starting at or after `offset` (toks.length when none). */
export function tokenAtOrAfter(v: TextView, offset: number): number {
  let lo = 0;
  let hi = v.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.toks[mid] as Tok).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token holding `offset` (the last token starting at or before it). */
export function tokenAt(v: TextView, offset: number): number {
  return Math.max(0, tokenAtOrAfter(v, offset + 1) - 1);
}

/** Display form of the words `[first, last)`: leading proclitics left out, the article kept. */
export function phraseText(v: TextView, first: number, last: number): string {
  const a = v.toks[first];
  if (!a || last <= first) return '';
  const end = (v.toks[last - 1] as Tok).end;
  // After لل the article's alif is not written (للبغدادي): the display restores it.
  const elided = a.det && a.stemStart > a.start && !/^[اأإآٱ]/u.test(v.text.slice(a.wordStart, a.stemStart));
  const head = elided ? `ال${v.text.slice(a.stemStart, a.end)}` : v.text.slice(a.wordStart, a.end);
  return display(head + v.text.slice(a.end, end))
    .replace(/[«»“”„"]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Display form of a phrase: the text without diacritics, tatweel or invisible marks, spaces squeezed. */
export function display(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
