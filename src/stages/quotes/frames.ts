/**
 * Frames: for each cue, who speaks (the subject phrase, or how to find it: a pronoun, the
 * antecedent of a relative pronoun, the subject of the clause a participle hangs on) and what it
 * frames: a complement clause (أن، إن …), a colon, or quotation marks.
 */

import { PLUPERFECT_WORDS } from '../../lexicon/hedges.js';
import { isComplementizer, NOT_COMPLEMENT_BEFORE, reportingVerbForm } from '../../lexicon/reporting-verbs.js';
import { FUNCTION_WORDS } from '../../text/function-words.js';
import { type Cue, relaySource } from './cues.js';
import type { MarkPair } from './marks.js';
import {
  documentNoun,
  noAl,
  type Phrase,
  plausibleSubject,
  readPhrase,
  readPhraseBefore,
} from './phrases.js';
import type { NameResources } from './resources.js';
import { isPunct, type SentenceView, type TextView, type Tok } from './view.js';
import { accusativeAdverb, isOrgHead, isProclitic, isRole, isSource, isTitle, nameLike } from './words.js';

/** How a quote's speaker is to be found. */
export type SpeakerHow =
  /** The verb's own subject phrase (وقال الوزير). */
  | 'subject'
  /** A phrase before the verb (وكان الوزير قد قال، الوزير، الذي قال). */
  | 'before'
  /** No subject: a pronoun to resolve (وأضاف، وقالت في بيان). */
  | 'pronoun'
  /** A participle or verbal noun: the subject of the clause it hangs on (مشيرا، بالقول). */
  | 'participle'
  /** The object of a prepositional frame (بحسب الوزارة). */
  | 'prep'
  /** A document frame (جاء في البيان، ما يلي:): the issuer of the document. */
  | 'document'
  /** A passive frame (وقيل إن …): no speaker at all. */
  | 'none';

/** The speaker of a frame, to be resolved. */
export interface SpeakerRef {
  readonly how: SpeakerHow;
  readonly phrase: Phrase | null;
  /** Gender the verb shows for its subject (قالت → true), or null when it does not tell. */
  readonly feminine: boolean | null;
  readonly cueTok: number;
  readonly sent: number;
  /** A source reached through عن (نقلت عن مصدر، نقلا عنه، بحسب ما نقل عنه), not the verb's subject. */
  readonly relayed?: boolean;
}

/** What a cue frames. */
export interface Attachment {
  readonly kind: 'complement' | 'colon' | 'marks';
  readonly tok: number;
  readonly pair?: MarkPair;
}

/** Farthest a cue may stand from its complementiser, colon or marks, in tokens. */
const MAX_ATTACH = 30;
/** Farthest marks may stand after a document frame's document (جاء في البيان «…»), in tokens. */
const DOC_MARKS_WINDOW = 3;
/** Words right after أن that make a supplication (داعيا الله أن يرحمهم، وأن يتغمدها المولى). */
const DIVINE = new Set(['الله', 'المولي', 'سبحانه', 'تعالي', 'الباري', 'العلي']);
/** Farthest a subject before its verb may start, in tokens from the sentence start. */
const MAX_BEFORE = 14;
/**
 * How far back a verbal noun with ب (اكتفى العتيبي …، بالقول) looks for the person its clause is
 * about, in tokens (calibrated on dev: the adjuncts between run to a dozen tokens).
 */
const MASDAR_SUBJECT_WINDOW = 16;
/** Most words of an outlet's name in marks between a verb and its subject. */
const MAX_ADDRESSEE_WORDS = 4;
/** How far after a verb its نقلا عن may stand (ذكرت صحيفة … نقلا عن مصادر أن), in tokens. */
const RELAYED_WINDOW = 10;
/** Adverbs that may stand between a verb and its subject (وتوعد حينها البغدادي). */
/** How far after the cue commas around adjuncts are passed over to reach the subject, in tokens. */
const COMMA_ADJUNCTS = 8;

const LEADING_ADVERBS = new Set([
  'اولا',
  'ثانيا',
  'ثالثا',
  'اخيرا',
  'حينها',
  'حينذاك',
  'ايضا',
  'كذلك',
  'بدوره',
  'بدورها',
  'مجددا',
  'اليوم',
  'امس',
  'لاحقا',
  'سابقا',
  'مؤخرا',
  'بدورهم',
  'وقتها',
  'دائما',
  'دوما',
  'عاده',
  'غالبا',
  'احيانا',
  'مرارا',
  'صراحه',
  'رسميا',
  'علنا',
]);
/** Most words of a description before a name that is the subject before its verb (النجم الأميركي). */
const MAX_DESCRIPTION = 4;
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);

