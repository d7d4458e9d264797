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

/** Adjectives after an indefinite role that are names too (مسؤول كبير، مصدر رفيع). */
const ROLE_ADJECTIVES = new Set(['كبير', 'رفيع', 'بارز', 'سابق', 'جديد', 'اخر', 'مطلع', 'امين', 'سامي']);

/** How far a name run goes from `n` (exclusive end index into `words`). */
function nameRun(v: TextView, words: readonly number[], n: number, res: NameResources): number {
  let end = n + 1;
  while (end < words.length && end - n < 6) {
    const t = v.toks[words[end] as number] as Tok;
    if (t.kind !== 'word' || isTitle(t) || isRole(t) || isOrgHead(t) || t.key.length < 2 || isPhraseBreak(t))
      break;
    if (isProclitic(t)) break;
    const link = NAME_LINKS.has(t.key);
    const nisba = t.stem.startsWith('ال') && !link && !t.maqsura;
    const lastWord = end + 1 >= words.length;
    // A family name with the article (العبدالله، الهزاع) ends the name; others are adjectives.
    const family = lastWord && res.personNames.has(noAl(t.key));
    if (nisba && !res.personNames.has(t.key) && !/ي$/u.test(t.key) && !family) break;
    // An unknown word goes on a name only as its last part (فولفجانج هير، not بلاتر وضع سقف).
    if (!(link || nisba || nameLike(t, res) || t.script === 'latin') && !lastWord) break;
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
  let afterTitle = false;
  for (let n = 0; n < words.length; n++) {
    const t = v.toks[words[n] as number] as Tok;
    if (isTitle(t)) {
      afterTitle = true;
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
    if (title && t.kind === 'word' && !t.det && !isRole(t) && !isOrgHead(t) && !isPhraseBreak(t)) {
      starts.push(n);
      titledStarts.push(n);
      continue;
    }
    const next = v.toks[words[n + 1] ?? -1];
    if (KUNYA.has(t.key) && next && next.kind === 'word') {
      starts.push(n);
      continue;
    }
    if (!nameLike(t, res) || (n === 0 && isOrgHead(head)) || (n > 0 && t.det)) continue;
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
  const actor = actorAt(v, a, b, res);
  if (actor && actor.actor.type === 'ORG' && (isOrgHead(head) || actor.next === b || nameStart < 0)) {
    return { ...base, kind: 'org', name: base.span, actor: actor.actor };
  }
  if (isOrgHead(head) && !isRole(head)) return { ...base, kind: 'org', name: base.span };
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
