/**
 * Finds the quotations of a document (pure; `GUIDELINES.md` of `eval/statements` is the
 * annotation standard it follows):
 * 1. each cue's frame: its speaker reference and what it frames (complement, colon, marks);
 * 2. a complement is an indirect quote to the end of its clause, unless it holds marked words
 *    (then only those, as direct quotes); a colon opens direct speech to the sentence end, or a
 *    reproduced text across paragraphs; marks after a cue are a direct quote;
 * 3. marks left over in a sentence with a cue before them (partial quotes: دعا إلى "ضبط النفس") or
 *    a frame right after them («…»، قال الوزير) are direct quotes of that frame;
 * 4. a saying verb with none of these (وقال المدرب، لن نستسلم) frames unmarked speech to the end
 *    of its sentence.
 * Speakers are resolved afterwards (`speakers.ts`).
 */
import type { Span } from '../../doc/index.js';
import { PREPOSITIONAL_FRAMES, reportingVerbForm } from '../../lexicon/reporting-verbs.js';
import { type Cue, findCues } from './cues.js';
import { clauseEnd, isNameMark, reproducedEnd } from './extents.js';
import { attachmentOf, type SpeakerRef, speakerRef } from './frames.js';
import { type MarkPair, pairMarks } from './marks.js';
import { isPhraseBreak } from './phrases.js';
import type { NameResources } from './resources.js';
import { isPunct, type SentenceView, type TextView, type Tok, tokenAtOrAfter, trimEnd } from './view.js';

/** A quotation before its speaker is resolved. */
export interface RawQuote {
  readonly span: Span;
  readonly direct: boolean;
  readonly cue: string | null;
  readonly speaker: SpeakerRef;
  /** Tokens from the cue to the quote: where a release mention (في التسجيل) tells it renders one. */
  readonly frame: { readonly first: number; readonly last: number };
}

/** What `findQuotes` returns: the quotes, and every frame's speaker reference (for statements). */
export interface QuoteFinding {
  readonly quotes: RawQuote[];
  readonly cues: readonly Cue[];
  readonly refs: ReadonlyMap<number, SpeakerRef>;
  readonly marks: readonly MarkPair[];
  readonly nameMarks: ReadonlySet<MarkPair>;
}

/** Farthest a cue may stand before the marks of a partial quote it frames, in tokens. */
const PARTIAL_WINDOW = 25;
/** Most tokens of a sentence that is only a trailing frame («…». قال الوزير.). */
const SHORT_FRAME_SENTENCE = 8;
/** Fewest words of unmarked speech after a saying verb without complementiser or colon. */
const MIN_UNMARKED_WORDS = 3;
/** Tokens that may stand between a saying verb's subject and unmarked speech (وهو يصيح). */
const CIRCUMSTANTIAL = new Set(['وهو', 'وهي', 'وهم']);
/** Words that open direct speech (first person, vocatives, answers): أنا، نحن، يا، نعم، إذن. */
const SPEECH_OPENERS = new Set([
  'انا',
  'نحن',
  'اننا',
  'انني',
  'يا',
  'نعم',
  'لا',
  'اذن',
  'لقد',
  'سوف',
  'لن',
  'لم',
]);
const REPRODUCING = new Set(['فيه', 'فيها', 'نصه', 'نصها', 'يلي', 'التالي', 'الاتي', 'كالتالي']);