/** Finds the speaker reference of a cue. */
export function speakerRef(v: TextView, cue: Cue, s: SentenceView, res: NameResources): SpeakerRef {
  const base = { cueTok: cue.tok, sent: cue.sent, feminine: cue.verb ? cue.feminine : null };
  const next = v.toks[cue.next] as Tok | undefined;
  if (cue.shape === 'prep') {
    if (next && /^(عنه|عنها|عنهم)$/u.test(next.key))
      return { ...base, how: 'pronoun', phrase: null, relayed: true, feminine: next.key === 'عنها' };
    // وفقا لما نقلته وكالة الأنباء: the source after "what it reported".
    let at = cue.next;
    const w = v.toks[at] as Tok | undefined;
    if (w && /^(ما|لما|بما)$/u.test(w.key) && v.toks[at + 1]?.sent === cue.sent) at += 2;
    return { ...base, how: 'prep', phrase: readPhrase(v, at, s.last, res) };
  }
  if (cue.shape === 'document' || cue.shape === 'reproduced') {
    const inTok = cue.shape === 'document' && next?.key === 'في' ? cue.next + 1 : -1;
    const phrase = inTok > 0 ? readPhrase(v, inTok, s.last, res) : null;
    return { ...base, how: 'document', phrase };
  }
  // ذكرت الصحيفة نقلا عن مصادر أن …: the relayed source speaks, not the outlet.
  if (cue.verb) {
    for (let j = cue.next; j < Math.min(s.last - 2, cue.next + RELAYED_WINDOW); j++) {
      const t = v.toks[j] as Tok;
      if (isComplementizer(t.key) || isPunct(v, t, ':«“"„')) break;
      if (/^و?نقلا$/u.test(t.key) && (v.toks[j + 1] as Tok).key === 'عن')
        return { ...base, how: 'prep', relayed: true, phrase: readPhrase(v, j + 2, s.last, res) };
      // وأضافت الصحيفة نقلا عنه: the source named before speaks again.
      if (/^و?نقلا$/u.test(t.key) && /^عن(ه|ها|هم)$/u.test((v.toks[j + 1] as Tok).key))
        return {
          ...base,
          how: 'pronoun',
          phrase: null,
          relayed: true,
          feminine: (v.toks[j + 1] as Tok).key === 'عنها',
        };
      // أعلنت الحكومة على لسان المتحدث باسمها …: the one whose tongue it is speaks.
      if (t.key === 'علي' && t.maqsura && (v.toks[j + 1] as Tok).key === 'لسان') {
        const p = readPhrase(v, j + 2, s.last, res);
        if (p && p.kind !== 'other') return { ...base, how: 'prep', phrase: p };
      }
    }
  }
  // نقلت الصحيفة عن مصادر أن …: the source after عن speaks.
  const source = cue.verb?.relay ? relaySource(v, cue.tok, s.last) : -1;
  if (source >= 0) {
    const w = v.toks[source] as Tok;
    if (w.key !== 'عن')
      return { ...base, how: 'pronoun', phrase: null, relayed: true, feminine: w.key === 'عنها' };
    return { ...base, how: 'prep', relayed: true, phrase: readPhrase(v, source + 1, s.last, res) };
  }
  if (cue.shape === 'participle') return { ...base, how: 'participle', phrase: null, feminine: cue.feminine };
  if (cue.shape === 'passive') return { ...base, how: 'none', phrase: null };
  if (cue.shape === 'masdar') {
    const t = v.toks[cue.tok] as Tok;
    if (/^(ال|بال|ل|ب)?قول/u.test(t.key)) {
      for (let k = cue.tok - 1; k >= Math.max(s.first, cue.tok - 12); k--) {
        const u = v.toks[k] as Tok;
        if (u.key === 'عن')
          return { ...base, how: 'subject', relayed: true, phrase: readPhrase(v, k + 1, cue.tok, res) };
        if (/^(عنه|عنها)$/u.test(u.key))
          return { ...base, how: 'pronoun', phrase: null, relayed: true, feminine: u.key === 'عنها' };
      }
      // اكتفى العتيبي …، بالقول: the person right after the verb the verbal noun hangs on.
      if (/^بال/u.test(t.key)) {
        const subject = masdarSubject(v, cue.tok, s.first, res);
        if (subject) return { ...base, how: 'subject', phrase: subject };
      }
      // بقولها، لقوله: the subject of the clause the verbal noun hangs on.
      return { ...base, how: 'participle', phrase: null, feminine: /ها$/u.test(t.key) };
    }
    // إعلان الوزير أن …: the verbal noun's agent follows it.
    const agent = readPhrase(v, cue.next, s.last, res);
    if (agent && agent.kind !== 'other' && agent.kind !== 'pronoun' && plausibleSubject(v, agent, res))
      return { ...base, how: 'subject', phrase: agent };
    return { ...base, how: 'participle', phrase: null };
  }
  // وكان ذبيح الله مجاهد، أكد …: the subject after a sentence-initial كان comes first.
  const s0 = v.toks[s.first] as Tok;
  if (PLUPERFECT_WORDS.has(s0.key) && cue.tok > s.first + 1 && cue.tok - s.first <= MAX_BEFORE) {
    const before = readPhrase(v, s.first + 1, cue.tok, res);
    const cueTok = v.toks[cue.tok] as Tok;
    // A coordinated verb later in the clause shares the subject (وكان الشباب … يعرفون … فينادونها).
    const coordinated = cueTok.key !== cueTok.bare;
    if (
      before &&
      before.kind !== 'pronoun' &&
      (before.kind !== 'other' || before.definite) &&
      (coordinated || !isPhraseBreakAt(v, before.last, cue.tok))
    )
      return { ...base, how: 'before', phrase: before };
  }
  let at = cue.next;
  while (
    at < s.last &&
    at < cue.next + 2 &&
    (LEADING_ADVERBS.has((v.toks[at] as Tok).key) ||
      /^ل(ي|نا|ه|ها|هم|كم)$/u.test((v.toks[at] as Tok).key) ||
      // فرد عليه جاره فهد: the addressee of a reply.
      (cue.lemma === 'رد' && /^علي(ه|ها|هم|هما|نا)?$/u.test((v.toks[at] as Tok).key)) ||
      // فرد على الفور: an adverb of time.
      ((v.toks[at] as Tok).key === 'الفور' && v.toks[at - 1]?.key === 'علي') ||
      accusativeAdverb(v, v.toks[at] as Tok))
  )
    at++;
  at = pastMarkedAddressee(v, at, s.last, cue.lemma === 'أبلغ' || cue.lemma === 'أخبر');
  // قال أمس الأول: the day before yesterday.
  if (v.toks[at]?.key === 'الاول' && v.toks[at - 1]?.key === 'امس') at++;
  // وقال لـ"الاقتصادية"، أمس، مصدر مطلع: adjuncts between commas before the subject.
  while (
    at < s.last - 1 &&
    at < cue.next + COMMA_ADJUNCTS &&
    isPunct(v, v.toks[at], '،,') &&
    (LEADING_ADVERBS.has((v.toks[at + 1] as Tok).key) || isPunct(v, v.toks[at + 1], '،,'))
  )
    at += 2;
  // (Only past an adjunct: وقال، إذن … is a comma frame.)
  if (at > cue.next && at < s.last && isPunct(v, v.toks[at], '،,') && at < cue.next + COMMA_ADJUNCTS) at++;
  // وبيّن من جهته محمود …: an adjunct between the verb and its subject.
  if (/^(من)$/u.test(v.toks[at]?.key ?? '') && /^(جهت|جانب|ناحيت)/u.test(v.toks[at + 1]?.key ?? '')) at += 2;
  // ويشير في هذا الصدد رئيس الجمعية …: a demonstrative adjunct too.
  else if (
    v.toks[at]?.key === 'في' &&
    /^(هذا|هذه)$/u.test(v.toks[at + 1]?.key ?? '') &&
    /^ال(صدد|سياق|اطار|شان|جانب|خصوص|مجال)$/u.test(v.toks[at + 2]?.key ?? '')
  )
    at += 3;
  at = pastJoinedAddressee(v, at, s.last, res);
  const read = readPhrase(v, at, s.last, res);
  // وأضافت قولها: the verbal noun of saying with its pronoun is no subject; nor is a phrase
  // behind a preposition (وختم بالقول إنه).
  // واختتم حديثه بقوله: the speech the verb ends is its object.
  const byQuote = /^(بقوله|بقولها|بقولهم|بالقول)$/u.test(v.toks[read?.last ?? -1]?.key ?? '');
  const p =
    read &&
    (byQuote ||
      /^قول(ه|ها|هم|هما)$/u.test((v.toks[read.first] as Tok).key) ||
      (isProclitic(v.toks[read.first] as Tok) && (v.toks[read.first] as Tok).det) ||
      /^[وف]?(بال|لل|كال)\S{2,}$/u.test((v.toks[read.first] as Tok).key))
      ? null
      : read;
  if (p && p.kind === 'pronoun') return { ...base, how: 'pronoun', phrase: p };
  // وقال في تصريح صحفي أمس مدير الشرطة …، وأوضح خلال المؤتمر مدير …: the subject after an adjunct.
  if (!p && ADJUNCT_OPENERS.test((v.toks[at] as Tok | undefined)?.key ?? '')) {
    const late = subjectAfterAdjunct(v, at, s, res);
    if (late) return { ...base, how: 'subject', phrase: late };
  }
  // After a feminine verb of address a bare name is its object (ودعت أنصار التنظيم …).
  const titled = p !== null && p.role !== null;
  // طالبت الحزب بتسليم سلاحه: a feminine verb of address before a masculine name or group.
  const object =
    cue.verb?.addressee &&
    (p?.kind === 'other' ||
      (cue.feminine && p?.kind === 'person' && !titled) ||
      (cue.feminine && p?.kind === 'org' && !p.feminine));
  if (p && plausibleSubject(v, p, res) && !object && !describedObject(v, cue, p, s, res))
    return { ...base, how: 'subject', phrase: p };
  // وقال فولفجانج هير إنه …: unknown words filling the gap before the complement are a name.
  if (p && p.kind === 'other' && !object && !p.definite && p.last - p.first <= 3 && unknownName(v, p, res))
    return { ...base, how: 'subject', phrase: { ...p, kind: 'person' } };
  // وأكدت عمادة القبول بالجامعة أن …، وبينت طالبة جامعية أنها …: an indefinite noun phrase between
  // the verb and its complement is the subject, named as written.
  if (
    p &&
    p.kind === 'other' &&
    !object &&
    !p.definite &&
    // (ووصف معسكر الفريق بأنه: وصف takes its object before بأن.)
    !/^(وصف|نعت)$/u.test(cue.lemma) &&
    nounSubject(v, p, s, res)
  )
    return { ...base, how: 'subject', phrase: p };
  // ما ذكر في بعض وسائل الإعلام بأن …: what was said in a medium, the medium says it.
  if (/^(ما|مما)$/u.test(v.toks[cue.tok - 1]?.key ?? '') && v.toks[cue.next]?.key === 'في') {
    const medium = readPhrase(v, cue.next + 1, s.last, res);
    if (medium && (medium.kind === 'source' || medium.kind === 'org'))
      return { ...base, how: 'prep', phrase: medium };
  }
  // أما إبراهيم محمد فأشار إلى أن …: the topic after أما is the subject of the verb with ف.
  const cueWord = v.toks[cue.tok] as Tok;
  if (cueWord.key.startsWith('ف')) {
    for (let k = cue.tok - 2; k >= Math.max(s.first, cue.tok - MAX_BEFORE); k--) {
      if (!/^و?اما$/u.test((v.toks[k] as Tok).key)) continue;
      const topic = readPhrase(v, k + 1, cue.tok, res);
      if (topic && topic.kind !== 'pronoun' && topic.kind !== 'other')
        return { ...base, how: 'before', phrase: topic };
      break;
    }
  }
  const prev = v.toks[cue.tok - 1] as Tok | undefined;
  if (prev && prev.sent === cue.sent) {
    // الدول التي قال إنها …: the relative clause's verb agrees with its antecedent when that
    // is its subject; otherwise (التي + a masculine verb) the subject is a pronoun.
    // والذي يؤكد: the relative with the conjunction too.
    const rel = RELATIVES.has(prev.key) ? prev.key : prev.bare;
    // المقطع الذي دعا فيه أحد أعضاء التنظيم: the antecedent is where it was said, the subject follows فيه.
    const inIt = /^(فيه|فيها)$/u.test(v.toks[cue.next]?.key ?? '');
    if (RELATIVES.has(rel) && inIt) {
      const after = readPhrase(v, cue.next + 1, s.last, res);
      if (after && after.kind !== 'other' && after.kind !== 'pronoun' && plausibleSubject(v, after, res))
        return { ...base, how: 'subject', phrase: after };
    }
    if (RELATIVES.has(rel) && !inIt && (rel === 'التي') === cue.feminine) {
      let anteEnd = cue.tok - 1;
      // الموسى، والذي يؤكد: a comma between the antecedent and و + the relative (without it, والتي
      // coordinates with another relative clause: ستركز على المواطن البسيط والتي …).
      const commaBefore = isPunct(v, v.toks[anteEnd - 1], '،,');
      // (الشيخ سالم العمري، الذي أكد: the antecedent in apposition before a comma too.)
      if (commaBefore) anteEnd--;
      // (Then the clause's own subject speaks: وستركز هيلاري على … والتي تقول.)
      if (rel !== prev.key && !commaBefore) return { ...base, how: 'participle', phrase: null };
      const ante = readPhraseBefore(v, anteEnd, s.first, res);
      // المسلحين التي تقول: a masculine plural of persons takes الذين; التي goes with something else.
      const human = ante !== null && rel === 'التي' && /(ين|ون)$/u.test((v.toks[ante.last - 1] as Tok).key);
      // (After a comma only a named actor is taken, not the subject of a verb: ولم يكن التنظيم، الذي.)
      const apposed =
        !commaBefore ||
        rel !== prev.key ||
        (ante !== null &&
          ante.kind !== 'other' &&
          ante.kind !== 'pronoun' &&
          !/^(لم|لن|لا|ما|قد|كان|يكن|تكن)$/u.test(v.toks[ante.first - 1]?.key ?? '') &&
          !/^(لم|لن|لا|ما|قد|كان|يكن|تكن)$/u.test(v.toks[ante.first]?.key ?? ''));
      if (ante && !human && apposed) return { ...base, how: 'before', phrase: ante };
    }
    const first = v.toks[s.first] as Tok;
    // وكان تقرير حديث أصدرته المنظمة … أكد: the subject of كان, further back.
    // (وكانت مجموعة … التي تواجه … قد قالت: قد closes the subject's clause however long it is.)
    if (PLUPERFECT_WORDS.has(first.key) && (cue.tok - s.first <= 2 * MAX_BEFORE || prev.key === 'قد')) {
      const b = readPhrase(v, s.first + 1, cue.tok, res);
      if (b && b.kind !== 'pronoun' && b.kind !== 'other') return { ...base, how: 'before', phrase: b };
    }
    // The subject before the verb, after a comma or a complementiser (إلا أن المصادر شددت).
    // (لأن النائب العام خالد كان قد قال: كان قد between the subject and its verb.)
    const wasBefore = /^(كان|كانت)$/u.test(v.toks[cue.tok - 2]?.key ?? '');
    // (X بدوره أشار، X كذلك قال: an adverb between the subject and its verb.)
    const adverb = /^(بدوره|بدورها|بدورهم|كذلك|ايضا)$/u.test(prev.key);
    const endAt =
      prev.key === 'قد' || prev.key === 'لقد'
        ? wasBefore
          ? cue.tok - 2
          : cue.tok - 1
        : adverb
          ? cue.tok - 1
          : cue.tok;
    const before = readPhraseBefore(v, endAt, s.first, res);
    // إلا أن النجم الأميركي توم كروز أعلن: a name whose description opens the clause.
    let leadAt = before ? before.first - 1 : -1;
    if (before?.kind === 'person')
      for (let k = leadAt; k >= Math.max(s.first, leadAt - MAX_DESCRIPTION); k--) {
        const t = v.toks[k] as Tok;
        // (أمين مجلس الشباب خالد الحربي: an organisation's noun inside the description too.)
        if (
          !(t.kind === 'word' && (t.det || isRole(t) || isTitle(t) || isOrgHead(t))) ||
          isComplementizer(t.key)
        )
          break;
        leadAt = k - 1;
      }
    // لكن حنيفة أمان وزير الخارجية قال: the first names the entities layer gives the person.
    if (before?.kind === 'person' && v.entities) {
      const head = v.toks[before.first] as Tok;
      const ent = v.entities.find((e) => e.type === 'PER' && e.start < head.start && head.start < e.end);
      while (ent && leadAt >= s.first && (v.toks[leadAt] as Tok).start >= ent.start) leadAt--;
    }
    const lead = before ? (v.toks[leadAt] as Tok | undefined) : undefined;
    const opens =
      before !== null &&
      (before.first === s.first ||
        (before.kind === 'person' && leadAt < s.first) ||
        (lead !== undefined &&
          (isComplementizer(lead.key) ||
            /^(لكن|ولكن)$/u.test(lead.key) ||
            (endAt < cue.tok - 1 && /^و?(لان|بعدما|عندما|حين|اذ)$/u.test(lead.key)) ||
            isPunct(v, lead, '،,'))));
    if (before && opens && before.kind !== 'pronoun' && before.last >= endAt && nounFirst(v, before))
      return { ...base, how: 'before', phrase: before };
    if (isPunct(v, prev, '،,')) {
      const b = readPhraseBefore(v, cue.tok - 1, s.first, res);
      const atStart =
        b !== null && (b.first === s.first || (b.first === s.first + 1 && PLUPERFECT_WORDS.has(first.key)));
      if (b && atStart && b.kind !== 'other') return { ...base, how: 'before', phrase: b };
    }
  }
  // أجرى أوغلو اتصالات …، قال فيها: the person of the clause the pronoun's antecedent is in.
  // (بيانا إعلاميا قالت فيه: the release's author, found from the release, not a name before it.)
  if (/^(فيه|فيها|خلاله|خلالها)$/u.test(v.toks[cue.next]?.key ?? '') && !afterArtifact(v, cue.tok, s.first)) {
    // أجرت الصحيفة حوارا مع اللاعب قال فيه: the one interviewed speaks.
    const guest = interviewee(v, cue.tok, s.first, res);
    if (guest) return { ...base, how: 'subject', phrase: guest };
    const subject = masdarSubject(v, cue.tok, s.first, res);
    if (subject) return { ...base, how: 'subject', phrase: subject };
  }
  // وبالتواصل مع الناشط علي الحربي، أفاد أن …: the one contacted speaks.
  const contacted = contactedBefore(v, cue.tok, s.first, res);
  if (contacted) return { ...base, how: 'subject', phrase: contacted };
  return { ...base, how: 'pronoun', phrase: null };
}

