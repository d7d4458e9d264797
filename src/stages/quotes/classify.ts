/**
 * Classifies a speaker phrase: a person (and the name inside a role phrase), an organisation, a
 * bare role, an unnamed source, a document that speaks for its issuer, or an honorific pronoun.
 */
import type { Span } from '../../doc/index.js';
import { HONORIFIC_PRONOUNS } from '../../lexicon/speaker-words.js';
import { FUNCTION_WORDS } from '../../text/function-words.js';
import type { Phrase } from './phrases.js';
import type { NameResources } from './resources.js';
import type { TextView, Tok } from './view.js';
import {
  actorAt,
  documentNoun,
  isOrgHead,
  isPhraseBreak,
  isProclitic,
  isRole,
  isSource,
  isTitle,
  KUNYA,
  NAME_LINKS,
  nameLike,
  noAl,
  spanOf,
} from './words.js';

/** Nouns of a territory before its proper name (سلطنة عمان، منطقة مكة): the name is a place. */
const GEO_NOUNS = new Set([
  'منطقه',
  'مدينه',
  'سلطنه',
  'مملكه',
  'دوله',
  'جمهوريه',
  'اماره',
  'محافظه',
  'ولايه',
  'قريه',
  'بلده',
  'مقاطعه',
  'اقليم',
]);

/** Adjectives after an indefinite role that are names too (مسؤول كبير، مصدر رفيع). */
const ROLE_ADJECTIVES = new Set(['كبير', 'رفيع', 'بارز', 'سابق', 'جديد', 'اخر', 'مطلع', 'امين', 'سامي']);

/** Whether the entities layer names a person at a token. */
function personAt(v: TextView, t: Tok): boolean {
  return v.entities?.some((e) => e.type === 'PER' && e.start <= t.start && t.start < e.end) ?? false;
}

/** How far a name run goes from `n` (exclusive end index into `words`). */
function nameRun(v: TextView, words: readonly number[], n: number, res: NameResources): number {
  let end = n + 1;
  while (end < words.length && end - n < 6) {
    const t = v.toks[words[end] as number] as Tok;
    // آل الشيخ، آل سعود: after آل the family name goes on, even a word that is a title elsewhere.
    const family0 = (v.toks[words[end - 1] as number] as Tok).key === 'ال' && t.kind === 'word';
    if (
      !family0 &&
      (t.kind !== 'word' || isTitle(t) || isRole(t) || isOrgHead(t) || t.key.length < 2 || isPhraseBreak(t))
    )
      break;
    if (family0) {
      end++;
      continue;
    }
    if (isProclitic(t)) break;
    // مدير فنون أبها سامي: a place (no person's name) ends the name.
    if ((res.places.has(t.key) || res.places.has(t.stem)) && !personAt(v, t) && !res.personNames.has(t.key))
      break;
    // مارادونا معلنا: an active participle in the accusative (مُفعِلا) opens a circumstantial clause;
    // هدى الصويلح اجتماعا: after a family name with the article, an unknown word is an object.
    const prevWord = v.toks[words[end - 1] as number] as Tok;
    if (!nameLike(t, res) && /^م[^ا]\S{2,4}ا$/u.test(t.key)) break;
    // ذبيح الله، عبد الله، نصر الله: الله is part of a compound name.
    // (Only right after a bare name word: سعاد الحربي الله is a prayer, حفظها الله, not a name.)
    const prevBare = !(v.toks[words[end - 1] as number] as Tok).det;
    const link = NAME_LINKS.has(t.key) || ((t.key === 'الله' || t.key === 'الدين') && prevBare);
    // سعد التويم محمد الجذلاني: after a family name with the article, another person begins.
    if (prevWord.det && !t.det && !link && !NAME_LINKS.has(prevWord.key) && end > n + 1) break;
    const nisba = t.stem.startsWith('ال') && !link && !t.maqsura;
    const lastWord = end + 1 >= words.length;
    // A family name with the article (العبدالله، الهزاع) ends the name; others are adjectives.
    // Right after a known given name, a definite word is the family name (عبدالرحمن البنيان).
    // Only where the name ends there (before a role, a comma or the end of the phrase): حسني الظن
    // is no name.
    const first = v.toks[words[n] as number] as Tok;
    const after = v.toks[words[end + 1] ?? -1];
    const closes =
      lastWord || (after !== undefined && (isRole(after) || isTitle(after) || after.kind === 'punct'));
    const given = end === n + 1 && !first.det && nameLike(first, res) && closes;
    const family =
      (lastWord || given) &&
      (res.personNames.has(noAl(t.key)) || (given && !FUNCTION_WORDS.has(t.key) && !res.places.has(t.key)));
    if (nisba && !res.personNames.has(t.key) && !/ي$/u.test(t.key) && !family) break;
    // An unknown word goes on a name only as its last part (فولفجانج هير، not بلاتر وضع سقف).
    // …or between two name words (علي شطوان عسيري).
    const between =
      !lastWord &&
      t.key === t.bare &&
      !isProclitic(t) &&
      !FUNCTION_WORDS.has(t.key) &&
      !/^و?(اما|ثم|بل|اذ|لكن|حتي)$/u.test(t.key) &&
      nameLike(v.toks[words[end + 1] as number] as Tok, res);
    if (!(link || nisba || nameLike(t, res) || t.script === 'latin') && !lastWord && !between) break;
    end++;
  }
  return end;
}

