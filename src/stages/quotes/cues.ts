/**
 * Cues: the words that frame a quotation. A reporting verb in any of its shapes (قال، تقول،
 * قائلا، بالقول), a prepositional frame (بحسب، وفق، نقلا عن، على لسان), the document frame
 * جاء/ورد في (البيان) and the reproduced-text frame (ما يلي، نصه) before a colon.
 */
import {
  isComplementizer,
  PREPOSITIONAL_FRAMES,
  type ReportingVerb,
  reportingVerbForm,
  type VerbShape,
} from '../../lexicon/reporting-verbs.js';
import { isPunct, type TextView, type Tok } from './view.js';

/** How a cue frames what it reports. */
export type CueShape = VerbShape | 'prep' | 'document' | 'reproduced';

/** A cue in the text. */
export interface Cue {
  /** Token index of the cue (the first token of a multi-token frame). */
  readonly tok: number;
  /** Token after the cue. */
  readonly next: number;
  /** Lemma as written in the record (`قال`, `بحسب`, `:`). */
  readonly lemma: string;
  readonly shape: CueShape;
  readonly feminine: boolean;
  readonly verb: ReportingVerb | null;
  readonly sent: number;
}

/** How far a prepositional or ambiguous cue may stand from what it frames, in tokens. */
const AMBIGUOUS_WINDOW = 6;
/** How far a participle not opening a clause may stand from what it frames, in tokens. */
const PARTICIPLE_WINDOW = 3;
/** How far after a relaying verb (نقلت الصحيفة عن) its عن may stand, in tokens. */
const RELAY_WINDOW = 6;
/** Tokens after جاء/ورد that make the document frame (في البيان، فيه). */
const DOC_FRAME_VERBS = new Set(['جاء', 'وجاء', 'ورد', 'وورد', 'جاءت', 'وجاءت']);
const REPRODUCED = new Set(['يلي', 'التالي', 'نصه', 'نصها', 'كالتالي', 'كالاتي', 'الاتي', 'يأتي', 'ياتي']);

/** The عن of a relaying verb at `i` (نقلت الوكالة عن …), or -1 when none follows closely. */
export function relaySource(v: TextView, i: number, end: number): number {
  for (let j = i + 1; j < Math.min(end, i + 1 + RELAY_WINDOW); j++) {
    const t = v.toks[j] as Tok;
    if (t.kind === 'punct' || isComplementizer(t.key)) return -1;
    // عن طريق "by way of" is no source.
    if (/^(عن|عنه|عنها|عنهم)$/u.test(t.key) && v.toks[j + 1]?.key !== 'طريق') return j;
  }
  return -1;
}

/** Whether another reporting verb comes before the next complementiser (نقلت عن الوزير قوله إن). */
function framedLater(v: TextView, i: number, end: number): boolean {
  for (let j = i + 1; j < Math.min(end, i + 1 + 3 * RELAY_WINDOW); j++) {
    const t = v.toks[j] as Tok;
    if (isComplementizer(t.key) || isPunct(v, t, ':«“"„”')) return false;
    if (reportingVerbForm(t.key)) return true;
  }
  return false;
}

function followedSoon(v: TextView, from: number, end: number, window: number): boolean {
  for (let j = from; j < Math.min(end, from + window); j++) {
    const t = v.toks[j] as Tok;
    if (isComplementizer(t.key) || isPunct(v, t, ':«“"„”')) return true;
  }
  return false;
}

/** How far a dialogue verb may stand from the colon or mark of its turn, in tokens. */
const TURN_WINDOW = 6;

/**
 * Whether a dialogue verb at `i` opens a turn: a colon or an opening mark follows closely with no
 * complementiser before it, and with و (ورد "came") only when an addressee follows (وردّ عليه).
 */
function markedTurn(v: TextView, i: number, end: number): boolean {
  const t = v.toks[i] as Tok;
  if (t.key.startsWith('و') && !/^(عليه|عليها|عليهم|عليهما|علي|قائلا|قائله)$/u.test(v.toks[i + 1]?.key ?? ''))
    return false;
  for (let j = i + 1; j < Math.min(end, i + 1 + TURN_WINDOW); j++) {
    const u = v.toks[j] as Tok;
    if (isComplementizer(u.key)) return false;
    if (isPunct(v, u, ':«“"„')) return true;
    if (u.kind === 'punct' && !isPunct(v, u, '،,')) return false;
  }
  return false;
}

