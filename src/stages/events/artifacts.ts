/**
 * Artifact mentions: the phrases that name a released message (تسجيلا صوتيا، البيان، رسالته،
 * شريط مصور، تغريداته), with the medium their adjectives give and the context that makes them a
 * release: a medium adjective, a release verb (بث، نشر، أصدر …) governing them, or a speech
 * frame holding them (قال في بيان، جاء في البيان، وقال البيان، بيانا أعرب فيه). Footage that shows
 * rather than speaks (فيديو يظهر …، مقطع انتشر) needs a release by an actor or a speech frame.
 */
import type { Span } from '../../doc/index.js';
import { BACKGROUND_WORDS, LAST_WORDS, PLUPERFECT_WORDS } from '../../lexicon/hedges.js';
import {
  ARTIFACT_ADJECTIVES,
  ARTIFACT_NOUNS,
  type ArtifactNoun,
  FOOTAGE_WORDS,
  MEDIUM_WORDS,
  type Medium,
  RELEASE_VERBS,
} from '../../lexicon/media.js';
import { ORG_HEADS } from '../../lexicon/speaker-words.js';
import type { Cue } from '../quotes/cues.js';
import { actorAt, noAl } from '../quotes/phrases.js';
import type { NameResources } from '../quotes/resources.js';
import { isPunct, type TextView, type Tok } from '../quotes/view.js';

/** A phrase naming a released message. */
export interface ArtifactMention {
  /** Token of the noun and token after the phrase. */
  readonly tok: number;
  readonly last: number;
  /** Evidence span: the noun without leading clitics, with its adjectives. */
  readonly span: Span;
  readonly noun: ArtifactNoun;
  readonly medium: Medium;
  /** Whether an adjective or modifier fixed the medium (صوتي، مصور، فيديو). */
  readonly mediumWord: boolean;
  /** Definite (البيان), possessed (رسالته) or after a demonstrative (هذا التسجيل): refers back. */
  readonly anaphoric: boolean;
  readonly sent: number;
  /** Token of a release verb governing it, or -1. */
  readonly releaseVerb: number;
  /** A cue whose frame holds it (قال في بيان، جاء في البيان، وقال البيان، بيانا قال فيه). */
  readonly frameCue: Cue | null;
  /** An earlier release mentioned in passing (آخر تسجيل، وكان قد أصدر بيانا، آنذاك). */
  readonly background: boolean;
  /** Whether it counts as naming a release here. */
  readonly release: boolean;
}

/** How far before a cue a release mention may stand and still frame it, in tokens. */
export const FRAME_BEFORE = 20;
/** How far before a noun a release verb may govern it, in tokens. */
const VERB_BEFORE = 12;
/** How far after a noun a reduced relative's release verb may stand (بيان أصدرته …). */
const VERB_AFTER = 3;
/** How far before a noun a speech cue may frame it (وقال الوزير في بيان). */
const CUE_BEFORE = 10;

const SUFFIXES = ['', 'ا', 'ين', 'ان'];
const POSSESSIVES = ['ه', 'ها', 'هم', 'هما', 'نا', 'ي'];
const FRAME_PREPS = /^(في|عبر|خلال|ب|وفي|وعبر|وب|ففي)$/u;
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك']);
/** Adjectives that make a noun a published statement by themselves (بيان صحفي، بيانا رسميا). */
const STATEMENT_ADJECTIVES = /^(صحفي|صحافي|اعلامي|رسمي|توضيحي|مشترك|ختامي)/u;
/** Written statement nouns that a preposition frame alone makes a release (في بيان، بحسب بيان). */
const WRITTEN = new Set(['بيان', 'بلاغ']);
/** Words before a written statement noun that frame it as the source of what is said. */
const STATEMENT_FRAMES = /^و?(في|بحسب|حسب|وفق|وفقا|طبقا|نقلا|عبر)$/u;