/** Verbs that take their object before a ب complement (وصف الاتفاق بأنه، اتهم الحزب بأنه). */
const DESCRIBING_VERBS = new Set(['وصف', 'نعت', 'اتهم', 'وصم']);

/**
 * Whether the phrase after a verb of describing or accusing is its object: it (with a conjunct)
 * runs right up to the ب complement (ووصفت الصين بأنها، واتهم الحزب والتنظيم بأن مصلحتهما واحدة).
 */
function describedObject(v: TextView, cue: Cue, p: Phrase, s: SentenceView, res: NameResources): boolean {
  if (!DESCRIBING_VERBS.has(cue.lemma)) return false;
  let end = p.last;
  const conj = v.toks[end] as Tok | undefined;
  if (conj && conj.kind === 'word' && conj.key !== conj.bare && conj.key.startsWith('و')) {
    const q = readPhrase(v, end, s.last, res);
    if (q) end = q.last;
  }
  // (A name in marks may close the conjunct: وتنظيم "داعش" بأن.)
  while (end < s.last && isPunct(v, v.toks[end], '»”"')) end++;
  const t = v.toks[end] as Tok | undefined;
  return (
    t !== undefined &&
    t.kind === 'word' &&
    (t.key === 'ب' ||
      t.key === 'بان' ||
      /^ب(انه|انها|انهم|انهما|ال)/u.test(t.key) ||
      (t.key.startsWith('ب') && isProclitic(t)))
  );
}