/** Finds the quotes of the view. */
export function findQuotes(v: TextView, res: NameResources): QuoteFinding {
  const marks = pairMarks(v.text, v.sentences);
  const openAt = new Map<number, MarkPair>();
  for (const p of marks) openAt.set(tokenAtOrAfter(v, p.open), p);
  const nameMarks = new Set(marks.filter((p) => isNameMark(v, p, res)));
  const cues = findCues(v);
  const refs = new Map<number, SpeakerRef>();
  for (const c of cues) refs.set(c.tok, speakerRef(v, c, v.sentences[c.sent] as SentenceView, res));
  // Marks inside a speaker phrase are names (المتحدث باسم الجماعة “قاري حمزة”).
  for (const r of refs.values()) {
    if (!r.phrase) continue;
    for (const p of marks)
      if (p.open >= (v.toks[r.phrase.first] as Tok).start && p.open < r.phrase.span.end) nameMarks.add(p);
  }
  const quotes: RawQuote[] = [];
  const used = new Set<MarkPair>();
  const covered: Span[] = [];
  const inside = (at: number): boolean => covered.some((c) => c.start <= at && at < c.end);
  // A cue within quotation marks is the quoted speaker's own words: quotes do not nest.
  const quoted = (at: number): boolean =>
    inside(at) || marks.some((p) => !nameMarks.has(p) && p.content.start <= at && at < p.content.end);
  const emit = (span: Span, direct: boolean, cue: Cue, ref: SpeakerRef, last: number): void => {
    if (span.end <= span.start || !/[\p{L}\p{N}]/u.test(v.text.slice(span.start, span.end))) return;
    if (quotes.some((q) => q.span.start === span.start && q.span.end === span.end)) return;
    quotes.push({ span, direct, cue: cue.lemma, speaker: ref, frame: { first: cue.tok, last } });
    covered.push(span);
  };
  const marksWithin = (a: number, b: number): MarkPair[] =>
    marks.filter((p) => !used.has(p) && !nameMarks.has(p) && p.open >= a && p.open < b);

  const attached = new Set<number>();
  for (const cue of cues) {
    const s = v.sentences[cue.sent] as SentenceView;
    const ref = refs.get(cue.tok) as SpeakerRef;
    if (cue.shape !== 'reproduced' && quoted((v.toks[cue.tok] as Tok).start)) continue;
    const at = attachmentOf(v, cue, ref, s, openAt, nameMarks);
    if (!at) continue;
    attached.add(cue.tok);
    if (at.kind === 'marks' && at.pair) {
      used.add(at.pair);
      emit(at.pair.content, true, cue, ref, at.tok);
      continue;
    }
    const from = at.tok + 1;
    const first = v.toks[from] as Tok | undefined;
    if (!first) continue;
    if (at.kind === 'complement') {
      if (first.sent !== cue.sent || inside(first.start)) continue;
      const end = clauseEnd(v, at.tok, s);
      const inner = marksWithin(first.start, end);
      if (inner.length > 0) {
        for (const p of inner) {
          used.add(p);
          emit(p.content, true, cue, ref, at.tok);
        }
        covered.push({ start: first.start, end: Math.max(end, ...inner.map((p) => p.content.end)) });
      } else emit({ start: first.start, end }, false, cue, ref, at.tok);
      continue;
    }
    // فلاح الجوفان- سبق- متابعة: a dateline's colon opens the report, not speech.
    if (dateline(v, at.tok)) continue;
    // A colon: marks right after it, a reproduced text, or direct speech to the sentence end.
    const pair = openAt.get(from);
    if (pair && !nameMarks.has(pair)) {
      used.add(pair);
      emit(pair.content, true, cue, ref, at.tok);
      continue;
    }
    const before = v.toks[at.tok - 1] as Tok | undefined;
    const reproduced = cue.shape === 'reproduced' || (before !== undefined && REPRODUCING.has(before.key));
    const end =
      reproduced || first.sent !== cue.sent
        ? reproducedEnd(v, first.start)
        : trimEnd(v.text, first.start, (v.sentences[first.sent] as SentenceView).end, true);
    for (const p of marksWithin(first.start, end)) used.add(p);
    emit({ start: first.start, end }, true, cue, ref, at.tok);
  }
  partialMarks(v, cues, refs, marks, used, nameMarks, inside, emit);
  unmarkedSpeech(v, cues, refs, attached, inside, emit);
  quotes.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return { quotes, cues, refs, marks, nameMarks };
}

type Emit = (span: Span, direct: boolean, cue: Cue, ref: SpeakerRef, last: number) => void;

/** Most tokens of a dateline before its colon (name- outlet- city:). */
const DATELINE_TOKENS = 10;

/** Whether the colon at token `colon` closes a dateline: near its paragraph's start, after a dash. */
function dateline(v: TextView, colon: number): boolean {
  const t = v.toks[colon] as Tok;
  let first = colon;
  while (first > 0 && (v.toks[first - 1] as Tok).para === t.para) first--;
  if (colon - first > DATELINE_TOKENS) return false;
  for (let k = first; k < colon; k++) if (isPunct(v, v.toks[k], '-–—')) return true;
  return false;
}