/** Whether a statement noun stands in a frame (في بيان، بحسب بيان، وفقا لبيان، نقلا عن بيان). */
function statementFrame(v: TextView, i: number, t: Tok): boolean {
  const prev = v.toks[i - 1] as Tok | undefined;
  if (!prev || prev.sent !== t.sent) return false;
  const proclitic = t.key.slice(0, Math.max(0, t.key.length - t.stem.length));
  if (proclitic === '' || proclitic === 'و') return STATEMENT_FRAMES.test(prev.key) || prev.key === 'عن';
  // وفقا لبيان، طبقا لبيان: the preposition written on the noun.
  return proclitic.endsWith('ل') && /^و?(وفقا|طبقا|استنادا)$/u.test(prev.key);
}

/** Words that may stand between a frame preposition and the noun (في أول رسالة صوتية له). */
const PRE_NOUN = new Set(['اول', 'اخر', 'احدث', 'ثاني', 'ثالث', 'اخير', 'جديد']);

/** The artifact noun a token spells, and whether it carries a possessive suffix. */
export function artifactOf(t: Tok): { noun: ArtifactNoun; possessive: boolean } | null {
  if (t.kind !== 'word') return null;
  const k = noAl(t.stem);
  for (const noun of ARTIFACT_NOUNS.values()) {
    if (SUFFIXES.some((s) => k === noun.stem + s)) return { noun, possessive: false };
    const base = noun.feminine && noun.stem.endsWith('ه') ? `${noun.stem.slice(0, -1)}ت` : noun.stem;
    if (POSSESSIVES.some((s) => k === base + s)) return { noun, possessive: true };
  }
  return null;
}

