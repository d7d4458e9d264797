/**
 * Where a quotation ends, and which marked spans are names rather than quotations.
 *
 * An indirect quote runs from the word after its complementiser to the end of its clause: the
 * sentence end, or the start of a new frame (، مشيرا إلى أن …، وأضاف …) or of a trailing
 * attribution (، بحسب الوكالة); final punctuation is left out. A reproduced text (ما يلي:، نصه:)
 * runs across paragraphs until one opens with a new frame or a line that does not end a sentence.
 * Quotation marks around a name, a title, a slogan or a term are not a quotation (تنظيم "داعش"،
 * لـ«الشرق الأوسط»، "الخلافة" التي أعلنها، ما سماه "النصر").
 */
import type { Span } from '../../doc/index.js';
import { CHANNEL_PHRASES } from '../../lexicon/channels.js';
import { isComplementizer, PREPOSITIONAL_FRAMES, reportingVerbForm } from '../../lexicon/reporting-verbs.js';
import { ORG_HEADS, TITLES } from '../../lexicon/speaker-words.js';
import { FUNCTION_WORDS } from '../../text/function-words.js';
import type { MarkPair } from './marks.js';
import { noAl } from './phrases.js';
import type { NameResources } from './resources.js';
import { isPunct, type TextView, type Tok, tokenAtOrAfter, trimEnd } from './view.js';

/** Longest marked span that can be a name, in words. */
const MAX_NAME_WORDS = 5;

/** Nouns whose following marked span names them (شعار «…»، عملية "…"، مهرجان "…"). */
const NAMING_HEADS = new Set([
  ...ORG_HEADS,
  'شعار',
  'عنوان',
  'بعنوان',
  'اسم',
  'باسم',
  'لقب',
  'ملف',
  'هاشتاغ',
  'هاشتاج',
  'وسم',
  'مهرجان',
  'مسابقه',
  'عمليه',
  'مبادره',
  'مشروع',
  'برنامج',
  'حمله',
  'دوله',
  'مدينه',
  'منطقه',
  'حي',
  'مخيم',
  'موقع',
  'تطبيق',
  'كتاب',
  'فيلم',
  'مسلسل',
  'اغنيه',
  'قصيده',
  'مسمي',
  'المسمي',
  'المعروف',
  'المعروفه',
  'يسمي',
  'تسمي',
  'سماه',
  'سمته',
  'اسماه',
  'يسميه',
  'تسميه',
  'وصفه',
  'يصفه',
  'نفسه',
  'نفسها',
  'بطوله',
  'كاس',
  'فريق',
  'نادي',
  'قناه',
  'صحيفه',
  'مجله',
  'شبكه',
  'جريده',
  'وكاله',
  'شركه',
  'ماركه',
  'مصطلح',
]);
const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين']);