/** Nouns of contacting someone that open a clause (بالتواصل مع، وفي اتصال مع، وبالاتصال مع). */
const CONTACT_NOUNS = /^و?(بالتواصل|بالاتصال|اتصال|تواصل)$/u;

/**
 * The person contacted in an adjunct opening the clause, right before the cue and a comma
 * (وبالتواصل مع الناشط علي الحربي، أفاد أن …).
 */
function contactedBefore(v: TextView, cueTok: number, first: number, res: NameResources): Phrase | null {
  if (!isPunct(v, v.toks[cueTok - 1], '،,')) return null;
  for (let k = cueTok - 2; k > Math.max(first - 1, cueTok - MASDAR_SUBJECT_WINDOW); k--) {
    const t = v.toks[k] as Tok;
    if (t.key !== 'مع') continue;
    const noun = v.toks[k - 1] as Tok | undefined;
    if (!noun || !CONTACT_NOUNS.test(noun.key)) return null;
    // (الناشط الحقوقي المختص بالقضية، علي الحربي: the name in apposition after a comma.)
    for (let j = cueTok - 2; j > k; j--) {
      if (!isPunct(v, v.toks[j], '،,')) continue;
      const named = readPhrase(v, j + 1, cueTok - 1, res);
      if (named?.kind === 'person' && named.last === cueTok - 1) return named;
      break;
    }
    const p = readPhrase(v, k + 1, cueTok - 1, res);
    return p && (p.kind === 'person' || p.kind === 'role') && p.last === cueTok - 1 ? p : null;
  }
  return null;
}