/**
 * The person's name in a phrase, as an index range into `words`: after a title (الدكتور حامد …),
 * from a kunya (أبي الحسن …) or a name-like word; in a role phrase the last such name (المتحدث باسم
 * مركز الملك سلمان للإغاثة رأفت الصباغ → رأفت الصباغ), else the first. A nisba adjective right after
 * an indefinite role (مسؤول عسكري) is no name. With no known name, unknown words before a role
 * (روجريو زنداميلا كبير اقتصاديي الصندوق) are one.
 */
function findName(
  v: TextView,
  words: readonly number[],
  head: Tok,
  res: NameResources,
): { start: number; end: number } | null {
  const starts: number[] = [];
  const titledStarts: number[] = [];
  const named = (k: number) => {
    const t = v.toks[words[k] as number] as Tok;
    return nameLike(t, res) || personAt(v, t);
  };
  let afterTitle = false;
  for (let n = 0; n < words.length; n++) {
    const t = v.toks[words[n] as number] as Tok;
    if (isTitle(t)) {
      // لمركز الملك سلمان، مدينة الملك فهد: a title in the name of a body or place is no title here.
      const before = v.toks[words[n - 1] ?? -1];
      const inName =
        before !== undefined &&
        before.kind === 'word' &&
        (isProclitic(before) || (!before.det && isOrgHead(before))) &&
        !isRole(before) &&
        !isTitle(before);
      // المكتب الرئيس، المقر الرئيس: "main" after a definite noun is an adjective, no title.
      const adjective =
        /^الرئيس(ه)?$/u.test(t.key) &&
        before !== undefined &&
        before.kind === 'word' &&
        before.det &&
        !isTitle(before) &&
        !isRole(before);
      if (!inName && !adjective) afterTitle = true;
      continue;
    }
    // آية الله علي خامنئي: a two-word title ("أية" any shares its key: only before الله).
    if (t.key === 'ايه' && v.toks[words[n + 1] ?? -1]?.key === 'الله') {
      afterTitle = true;
      n++;
      continue;
    }
    const title = afterTitle;
    afterTitle = false;
    // المنتمي لدوري، المكتب الرئيس لرعاية: a word behind a preposition is the phrase's object.
    const behindPreposition = isProclitic(t) && !personAt(v, t);
    // أمير منطقة القصيم: a place noun after the title is no name.
    if (
      title &&
      t.kind === 'word' &&
      !t.det &&
      !behindPreposition &&
      !isRole(t) &&
      !isOrgHead(t) &&
      !isPhraseBreak(t) &&
      !GEO_NOUNS.has(noAl(t.stem))
    ) {
      starts.push(n);
      // أمير منطقة مكة: a title that is also a role noun; only a name-like word after it is sure.
      if (nameLike(t, res) || personAt(v, t) || !titledStarts.some((k) => named(k))) titledStarts.push(n);
      continue;
    }
    // ذبيح الله مجاهد: a word before الله starts a compound name.
    const theophoric =
      v.toks[words[n + 1] ?? -1]?.key === 'الله' &&
      t.kind === 'word' &&
      !t.det &&
      !FUNCTION_WORDS.has(t.key) &&
      !isRole(t) &&
      !isOrgHead(t) &&
      !isSource(t) &&
      !isPhraseBreak(t);
    if (theophoric && !(n === 0 && isOrgHead(head))) {
      starts.push(n);
      continue;
    }
    // A place after a preposition (في واشنطن، بجدة) is no part of a person's name unless the
    // entities layer says so.
    const lead = v.toks[words[n - 1] ?? -1];
    const located =
      isProclitic(t) ||
      (lead !== undefined &&
        (lead.key === 'في' || lead.key === 'من' || isProclitic(lead) || GEO_NOUNS.has(noAl(lead.stem))));
    if (located && (res.places.has(t.key) || res.places.has(t.stem)) && !personAt(v, t)) continue;
    const next = v.toks[words[n + 1] ?? -1];
    if (KUNYA.has(t.key) && next && next.kind === 'word') {
      starts.push(n);
      continue;
    }
    if (!nameLike(t, res) || (n === 0 && isOrgHead(head)) || (n > 0 && t.det)) continue;
    if (n > 0 && behindPreposition) continue;
    // نادي برشلونة، شركة أرامكو: the name of the body before it, not a person.
    const body = v.toks[words[n - 1] ?? -1];
    if (n > 0 && body && isOrgHead(body) && !body.det && !isProclitic(body) && !title) continue;
    if (
      n === 1 &&
      !head.det &&
      (isRole(head) || isSource(head)) &&
      (/يه?$/u.test(t.key) || ROLE_ADJECTIVES.has(t.key))
    )
      continue;
    const prevTok = v.toks[words[n - 1] ?? -1];
    if (
      n > 0 &&
      prevTok &&
      !title &&
      !(
        isRole(head) ||
        isTitle(head) ||
        nameLike(head, res) ||
        head.det ||
        prevTok.det ||
        isProclitic(prevTok)
      )
    )
      continue;
    starts.push(n);
  }
  if (starts.length === 0) {
    for (let r = 1; r <= 3 && r < words.length; r++) {
      if (!isRole(v.toks[words[r] as number] as Tok)) continue;
      const before = words.slice(0, r).map((k) => v.toks[k] as Tok);
      if (
        before.every(
          (t) =>
            t.kind === 'word' &&
            !t.det &&
            !FUNCTION_WORDS.has(t.key) &&
            !isRole(t) &&
            !isOrgHead(t) &&
            !isTitle(t) &&
            !isSource(t) &&
            documentNoun(t.stem) === null,
        )
      )
        return { start: 0, end: r };
    }
    return null;
  }
  // Starts inside the run of an earlier start are no names of their own (ذبيح الله مجاهد).
  let reach = -1;
  const heads = starts.filter((n) => {
    if (n < reach) return false;
    reach = nameRun(v, words, n, res);
    return true;
  });
  starts.splice(0, starts.length, ...heads);
  // A name after a title is the surest (تروي الأستاذة نزيهة → نزيهة).
  const pick =
    titledStarts.length > 0
      ? (titledStarts.at(-1) as number)
      : isRole(head) || isTitle(head)
        ? (starts.at(-1) as number)
        : (starts[0] as number);
  // A run that stopped at the first of several starts (جون كيري) is fine; take the chosen start's run.
  return { start: pick, end: nameRun(v, words, pick, res) };
}