/** Finds the artifact mentions of the view (`cues` from the quote finder). */
export function findArtifacts(
  v: TextView,
  cues: readonly Cue[],
  res: NameResources,
  quotes: readonly Span[] = [],
): ArtifactMention[] {
  const out: ArtifactMention[] = [];
  for (let i = 0; i < v.toks.length; i++) {
    const t = v.toks[i] as Tok;
    const hit = artifactOf(t);
    if (!hit) continue;
    const s = v.sentences[t.sent];
    if (!s) continue;
    const next = v.toks[i + 1] as Tok | undefined;
    // إصدار بيان "issuing a statement", بيان ما يلي "to set out the following": verbal nouns.
    if (next && next.sent === t.sent && artifactOf(next) && hit.noun.stem === 'اصدار') continue;
    // لقطات فيديو، صور: footage of something, not a message.
    const before = v.toks[i - 1];
    if (before && before.sent === t.sent && FOOTAGE_WORDS.has(before.key) && hit.noun.footage) continue;
    if (hit.noun.stem === 'بيان' && next && (next.key === 'ما' || next.key === 'حقيقه')) continue;
    // ولم يصدر أي بيان: a release that did not happen.
    if (negatedAny(v, i, t.sent)) continue;
    // Adjectives and modifiers after the noun.
    let medium: Medium = hit.noun.medium;
    let mediumWord = false;
    let statementWord = false;
    let last = i + 1;
    while (last < s.last && last - i <= 4) {
      const a = v.toks[last] as Tok;
      const m = MEDIUM_WORDS.get(a.key) ?? MEDIUM_WORDS.get(a.stem);
      if (m !== undefined) {
        if (m !== 'unknown' && (!mediumWord || medium === 'unknown')) medium = m;
        mediumWord = true;
        last++;
        continue;
      }
      if (ARTIFACT_ADJECTIVES.has(a.key) || ARTIFACT_ADJECTIVES.has(a.stem)) {
        if (STATEMENT_ADJECTIVES.test(noAl(a.stem))) statementWord = true;
        last++;
        continue;
      }
      break;
    }
    // التسجيل الإلكتروني "online registration": another word's adjective.
    const after = v.toks[last];
    if (
      !mediumWord &&
      hit.noun.stem === 'تسجيل' &&
      after?.det &&
      after.sent === t.sent &&
      /ي$/u.test(after.key)
    )
      continue;
    const prev = v.toks[i - 1] as Tok | undefined;
    // رسالة داعش، بيان الوزارة: definite by its genitive, like البيان.
    const genitive =
      next !== undefined &&
      next.sent === t.sent &&
      next.kind === 'word' &&
      (actorAt(v, i + 1, s.last, res) !== null || (next.det && ORG_HEADS.has(noAl(next.stem))));
    const anaphoric =
      t.det ||
      hit.possessive ||
      genitive ||
      (prev !== undefined && prev.sent === t.sent && DEMONSTRATIVES.has(prev.key));
    // Inside a quotation a common word (تم تسجيل الخروج) is the speaker's, not a release's name.
    const quoted = quotes.some((q) => q.start <= t.start && t.end <= q.end);
    if (quoted && !anaphoric && !mediumWord && hit.noun.needsContext) continue;
    const releaseVerb = findReleaseVerb(v, i, last, s.first, s.last);
    const frameCue = quoted ? null : findFrameCue(v, cues, i, last, t.sent);
    const footage = hit.noun.footage && !frameCue && footageAfter(v, last, s.last);
    // إصدار alone is "issuing" (بإصدار تحذير); only إصدار مرئي is a release.
    if (hit.noun.stem === 'اصدار' && !mediumWord) continue;
    // ونددت الخارجية في بيان، بحسب بيان للشرطة، وفقا لبيانها: a written statement by its frame alone.
    const framed = WRITTEN.has(hit.noun.stem) && !t.det && statementFrame(v, i, t);
    const release =
      !footage &&
      (mediumWord ||
        statementWord ||
        !hit.noun.needsContext ||
        releaseVerb >= 0 ||
        frameCue !== null ||
        framed) &&
      !(hit.noun.footage && !frameCue && releaseVerb < 0);
    out.push({
      tok: i,
      last,
      span: { start: t.wordStart, end: (v.toks[last - 1] as Tok).end },
      noun: hit.noun,
      medium,
      mediumWord,
      anaphoric,
      sent: t.sent,
      releaseVerb,
      frameCue,
      background: isBackground(v, i, s.first, s.last),
      release,
    });
    // شريط فيديو: the modifier is part of this mention, not a mention of its own.
    i = last - 1;
  }
  return out;
}

/** Whether a noun follows أي under a negated verb (لم يصدر أي بيان، لا توجد أي رسالة). */
function negatedAny(v: TextView, i: number, sent: number): boolean {
  const any = v.toks[i - 1] as Tok | undefined;
  if (!any || any.sent !== sent || !/^(اي|ايه)$/u.test(any.key)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const t = v.toks[k] as Tok;
    if (t.sent !== sent) break;
    if (/^[وف]?(لم|لا|ما|لن|ليس|دون|بدون)$/u.test(t.key)) return true;
  }
  return false;
}

function isRelease(t: Tok): boolean {
  return RELEASE_VERBS.has(t.key) || RELEASE_VERBS.has(t.bare);
}

/** A release verb before the noun (نشر التنظيم تسجيلا) or right after it (بيان أصدرته الوزارة). */
function findReleaseVerb(v: TextView, i: number, last: number, first: number, end: number): number {
  for (let k = i - 1; k >= Math.max(first, i - VERB_BEFORE); k--) {
    const t = v.toks[k] as Tok;
    if (isPunct(v, t, '.!?؟:')) break;
    if (artifactOf(t)) break;
    if (isRelease(t)) return k;
  }
  for (let k = last; k < Math.min(end, last + VERB_AFTER); k++) {
    const t = v.toks[k] as Tok;
    if (isRelease(t)) return k;
    if (!/^(الذي|التي|قد|اليوم|امس|له|لها|،)$/u.test(t.key) && t.kind !== 'punct') break;
  }
  return -1;
}