/** Words that open an adjunct between a verb and its subject (في تصريح، خلال المؤتمر، عبر الهاتف). */
const ADJUNCT_OPENERS = /^(في|خلال|عبر|اثناء|امام)$/u;
/** Farthest a subject may follow its verb past an adjunct, in tokens. */
const ADJUNCT_REACH = 8;

/**
 * The subject that follows an adjunct after the verb (… في تصريح صحفي أمس مدير الشرطة خالد إن):
 * an actor phrase, not inside the adjunct's own genitive, that runs up to the complementiser or
 * colon (time words between allowed).
 */
function subjectAfterAdjunct(v: TextView, at: number, s: SentenceView, res: NameResources): Phrase | null {
  for (let j = at + 2; j < Math.min(s.last, at + ADJUNCT_REACH); j++) {
    const t = v.toks[j] as Tok;
    if (t.kind !== 'word' || isComplementizer(t.key)) return null;
    if (isProclitic(t) || !(t.det || isRole(t) || isTitle(t) || nameLike(t, res))) continue;
    // (Not an adjective of the adjunct's noun: أمام الكنيست الإسرائيلي.)
    if (t.det && /يه?$/u.test(t.key) && !isRole(t) && !isTitle(t)) continue;
    // (Not the object of a preposition: من دون وضع حدود.)
    if (/^(في|من|عن|الي|علي|مع|دون|بين|حول)$/u.test((v.toks[j - 1] as Tok).key)) continue;
    // (Not the genitive of a noun in construct: عقب قرار الوزارة.)
    const lead = v.toks[j - 1] as Tok;
    if (
      lead.kind === 'word' &&
      !lead.det &&
      !isProclitic(lead) &&
      !/(ي|يه)$/u.test(lead.key) &&
      !/^(امس|اليوم|مساء|صباح|ظهر|غدا|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)$/u.test(
        lead.key,
      ) &&
      !isRole(lead) &&
      !isTitle(lead) &&
      !nameLike(lead, res)
    )
      return null;
    const q = readPhrase(v, j, s.last, res);
    if (!q || q.kind === 'other' || q.kind === 'pronoun' || q.kind === 'document') continue;
    let k = q.last;
    while (k < s.last && /^(امس|اليوم|مساء|صباح)$/u.test((v.toks[k] as Tok).key)) k++;
    const end = v.toks[k] as Tok | undefined;
    if (end && (isComplementizer(end.key) || isPunct(v, end, ':،,'))) return q;
    return null;
  }
  return null;
}