/** Every cue of the view, in text order. */
export function findCues(v: TextView): Cue[] {
  const cues: Cue[] = [];
  for (const s of v.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = v.toks[i] as Tok;
      if (t.kind !== 'word') continue;
      // Prepositional frames (one or two tokens).
      const prep = PREPOSITIONAL_FRAMES.find((f) =>
        f.keys.every((k, n) => i + n < s.last && (v.toks[i + n] as Tok).key === k),
      );
      if (prep) {
        cues.push({
          tok: i,
          next: i + prep.keys.length,
          lemma: prep.cue,
          shape: 'prep',
          feminine: false,
          verb: null,
          sent: t.sent,
        });
        i += prep.keys.length - 1;
        continue;
      }
      // «…» بهذه الكلمات بدأ الوزير حديثه: a frame after the quote, its speaker after the verb.
      if (
        /^(ب|و?ب)هذه$/u.test(t.key) &&
        /^ال(كلمات|عبارات|عباره|جمله|كلمه)$/u.test(v.toks[i + 1]?.key ?? '') &&
        i + 3 < s.last &&
        (v.toks[i + 2] as Tok).kind === 'word' &&
        !(v.toks[i + 2] as Tok).det
      ) {
        cues.push({
          tok: i,
          next: i + 3,
          lemma: 'قال',
          shape: 'prep',
          feminine: false,
          verb: null,
          sent: t.sent,
        });
        i += 2;
        continue;
      }
      if (DOC_FRAME_VERBS.has(t.key) && i + 1 < s.last) {
        const n = v.toks[i + 1] as Tok;
        if (n.key === 'في' || n.key === 'فيه' || n.key === 'فيها' || n.key === 'ذلك') {
          cues.push({
            tok: i,
            next: i + 1,
            lemma: 'جاء',
            shape: 'document',
            feminine: false,
            verb: null,
            sent: t.sent,
          });
          continue;
        }
      }
      if (REPRODUCED.has(t.key) && isPunct(v, v.toks[i + 1], ':')) {
        cues.push({
          tok: i,
          next: i + 1,
          lemma: ':',
          shape: 'reproduced',
          feminine: false,
          verb: null,
          sent: t.sent,
        });
        continue;
      }
      const f = reportingVerbForm(t.key);
      if (!f) continue;
      // يُدعى "is called" (written with ى) is not يدّعي "claims".
      if (f.verb.lemma === 'ادعى' && f.shape === 'imperfect' && t.maqsura) continue;
      // With an object pronoun only verbs of address frame speech (ينادونها، يصفها، أبلغهم);
      // أعلنها "declared it" has its object.
      if (f.object && !f.verb.addressee && f.verb.lemma !== 'وصف' && f.verb.lemma !== 'قال') continue;
      // رسالة يقول إنها من قائده: a hedge on who released it, not a frame.
      const n1 = v.toks[i + 1];
      const n2 = v.toks[i + 2];
      if (
        n1 &&
        n2 &&
        isComplementizer(n1.key) &&
        n1.key.length > 2 &&
        (n2.key === 'من' || (/^ل/u.test(n2.key) && n2.stemStart > n2.start)) &&
        f.verb.lemma === 'قال'
      )
        continue;
      if (f.verb.marked && !markedTurn(v, i, s.last)) continue;
      if (f.verb.relay && (relaySource(v, i, s.last) < 0 || framedLater(v, i, s.last))) continue;
      const prev = v.toks[i - 1] as Tok | undefined;
      // ما قال إنه تسجيل: a hedge on what was released, not a frame.
      const after = v.toks[i + 1];
      if (
        prev?.key === 'ما' &&
        prev.sent === t.sent &&
        after &&
        isComplementizer(after.key) &&
        after.key.length > 2
      )
        continue;
      const clauseStart = !prev || prev.sent !== t.sent || prev.kind === 'punct' || t.key !== t.bare;
      const window = t.key !== t.bare ? 2 * AMBIGUOUS_WINDOW : AMBIGUOUS_WINDOW;
      if (f.ambiguous && !(clauseStart && followedSoon(v, i + 1, s.last, window))) continue;
      // A participle is an adjective too (إجراءات مشددة): it frames only after punctuation or و,
      // or right before what it frames.
      if (f.shape === 'participle' && !clauseStart && !followedSoon(v, i + 1, s.last, PARTICIPLE_WINDOW))
        continue;
      cues.push({
        tok: i,
        next: i + 1,
        lemma: f.verb.lemma,
        shape: f.shape,
        feminine: f.feminine,
        verb: f.verb,
        sent: t.sent,
      });
    }
  }
  return cues;
}