/** Whether the marked span `pair` is a name, title or term in its context (not someone's words). */
export function isNameMark(v: TextView, pair: MarkPair, res: NameResources): boolean {
  const open = tokenAtOrAfter(v, pair.open);
  const closeTok = pair.close === null ? -1 : tokenAtOrAfter(v, pair.close);
  const inner = v.toks.filter((t) => t.start >= pair.content.start && t.end <= pair.content.end);
  const words = inner.filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length === 0) return true;
  const prev = v.toks[open - 1];
  const sameSentence = prev !== undefined && prev.sent === (v.toks[open] as Tok).sent;
  // ما سماه "النصر": the author's scare quotes, whatever their length.
  if (
    sameSentence &&
    prev &&
    /^(سماه|سمته|اسماه|اسمته|يسميه|تسميه|يسمي|تسمي|يسمونه|المسمي|المسماه)$/u.test(prev.key)
  )
    return true;
  if (sameSentence && prev && (prev.key === 'شعار' || prev.key === 'بعنوان' || noAl(prev.stem) === 'عنوان'))
    return true;
  if (words.length > MAX_NAME_WORDS) return false;
  // A verb or a negation first is speech (سيأخذون بثأرهم، لن نتراجع), never a name.
  const lead = words[0] as Tok;
  if (/^س[يتنا]\S{3,}$/u.test(lead.key) || /^(لن|لم|لا|لقد|قد|سوف)$/u.test(lead.key)) return false;
  if (sameSentence && prev) {
    // لـ«الشرق الأوسط»: an addressee (بـ"الصبر" is not: it can be the speaker's word).
    if (prev.key === 'ل') return true;
    if (NAMING_HEADS.has(noAl(prev.stem)) || NAMING_HEADS.has(prev.key)) return true;
    // أحمد حسام «ميدو»: a nickname after a person's name.
    const before = v.toks[prev.i - 1];
    const namePrev =
      res.personNames.has(prev.key) &&
      !FUNCTION_WORDS.has(prev.key) &&
      before !== undefined &&
      res.personNames.has(before.key);
    if (
      words.length <= 2 &&
      !prev.det &&
      (namePrev || v.entities?.some((e) => e.type === 'PER' && e.end === prev.end))
    )
      return true;
  }
  const next = closeTok >= 0 ? v.toks[closeTok + 1] : undefined;
  if (next && RELATIVES.has(next.key)) return true;
  // أبلغت مصادر «الشرق الأوسط» أن …: a short marked name right before the complement (the addressee).
  if (
    next &&
    isComplementizer(next.key) &&
    !next.key.startsWith('و') &&
    words.length <= 3 &&
    sameSentence &&
    prev &&
    !v.toks.slice(0, open).some((t) => t.sent === prev.sent && isComplementizer(t.key))
  )
    return true;
  // أبلغت «الشرق الأوسط» مصادر …: the outlet informed, before the subject.
  const informs = prev ? reportingVerbForm(prev.key) : null;
  if (
    sameSentence &&
    (informs?.verb.lemma === 'أبلغ' || informs?.verb.lemma === 'أخبر') &&
    words.length <= 4 &&
    next?.kind === 'word' &&
    !isComplementizer(next.key)
  )
    return true;
  // المدير العام لدى «نجوم الطعام»: «…»: marks right before a colon end the speaker's phrase.
  if (next && isPunct(v, next, ':') && sameSentence && prev?.kind === 'word') return true;
  const first = words[0] as Tok;
  if (TITLES.has(first.stem) && first.stem.startsWith('ال') && words.length <= 4) return true;
  const key = words.map((t, n) => (n === 0 ? t.stem : t.key)).join(' ');
  if (res.actors.has(key) || res.actors.has(noAl(key))) return true;
  if (res.places.has(key)) return true;
  // «تويتر»: a platform's name.
  if (CHANNEL_PHRASES.some((p) => p.keys.join(' ') === noAl(key) || p.keys.join(' ') === key)) return true;
  // The entities layer: an organisation or place, or a person's full name (a lone word tagged as a
  // person inside marks is too often a verb: "أغرت").
  const ent = v.entities?.find((e) => e.start <= pair.content.start && pair.content.end <= e.end);
  if (ent && (ent.type === 'ORG' || ent.type === 'LOC' || words.length > 1)) return true;
  return false;
}

/** Adverbs shaped like participles (مثلا، مجددا) that do not open a clause. */
const ADVERBS = new Set([
  'مثلا',
  'معا',
  'مجددا',
  'مطلقا',
  'مسبقا',
  'مؤخرا',
  'مبكرا',
  'مجانا',
  'مستقبلا',
  'مرارا',
  'مساء',
  'مباشره',
  'مقدما',
  'مسبقا',
  'ملحوظا',
]);
/** Nouns of a speech setting after وذلك (وذلك في حديث …): the narrator resumes. */
const SETTING_NOUNS = new Set([
  'حديث',
  'تصريح',
  'تصريحات',
  'كلمه',
  'مؤتمر',
  'لقاء',
  'مقابله',
  'اتصال',
  'بيان',
  'حوار',
  'رد',
  'ردا',
  'تعليق',
  'خطاب',
]);
/** Farthest a new clause's verb may stand from what it frames for it to end a quote, in tokens. */
const NEW_FRAME_WINDOW = 8;

function framesSoon(v: TextView, from: number, window: number): boolean {
  for (let j = from; j < Math.min(v.toks.length, from + window); j++) {
    const t = v.toks[j] as Tok;
    if (isComplementizer(t.key) || isPunct(v, t, ':«“"„')) return true;
    if (t.kind === 'punct' && isPunct(v, t, '.!?؟')) return false;
  }
  return false;
}