/** Most words between a release's noun and the verb whose فيه takes it up (بيانا إعلاميا قالت فيه). */
const ARTIFACT_BEFORE = 3;

/** Whether a document noun (بيانا، رسالة، تسجيلا) stands right before the cue. */
function afterArtifact(v: TextView, cueTok: number, first: number): boolean {
  for (let k = cueTok - 1; k >= Math.max(first, cueTok - ARTIFACT_BEFORE); k--) {
    const t = v.toks[k] as Tok;
    if (t.kind !== 'word') return false;
    const stem = noAl(t.stem);
    if (documentNoun(stem) || documentNoun(stem.replace(/ا$/u, ''))) return true;
  }
  return false;
}

/** Whether a short indefinite phrase right before a complementiser or colon reads as a foreign name. */
function unknownName(v: TextView, p: Phrase, res: NameResources): boolean {
  const next = v.toks[p.last] as Tok | undefined;
  if (!next || !(isComplementizer(next.key) || isPunct(v, next, ':«“"،,'))) return false;
  for (let k = p.first; k < p.last; k++) {
    const t = v.toks[k] as Tok;
    if (t.kind !== 'word' || t.det || /(ه|ات|ون|ين)$/u.test(t.key) || res.places.has(t.key)) return false;
  }
  return true;
}

/** Most tokens between an indefinite subject phrase and its complementiser (بجامعة الشمال أن). */
const SUBJECT_TAIL = 4;

/**
 * Whether an indefinite phrase right after a reporting verb is its subject: a noun (not a verb
 * form, a number or a possessed noun) in construct with a definite noun or described by an
 * adjective, with the complementiser or a colon right after it or after a short prepositional tail.
 */