/** Heads of a kin group that speaks as one (أسرة الفقيد، عائلة العتيبي، ذوو الضحايا). */
const COLLECTIVE_HEADS = new Set(['اسره', 'عائله', 'ذوو', 'ذوي', 'اهالي', 'اقارب', 'اهل']);

/** Classifies the tokens `toks` (in order) as one speaker phrase. */
export function classify(v: TextView, toks: readonly number[], res: NameResources): Phrase {
  const a = toks[0] as number;
  const b = (toks.at(-1) as number) + 1;
  const head = v.toks[toks.find((k) => (v.toks[k] as Tok).kind !== 'punct') ?? a] as Tok;
  const headKey = noAl(head.stem);
  const base = {
    first: a,
    last: b,
    span: spanOf(v, a, b),
    head: headKey,
    definite: head.stem.startsWith('ال'),
    feminine: headKey.endsWith('ه') || headKey.endsWith('ات'),
    role: null,
    actor: null,
  };
  if (HONORIFIC_PRONOUNS.has(head.key) || HONORIFIC_PRONOUNS.has(head.bare)) {
    return { ...base, kind: 'pronoun', name: base.span, feminine: false };
  }
  const doc =
    documentNoun(head.stem) ??
    (headKey === 'صاحب' && b - a > 1 ? documentNoun((v.toks[a + 1] as Tok).stem) : null);
  if (doc) return { ...base, kind: 'document', name: base.span, head: doc };
  // أسرة العتيبي، ذوو الضحية: a family or kin group named after a person speaks as a group.
  if (COLLECTIVE_HEADS.has(headKey) && b - a > 1) return { ...base, kind: 'source', name: base.span };
  // A person's name inside the phrase (see `findName`).
  const words = toks.filter((k) => (v.toks[k] as Tok).kind !== 'punct');
  const found = findName(v, words, head, res);
  const nameStart = found ? found.start : -1;
  // The entities layer, when the document has one, names the person in the phrase.
  const person = v.entities?.find(
    (e) => e.type === 'PER' && e.start >= base.span.start && e.start < base.span.end,
  );
  if (person && nameStart < 0 && !isOrgHead(head)) {
    const end = Math.min(person.end, base.span.end);
    const role = person.start > base.span.start ? { start: base.span.start, end: person.start } : null;
    return {
      ...base,
      kind: 'person',
      name: { start: person.start, end },
      role: role && isRole(head) ? role : null,
      feminine: false,
    };
  }
  // اللواء منصور التركي: a title that is also an organisation head (لواء "brigade") before a name.
  const titledName = found !== null && isTitle(head) && found.start === 1;
  const actor = actorAt(v, a, b, res);
  if (
    actor &&
    !titledName &&
    actor.actor.type === 'ORG' &&
    (isOrgHead(head) || actor.next === b || nameStart < 0)
  ) {
    return { ...base, kind: 'org', name: base.span, actor: actor.actor };
  }
  if (isOrgHead(head) && !isRole(head) && !titledName) return { ...base, kind: 'org', name: base.span };
  if (found) {
    const from = v.toks[words[found.start] as number] as Tok;
    const to = v.toks[words[found.end - 1] as number] as Tok;
    // The role before the name (وزير الخارجية جون كيري) or after it (عيد عماش المتحدث باسم المجلس).
    let role: Span | null = found.start > 0 ? spanOf(v, a, words[found.start] as number) : null;
    if (!role && found.end < words.length && isRole(v.toks[words[found.end] as number] as Tok))
      role = spanOf(v, words[found.end] as number, b);
    return {
      ...base,
      kind: 'person',
      name: { start: from.wordStart, end: to.end },
      role,
      feminine: isRole(head) ? base.feminine : false,
    };
  }
  // د. الأدهم: words after an abbreviated title name a person.
  const dot = v.toks[a + 1] as Tok | undefined;
  const titleDot =
    words.length >= 2 &&
    words[0] === a &&
    isTitle(head) &&
    head.key.length <= 2 &&
    dot !== undefined &&
    dot.kind === 'punct' &&
    v.text.slice(dot.start, dot.end) === '.' &&
    !isRole(v.toks[words[1] as number] as Tok) &&
    !isTitle(v.toks[words[1] as number] as Tok);
  if (titleDot) {
    const from = v.toks[words[1] as number] as Tok;
    const to = v.toks[words.at(-1) as number] as Tok;
    return { ...base, kind: 'person', name: { start: from.wordStart, end: to.end }, feminine: false };
  }
  if (isRole(head) || isTitle(head)) return { ...base, kind: 'role', name: base.span };
  if (isSource(head)) return { ...base, kind: 'source', name: base.span };
  if (actor)
    return {
      ...base,
      kind: actor.actor.type === 'PER' ? 'person' : 'other',
      name: base.span,
      actor: actor.actor,
    };
  return { ...base, kind: 'other', name: base.span };
}