/** Marks left over: the nearest cue before them in the sentence, or a frame right after them. */
function partialMarks(
  v: TextView,
  cues: readonly Cue[],
  refs: ReadonlyMap<number, SpeakerRef>,
  marks: readonly MarkPair[],
  used: Set<MarkPair>,
  nameMarks: ReadonlySet<MarkPair>,
  inside: (at: number) => boolean,
  emit: Emit,
): void {
  for (const p of marks) {
    if (used.has(p) || nameMarks.has(p) || inside(p.content.start)) continue;
    const open = tokenAtOrAfter(v, p.open);
    const sent = (v.toks[open] as Tok).sent;
    let owner: Cue | null = null;
    for (const c of cues) {
      if (c.sent !== sent || c.tok >= open || open - c.tok > PARTIAL_WINDOW) continue;
      if (
        c.shape === 'document' ||
        c.shape === 'reproduced' ||
        (c.shape === 'masdar' && !c.lemma.startsWith('قال'))
      )
        continue;
      // ولم تعلن الشركة … "ديار للتطوير": a denied frame quotes nothing.
      if (/^(لم|لا|لن|ما)$/u.test(v.toks[c.tok - 1]?.key ?? '')) continue;
      owner = c;
    }
    if (!owner && p.close !== null)
      owner =
        sentenceAttribution(v, cues, refs, tokenAtOrAfter(v, p.close), sent) ??
        trailingFrame(v, cues, tokenAtOrAfter(v, p.close), sent);
    if (!owner) continue;
    used.add(p);
    emit(p.content, true, owner, refs.get(owner.tok) as SpeakerRef, open);
  }
}

/**
 * The attribution that closes a sentence after marks (… «شارك فيه الأئمة» وأعلن خلاله …، كما ذكرت
 * الإذاعة / بحسب الوكالة): a cue after كما or حسبما, or a prepositional frame, whose source is named.
 */
function sentenceAttribution(
  v: TextView,
  cues: readonly Cue[],
  refs: ReadonlyMap<number, SpeakerRef>,
  closeTok: number,
  sent: number,
): Cue | null {
  for (const c of cues) {
    if (c.sent !== sent || c.tok <= closeTok) continue;
    const before = v.toks[c.tok - 1] as Tok | undefined;
    const trailing = c.shape === 'prep' || /^(كما|حسبما|وكما)$/u.test(before?.key ?? '');
    const ref = refs.get(c.tok);
    if (!trailing || !ref?.phrase || (ref.how !== 'subject' && ref.how !== 'prep')) continue;
    // Only a closing attribution: nothing but its source up to the sentence end.
    const s = v.sentences[sent];
    if (s && ref.phrase.last < s.last && !isPunct(v, v.toks[ref.phrase.last], '.!؟?')) {
      const rest = s.last - ref.phrase.last;
      if (rest > CLOSING_REST) continue;
    }
    return c;
  }
  return null;
}

/** Most tokens after a closing attribution's source before the sentence ends (a date, a place). */
const CLOSING_REST = 4;

/** A frame right after a closing mark: «…»، قال الوزير / "…" بحسب الوكالة / على حد قوله. */
function trailingFrame(v: TextView, cues: readonly Cue[], closeTok: number, sent: number): Cue | null {
  let j = closeTok + 1;
  while (j < v.toks.length && isPunct(v, v.toks[j], '،,.')) j++;
  const t = v.toks[j];
  if (!t) return null;
  if (t.sent !== sent) {
    // «…». قال الوزير. — a frame in a short sentence of its own right after the marks.
    const next = v.sentences[t.sent];
    if (t.sent !== sent + 1 || !next || next.last - next.first > SHORT_FRAME_SENTENCE) return null;
  }
  if ((t.key === 'علي' || t.key === 'على') && v.toks[j + 1]?.key === 'حد') j += 2;
  // «…». هكذا قال الوزير: the demonstrative takes the quote up.
  else if (/^[وف]?هكذا$/u.test(t.key) && v.toks[j + 1]?.sent === t.sent) j += 1;
  return (
    cues.find(
      (c) => c.tok === j && c.shape !== 'participle' && (c.shape !== 'masdar' || c.lemma === 'قال'),
    ) ?? null
  );
}

/**
 * A saying verb (قال، يقول، أضاف، تابع) with no complement, colon or marks: the rest of its
 * sentence after its subject (and an apposition or circumstantial clause between commas) is
 * unmarked direct speech.
 */