function nounSubject(v: TextView, p: Phrase, s: SentenceView, res: NameResources): boolean {
  const head = v.toks[p.first] as Tok;
  if (head.kind !== 'word' || FUNCTION_WORDS.has(head.key) || isProclitic(head) || /^\d/u.test(head.key))
    return false;
  if (/^[يت]/u.test(head.key) && !/(ه|ات)$/u.test(head.key)) return false;
  const second = v.toks[p.first + 1] as Tok | undefined;
  if (!second || p.last - p.first < 2 || second.kind !== 'word' || isProclitic(second)) return false;
  for (let k = p.last; k < Math.min(s.last, p.last + SUBJECT_TAIL + 1); k++) {
    const t = v.toks[k] as Tok;
    if (isComplementizer(t.key) || isPunct(v, t, ':')) return true;
    // (The tail: definite words, prepositional phrases, names: بجامعة الشمال، في الجامعة، حائل.)
    const tail = t.det || isProclitic(t) || t.key === 'في' || res.places.has(t.key) || nameLike(t, res);
    if (t.kind !== 'word' || (k > p.last && !tail)) return false;
  }
  return false;
}

/** Whether a phrase starts like a noun phrase (article, title, role, organisation), not a verb. */
function nounFirst(v: TextView, p: Phrase): boolean {
  const t = v.toks[p.first] as Tok;
  return (
    t.det ||
    p.kind === 'person' ||
    /(ون|ين)$/u.test(t.key) ||
    p.role !== null ||
    p.kind === 'org' ||
    p.kind === 'source' ||
    p.kind === 'document' ||
    p.actor !== null ||
    isPunct(v, t, '«“"')
  );
}

/** Whether a token between a phrase and its verb keeps them apart (a preposition, a clause word). */
function isPhraseBreakAt(v: TextView, from: number, to: number): boolean {
  let inApposition = false;
  for (let k = from; k < to; k++) {
    const t = v.toks[k] as Tok;
    if (isPunct(v, t, '،,')) {
      inApposition = !inApposition;
      continue;
    }
    if (t.key === 'قد' || t.key === 'لقد' || inApposition) continue;
    return true;
  }
  return inApposition;
}

/** Whether token `j` starts a new frame that owns what follows (another reporting verb). */
function stopsScan(v: TextView, j: number): boolean {
  const t = v.toks[j] as Tok;
  const f = reportingVerbForm(t.key);
  if (f === null || f.ambiguous || f.shape === 'masdar') return false;
  // A relative clause with its own object (التي أعلنها) leaves the outer frame open.
  if (f.object && RELATIVES.has(v.toks[j - 1]?.key ?? '')) return false;
  // A participle not opening a clause is an adjective (إجراءات مشددة).
  return f.shape !== 'participle' || isPunct(v, v.toks[j - 1], '،,.؛»”"') || t.key !== t.bare;
}

/**
 * Whether the complementiser at `j` is governed by something else than the cue at `cue` (بعد أن،
 * يجب أن، الاتهامات بأن، شدد على حرص الاتحاد على أن), or opens a supplication (أن يرحمهم الله).
 */
export function blockedComplement(v: TextView, j: number, cue?: Cue, from?: number): boolean {
  const prev = v.toks[j - 1] as Tok | undefined;
  if (!prev) return false;
  if (NOT_COMPLEMENT_BEFORE.has(prev.key) || NOT_COMPLEMENT_BEFORE.has(prev.bare)) return true;
  const verbNext = v.toks[j + 1] !== undefined && /^[يت]/u.test((v.toks[j + 1] as Tok).key);
  if (verbNext)
    for (let k = j + 2; k < Math.min(v.toks.length, j + 4); k++)
      if (DIVINE.has((v.toks[k] as Tok).key)) return true;
  if (!cue || from === undefined) return false;
  if (cue.lemma === 'دعا' && v.toks[cue.next] && DIVINE.has((v.toks[cue.next] as Tok).key)) return true;
  // A preposition before أن that follows nouns after the verb's own preposition belongs to them.
  if (/^(علي|الي|من|عن)$/u.test(prev.key)) {
    let own = -1;
    for (let k = from; k < j - 1; k++)
      if (cue.verb?.preps.includes((v.toks[k] as Tok).key)) own = own < 0 ? k : own;
    if (own >= 0) {
      for (let k = own + 1; k < j - 1; k++) {
        const t = v.toks[k] as Tok;
        if (t.kind === 'word' && !PLUPERFECT_WORDS.has(t.key)) return true;
      }
    }
  }
  return false;
}

/**
 * What the cue frames: the first complementiser, colon or quotation mark after its subject in
 * the sentence, unless another reporting verb comes first. Marks around names are stepped over.
 */
export function attachmentOf(
  v: TextView,
  cue: Cue,
  ref: SpeakerRef,
  s: SentenceView,
  openAt: ReadonlyMap<number, MarkPair>,
  nameMarks: ReadonlySet<MarkPair>,
): Attachment | null {
  const from =
    (ref.how === 'subject' || ref.how === 'prep') && ref.phrase && ref.phrase.first >= cue.next
      ? ref.phrase.last
      : cue.next;
  for (let j = from; j < s.last && j - cue.tok <= MAX_ATTACH; j++) {
    const t = v.toks[j] as Tok;
    if (j > from && stopsScan(v, j)) return null;
    if (isComplementizer(t.key)) {
      if (blockedComplement(v, j, cue, from)) continue;
      // بحسب الوزارة فإن …: a prepositional frame takes فإن, not a later أن of another verb.
      if (cue.shape === 'prep' && !t.key.startsWith('ف') && j - from > 2) continue;
      return { kind: 'complement', tok: j };
    }
    // A colon after بحسب X is not its speech; after نقلا عنه it is.
    const directish =
      cue.verb?.direct || cue.shape === 'document' || cue.shape === 'reproduced' || cue.lemma === 'نقلا عن';
    if (
      isPunct(v, t, ':') &&
      (cue.shape !== 'prep' || cue.lemma === 'نقلا عن') &&
      (directish || j - from <= 4)
    )
      return { kind: 'colon', tok: j };
    const pair = openAt.get(j);
    if (pair) {
      // A verbal noun (إعلان) frames a complement only; a document frame (جاء في البيان) marks
      // right after it.
      const marksOk = cue.shape !== 'masdar' || cue.lemma === 'قال';
      if (!nameMarks.has(pair) && marksOk && (cue.shape !== 'document' || j - from <= DOC_MARKS_WINDOW))
        return { kind: 'marks', tok: j, pair };
      while (j + 1 < s.last && (v.toks[j + 1] as Tok).start < (pair.close ?? pair.content.end)) j++;
    }
  }
  return null;
}