/** Whether token `j` opens a new frame that ends a quoted clause (، مشيرا إلى أن …، وأضاف …). */
function opensFrame(v: TextView, j: number, afterComma: boolean): boolean {
  const t = v.toks[j] as Tok;
  if (afterComma && PREPOSITIONAL_FRAMES.some((f) => f.keys.every((k, n) => v.toks[j + n]?.key === k))) {
    // زوجته، بحسب التقارير الطبية، تحتاج …: between commas mid-clause it is parenthetical.
    for (let k = j + 1; k < Math.min(v.toks.length, j + 8); k++) {
      const u = v.toks[k] as Tok;
      if (u.sent !== t.sent) break;
      if (isPunct(v, u, '،,')) return !(v.toks[k + 1]?.kind === 'word' && v.toks[k + 1]?.sent === t.sent);
    }
    return true;
  }
  if (afterComma && t.key === 'علي' && v.toks[j + 1]?.key === 'حد') return true;
  // ، وهو ما أكده شكري: the narrator's relative comment that another says the same.
  if (afterComma && /^(وهو|وهي|وهذا)$/u.test(t.key) && v.toks[j + 1]?.key === 'ما') {
    const verb = (v.toks[j + 2]?.key ?? '').replace(/(ه|ها)$/u, '');
    const f = reportingVerbForm(verb);
    if (f && !f.ambiguous && f.shape !== 'masdar') return true;
  }
  // ، فيما أوضح شكري أن …، بينما قال …: a contrasting clause with its own verb of saying.
  if (afterComma && /^(فيما|بينما)$/u.test(t.key)) {
    const f = reportingVerbForm(v.toks[j + 1]?.key ?? '');
    if (f && !f.ambiguous && f.shape !== 'masdar' && f.shape !== 'participle') return true;
  }
  if (t.key === 'وذلك' && v.toks[j + 1] && /^(في|خلال|عبر|علي)$/u.test((v.toks[j + 1] as Tok).key)) {
    const n = v.toks[j + 2];
    if (n && SETTING_NOUNS.has(noAl(n.stem))) return true;
  }
  const f = reportingVerbForm(t.key);
  if (!f || f.ambiguous || f.shape === 'masdar') {
    // Another participle clause after a comma (، موجها شكره …): the narrator's own.
    return afterComma && /^م\S{3,}(ا|ين)$/u.test(t.key) && !ADVERBS.has(t.key);
  }
  if (f.shape === 'participle') return afterComma;
  if (t.key === t.bare && !afterComma) return false;
  return f.verb.direct || framesSoon(v, j + 1, NEW_FRAME_WINDOW);
}

/** End offset of a clause quoted from token `from` in sentence `s` (final punctuation excluded). */
export function clauseEnd(v: TextView, from: number, sentence: { end: number; last: number }): number {
  const start = v.toks[from]?.start ?? 0;
  for (let j = from + 1; j < sentence.last; j++) {
    const t = v.toks[j] as Tok;
    const prev = v.toks[j - 1] as Tok;
    const afterComma = isPunct(v, prev, '،,؛;');
    if (opensFrame(v, j, afterComma)) return trimEnd(v.text, start, prev.end, true);
    if (isPunct(v, t, ':')) {
      const n = v.toks[j + 1] as Tok | undefined;
      if (!n || n.sent !== t.sent || /^(يلي|التالي|الاتي)$/u.test(prev.key))
        return trimEnd(v.text, start, t.start, true);
    }
  }
  // A next sentence opening with وأن / وإن coordinates one more complement of the same verb.
  const next = v.toks[sentence.last];
  if (next && /^و(ان|انه|انها|انهم)$/u.test(next.key) && next.para === (v.toks[from] as Tok).para) {
    const s2 = v.sentences[next.sent];
    if (s2) return clauseEnd(v, sentence.last, s2);
  }
  return trimEnd(v.text, start, sentenceTextEnd(v, sentence), true);
}

/** A sentence's end, leaving out Latin or symbol debris glued after its final mark (وسوريا.  ml). */
function sentenceTextEnd(v: TextView, sentence: { end: number; last: number }): number {
  let k = sentence.last - 1;
  while (
    k > 0 &&
    (v.toks[k] as Tok).kind !== 'punct' &&
    !/\p{Script=Arabic}/u.test(v.text.slice((v.toks[k] as Tok).start, (v.toks[k] as Tok).end))
  )
    k--;
  const t = v.toks[k] as Tok;
  return k < sentence.last - 1 && isPunct(v, t, '.!?؟') ? t.end : sentence.end;
}

/** Whether a paragraph opens with a new frame of the narrator (وأفادت الوزارة …، وقال …). */
function paragraphOpensFrame(v: TextView, para: Span): boolean {
  const i = tokenAtOrAfter(v, para.start);
  const t = v.toks[i];
  if (!t) return false;
  const f = reportingVerbForm(t.key);
  return f !== null && f.shape !== 'masdar' && f.shape !== 'participle' && !f.ambiguous;
}

/**
 * The extent of a reproduced text starting at offset `from` (after its colon): to the end of its
 * paragraph, then over following paragraphs while the previous one ends a sentence and the next
 * does not open a new frame. Final punctuation left out.
 */
export function reproducedEnd(v: TextView, from: number): number {
  let k = v.paragraphs.findIndex((p) => p.end > from);
  if (k < 0) return trimEnd(v.text, from, v.text.length, true);
  let end = (v.paragraphs[k] as Span).end;
  while (k + 1 < v.paragraphs.length) {
    const cur = v.paragraphs[k] as Span;
    const next = v.paragraphs[k + 1] as Span;
    const last = v.text.slice(cur.start, cur.end).trimEnd();
    if (!/[.!?؟…:»”"]$/u.test(last)) break;
    if (paragraphOpensFrame(v, next)) break;
    const nextText = v.text.slice(next.start, next.end).trimEnd();
    if (!/[.!?؟…»”"]$/u.test(nextText)) break;
    end = next.end;
    k++;
  }
  return trimEnd(v.text, from, end, true);
}