/** A speech cue whose frame holds the noun. */
function findFrameCue(v: TextView, cues: readonly Cue[], i: number, last: number, sent: number): Cue | null {
  const t = v.toks[i] as Tok;
  let before = i - 1;
  while (before > i - 3 && PRE_NOUN.has((v.toks[before] as Tok | undefined)?.stem ?? '')) before--;
  const own = t.key.slice(0, Math.max(0, t.key.length - t.stem.length));
  const prep =
    (own !== '' && FRAME_PREPS.test(own)) || FRAME_PREPS.test((v.toks[before] as Tok | undefined)?.key ?? '');
  let best: Cue | null = null;
  for (const c of cues) {
    if (c.sent !== sent) continue;
    // وقال البيان: the noun is the cue's subject.
    if (c.next === i && (c.shape === 'past' || c.shape === 'imperfect')) return c;
    // بيانا أعرب فيه / قال فيه: the cue right after the noun, with فيه.
    if (c.tok >= last && c.tok <= last + 3) {
      const after = v.toks[c.tok + 1];
      if (after && /^(فيه|فيها)$/u.test(after.key)) return c;
      const before = v.toks[c.tok - 1];
      if (before && /^(فيه|فيها)$/u.test(before.key)) return c;
    }
    // قال الوزير في بيان / جاء في البيان / دعا … عبر تسجيل صوتي.
    if (prep && c.tok < before && i - c.tok <= CUE_BEFORE && c.shape !== 'prep') best = c;
  }
  return best;
}

/** Footage words right after the phrase (فيديو يظهر، مقطع انتشر). */
function footageAfter(v: TextView, last: number, end: number): boolean {
  for (let k = last; k < Math.min(end, last + 4); k++) {
    const t = v.toks[k] as Tok;
    if (FOOTAGE_WORDS.has(t.key) || FOOTAGE_WORDS.has(t.bare)) return true;
  }
  return false;
}

/** آخر تسجيل، وكان … قد أصدر، سبق أن، آنذاك: an earlier release. */
function isBackground(v: TextView, i: number, first: number, end: number): boolean {
  const prev = v.toks[i - 1] as Tok | undefined;
  if (prev && prev.i >= first && LAST_WORDS.has(prev.key)) return true;
  // وتأتي الهجمات بعد أن نشرت الحركة شريطا: a release before the news it explains.
  for (let k = Math.max(first, i - 5); k < i; k++) {
    const t = v.toks[k] as Tok;
    const rel = v.toks[k + 2] as Tok | undefined;
    if (
      /^(بعد|وبعد)$/u.test(t.key) &&
      /^(ان|ما)$/u.test((v.toks[k + 1] as Tok).key) &&
      rel &&
      (RELEASE_VERBS.has(rel.key) || RELEASE_VERBS.has(rel.bare))
    )
      return true;
    if (
      /^(بعدما|وبعدما)$/u.test(t.key) &&
      (v.toks[k + 1] as Tok) &&
      RELEASE_VERBS.has((v.toks[k + 1] as Tok).key)
    )
      return true;
  }
  let pluperfect = false;
  for (let k = first; k < i; k++) {
    const t = v.toks[k] as Tok;
    if (PLUPERFECT_WORDS.has(t.key)) pluperfect = true;
    if (pluperfect && (t.key === 'قد' || t.key === 'لقد')) return true;
  }
  for (let k = first; k < end; k++) {
    const t = v.toks[k] as Tok;
    if (!BACKGROUND_WORDS.has(t.key) || Math.abs(k - i) > 8) continue;
    // السابق describes a noun: the release only right after it (تسجيله السابق، بيان سابق), not
    // another one (الرئيس السابق، موقعها السابق).
    if (/^ال?سابق(ه)?$/u.test(t.key) && !(k > i && k - i <= 2)) continue;
    return true;
  }
  return false;
}