/**
 * The nearest person named right after a verb-like word or a complementiser before a cue (اكتفى
 * العتيبي … بالقول، أن أوغلو أجرى اتصالات … قال فيها).
 */
/** Nouns of an interview or conversation with someone (حوار، مقابلة، لقاء، حديث). */
const INTERVIEW_NOUNS = /^(ال)?(حوار|مقابله|لقاء|حديث)ا?$/u;

/** The person an interview is with, in the clause before a cue (حوارا مع اللاعب، قال فيه). */
function interviewee(v: TextView, cueTok: number, first: number, res: NameResources): Phrase | null {
  for (let k = cueTok - 2; k > Math.max(first, cueTok - MASDAR_SUBJECT_WINDOW); k--) {
    const t = v.toks[k] as Tok;
    if (t.key !== 'مع' || !INTERVIEW_NOUNS.test((v.toks[k - 1] as Tok).key)) continue;
    const p = readPhrase(v, k + 1, cueTok, res);
    return p && p.kind !== 'pronoun' && p.kind !== 'document' && p.kind !== 'other' ? p : null;
  }
  return null;
}

function masdarSubject(v: TextView, cueTok: number, first: number, res: NameResources): Phrase | null {
  for (let k = cueTok - 1; k > Math.max(first, cueTok - MASDAR_SUBJECT_WINDOW); k--) {
    const prev = v.toks[k - 1] as Tok;
    // A verb: no article, no function word, no possessive (بعثة فريقه فجر أمس is no clause).
    const verbLike =
      prev.kind === 'word' &&
      !prev.det &&
      !FUNCTION_WORDS.has(prev.key) &&
      // No possessive (فريقه) and no ta marbuta (بمناسبة): a noun, not a verb.
      !/(ه|ها|هم|هما|هن|ة)$/u.test(
        v.text.slice(prev.start, prev.end).replace(/[\u064B-\u065F\u0640]/gu, ''),
      ) &&
      !isProclitic(prev) &&
      !nameLike(prev, res);
    if (!verbLike && !(prev.kind === 'word' && isComplementizer(prev.key))) continue;
    const p = readPhrase(v, k, cueTok, res);
    if (p && p.kind === 'person' && p.first === k && plausibleSubject(v, p, res)) return p;
  }
  return null;
}

/**
 * Past an addressee written with ل and tatweel (أكد لـعكاظ اليوم مدير …): the outlet's words up to the
 * subject's head (a role, title, name, body or source), at most three; `at` when none follows.
 */
function pastJoinedAddressee(v: TextView, at: number, end: number, res: NameResources): number {
  const t = v.toks[at] as Tok | undefined;
  if (!t || t.kind !== 'word' || !/^ل\u0640/u.test(v.text.slice(t.start, t.end))) return at;
  for (let k = at + 1; k < Math.min(end, at + 4); k++) {
    const u = v.toks[k] as Tok;
    if (u.kind !== 'word') return at;
    if (isRole(u) || isTitle(u) || isOrgHead(u) || isSource(u) || nameLike(u, res)) return k;
  }
  return at;
}

/**
 * The token after an outlet addressed between a verb and its subject (وقال لـ«الشرق الأوسط» مصدر،
 * أبلغت «الشرق الأوسط» مصادر: after ل or a verb of informing), or `at` when there is none.
 */
function pastMarkedAddressee(v: TextView, at: number, end: number, informs: boolean): number {
  let k = at;
  const lam = (v.toks[k] as Tok | undefined)?.key === 'ل';
  if (lam) k++;
  // لـ(الجزيرة): parentheses mark the outlet too.
  const paren = isPunct(v, v.toks[k], '(');
  if (!(lam || informs) || !(paren || isPunct(v, v.toks[k], '«“"'))) return at;
  for (let j = k + 1; j < Math.min(end, k + 2 + MAX_ADDRESSEE_WORDS); j++) {
    const t = v.toks[j] as Tok;
    if (!isPunct(v, t, paren ? ')' : '»”"')) continue;
    const next = v.toks[j + 1] as Tok | undefined;
    // (… لـ"الاقتصادية"، أمس، مصدر: a comma may follow, before the adjuncts and the subject.)
    const goesOn = (next?.kind === 'word' && !isComplementizer(next.key)) || isPunct(v, next, '،,');
    return j + 1 < end && goesOn ? j + 1 : at;
  }
  return at;
}