function unmarkedSpeech(
  v: TextView,
  cues: readonly Cue[],
  refs: ReadonlyMap<number, SpeakerRef>,
  attached: ReadonlySet<number>,
  inside: (at: number) => boolean,
  emit: Emit,
): void {
  for (const cue of cues) {
    if (attached.has(cue.tok) || !cue.verb?.direct || cue.shape === 'masdar' || cue.shape === 'passive')
      continue;
    // بحسب ما قال X، كما قال X: X is the source, not speech; الكلمات التي تقول …، المؤشرات تقول …:
    // a relative or a verb after its subject is not a frame of speech.
    const before = v.toks[cue.tok - 1];
    // «…». هكذا قال X: the words came before.
    if (/^(ما|كما|حسبما|بحسب|التي|الذي|الذين|هكذا|وهكذا)$/u.test(before?.key ?? '')) continue;
    const cueTok = v.toks[cue.tok] as Tok;
    const after = v.toks[cue.next];
    const addressed =
      after !== undefined &&
      (isPunct(v, after, '،,:') || (after.key.startsWith('ل') && after.stemStart > after.start));
    if (
      cue.shape === 'imperfect' &&
      cueTok.key === cueTok.bare &&
      before &&
      before.sent === cue.sent &&
      before.kind === 'word' &&
      !addressed
    )
      continue;
    if (inside((v.toks[cue.tok] as Tok).start)) continue;
    const s = v.sentences[cue.sent] as SentenceView;
    const ref = refs.get(cue.tok) as SpeakerRef;
    let j = ref.how === 'subject' && ref.phrase ? ref.phrase.last : cue.next;
    const hadSubject = ref.how === 'subject';
    // The addressee (يقول للصحفيين، …).
    const addr = v.toks[j];
    if (addr && /^ل/u.test(addr.key) && addr.stemStart > addr.start) j++;
    // An apposition or relative clause between commas, or a circumstantial clause (وهو يصيح).
    if (isPunct(v, v.toks[j], '،,')) {
      let k = j + 1;
      const t = v.toks[k] as Tok | undefined;
      if (t && (/^(الذي|التي)$/u.test(t.key) || (hadSubject && !SPEECH_OPENERS.has(t.key)))) {
        while (k < s.last && !isPunct(v, v.toks[k], '،,')) k++;
        j = k < s.last && k - j <= 8 ? k + 1 : j + 1;
      } else j = j + 1;
    } else if (v.toks[j] && CIRCUMSTANTIAL.has((v.toks[j] as Tok).key)) {
      let k = j + 1;
      while (k < Math.min(s.last, j + 6) && !SPEECH_OPENERS.has((v.toks[k] as Tok).key)) k++;
      j = k < Math.min(s.last, j + 6) ? k : j + 3;
    } else if (hadSubject) continue;
    const t = v.toks[j] as Tok | undefined;
    if (!t || j >= s.last || t.kind !== 'word') continue;
    if (isPhraseBreak(t) && !/^(لن|لا|لم|قد|لقد|ما|انا|نحن)$/u.test(t.key)) continue;
    if (reportingVerbForm(t.key) || PREPOSITIONAL_FRAMES.some((f) => f.keys[0] === t.key)) continue;
    let words = 0;
    for (let k = j; k < s.last; k++) if ((v.toks[k] as Tok).kind === 'word') words++;
    if (words < MIN_UNMARKED_WORDS) continue;
    // Up to the clause of the next cue in the sentence (… أقدمه، هنا ابتسم كيسنجر وقال).
    let stop = s.last;
    for (const c of cues) {
      if (c.sent !== cue.sent || c.tok <= j) continue;
      // A new clause of speech (… أقدمه، هنا ابتسم كيسنجر وقال), not a relative clause (التي تكتب).
      const ct = v.toks[c.tok] as Tok;
      const before = v.toks[c.tok - 1] as Tok;
      if (/^(التي|الذي|الذين|ما)$/u.test(before.key) || (ct.key === ct.bare && !isPunct(v, before, '،,')))
        continue;
      stop = c.tok;
      break;
    }
    if (stop < s.last)
      for (let k = stop - 1; k > j; k--)
        if (isPunct(v, v.toks[k], '،,؛')) {
          stop = k;
          break;
        }
    const endAt = stop < s.last ? (v.toks[stop] as Tok).start : s.end;
    const end = trimEnd(v.text, t.start, endAt, true);
    if (inside(t.start) || inside(end - 1)) continue;
    emit({ start: t.start, end }, true, cue, ref, j);
  }
}
