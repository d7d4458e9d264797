/**
 * The fields of a statement read around its mentions: channel (normalised across spellings),
 * title (حمل عنوان "…"), release date and duration from the times layer, attribution from the
 * hedges, and whether the release is the article's own news or an earlier one in passing.
 */
import type { Span, TimeSpan } from '../../doc/index.js';
import { CHANNEL_PHRASES, OUTLET_HEADS, WEBSITE_QUALIFIERS, WEBSITE_WORDS } from '../../lexicon/channels.js';
import { ATTRIBUTION_ORDER, type Attribution, HEDGES } from '../../lexicon/hedges.js';
import { RELEASE_VERBS } from '../../lexicon/media.js';
import type { MarkPair } from '../quotes/marks.js';
import { noAl, readPhrase } from '../quotes/phrases.js';
import type { NameResources } from '../quotes/resources.js';
import type { SpeakerResolver } from '../quotes/speakers.js';
import { type TextView, type Tok, tokenAt, tokenAtOrAfter } from '../quotes/view.js';
import type { ArtifactMention } from './artifacts.js';
import type { Release } from './releases.js';

/** Days before the publication date after which a dated release is an earlier one. */
const CURRENT_DAYS = 7;
/** How far after a mention a release date may stand, in tokens (بثت اليوم، أصدره أمس). */
const DATE_AFTER = 10;
/** How far before a mention its release date may stand in the sentence, in tokens. */
const DATE_BEFORE = 14;

/** Sentence indices of a release's mentions, in order, without repeats. */
export function sentencesOf(r: Release): number[] {
  return [...new Set(r.mentions.map((m) => m.sent))];
}

/** The channel a release came out on: a platform, the issuer's website, or an outlet publishing it. */
export function channelOf(
  v: TextView,
  r: Release,
  resolver: SpeakerResolver,
  res: NameResources,
): string | null {
  if (r.mentions.some((m) => /^تغريد/u.test(m.noun.stem))) return 'Twitter';
  let website = false;
  let outlet: string | null = null;
  for (const m of r.mentions) {
    const s = v.sentences[m.sent];
    if (!s) continue;
    for (const i of nearMention(v, m, s)) {
      const t = v.toks[i] as Tok;
      for (const p of CHANNEL_PHRASES) {
        if (p.keys.every((k, n) => i + n < s.last && keyMatches(v.toks[i + n] as Tok, n, k)))
          return p.channel;
      }
      if (WEBSITE_WORDS.has(noAl(t.stem)) || WEBSITE_WORDS.has(t.stem)) {
        for (let j = i + 1; j < Math.min(s.last, i + 6); j++)
          if (WEBSITE_QUALIFIERS.has((v.toks[j] as Tok).stem)) website = true;
        // نشر على موقعه، عبر موقعها: the issuer's own site, with no qualifier needed.
        const before = v.toks[i - 1] as Tok | undefined;
        if (/^موقع(ه|ها|هم)$/u.test(t.stem) && before && /^(علي|عبر)$/u.test(before.key)) website = true;
        // نشر على موقع وزارة الإعلام: a body's own site (not a newspaper's).
        if (t.stem === 'موقع' && before && /^(علي|عبر)$/u.test(before.key)) {
          const owner = readPhrase(v, i + 1, s.last, res);
          if (owner?.kind === 'org' && !OUTLET_HEADS.has(owner.head)) website = true;
        }
      }
      // البيان الذي نشرته الوكالة: the outlet publishing it.
      if ((RELEASE_VERBS.has(t.key) || RELEASE_VERBS.has(t.bare)) && !outlet) {
        // (نشره موقع صحيفة ستار تربيون: the newspaper whose site it is.)
        const site = noAl(v.toks[i + 1]?.stem ?? '') === 'موقع' ? i + 2 : i + 1;
        const p = readPhrase(v, site, s.last, res);
        if (p && OUTLET_HEADS.has(p.head)) outlet = resolver.memory.resolve(p).name;
      }
    }
  }
  return website ? 'website' : outlet;
}

/** How far from a mention its channel or date may be named, in tokens. */
const NEAR = 12;
/** Words after which the sentence is about something else (على خلفية ما أثير …). */
const ABOUT_ELSE = new Set(['خلفيه', 'ما', 'بعدما', 'حول', 'بشان', 'اثر', 'عقب', 'منذ']);

/** Token indices around a mention that may tell its channel: back to the clause start, forward a few words. */
function nearMention(v: TextView, m: ArtifactMention, s: { first: number; last: number }): number[] {
  const out: number[] = [];
  for (let k = m.tok - 1; k >= Math.max(s.first, m.tok - NEAR); k--) {
    if (ABOUT_ELSE.has((v.toks[k] as Tok).key)) break;
    out.push(k);
  }
  for (let k = m.tok; k < Math.min(s.last, m.last + NEAR); k++) {
    if (ABOUT_ELSE.has((v.toks[k] as Tok).key) && k >= m.last) break;
    out.push(k);
  }
  return out.sort((a, b) => a - b);
}

function keyMatches(t: Tok, n: number, k: string): boolean {
  return n === 0 ? t.stem === k || noAl(t.stem) === k : t.key === k;
}

/** The release's own title (حمل عنوان "…"، بعنوان «…»). */
export function titleOf(v: TextView, r: Release, marks: readonly MarkPair[]): Span | null {
  for (const si of sentencesOf(r)) {
    const s = v.sentences[si];
    if (!s) continue;
    for (let i = s.first; i < s.last; i++) {
      const t = v.toks[i] as Tok;
      if (!/^(عنوان|بعنوان|العنوان|عنوانه|عنوانها|وبعنوان)$/u.test(t.key)) continue;
      const pair = marks.find((p) => p.open >= t.end && tokenAtOrAfter(v, p.open) - i <= 2);
      if (pair) return pair.content;
    }
  }
  return null;
}

/** The time expressions around each mention, nearest first within each mention, that may date the release. */
function dateCandidates(
  v: TextView,
  r: Release,
  quoteSpans: readonly Span[],
  type: TimeSpan['type'][],
): TimeSpan[] {
  const out: TimeSpan[] = [];
  // A time inside a quotation dates what the speaker says, unless the release is named there too.
  const inQuote = (t: Span, m: ArtifactMention) =>
    quoteSpans.some(
      (q) => q.start <= t.start && t.end <= q.end && !(q.start <= m.span.start && m.span.end <= q.end),
    );
  // "قوى 14 آذار" is a name, not a date.
  const inName = (t: Span) =>
    v.entities?.some((e) => e.type !== 'MISC' && e.start <= t.start && t.end <= e.end) ?? false;
  for (const m of r.mentions) {
    const s = v.sentences[m.sent];
    if (!s) continue;
    const near: { t: TimeSpan; dist: number }[] = [];
    for (const t of v.times) {
      if (t.start < s.start || t.end > s.end || !type.includes(t.type) || inQuote(t, m) || inName(t))
        continue;
      if (t.value === null) continue;
      const k = tokenAt(v, t.start);
      const before = v.toks.slice(Math.max(s.first, k - 3), k);
      if (before.some((x) => x.key === 'منذ' || x.key === 'خلال')) continue;
      // نشر صباح الثلاثاء: a time right after a release verb dates the release.
      const released = before.slice(-2).some((x) => RELEASE_VERBS.has(x.key) || RELEASE_VERBS.has(x.bare));
      const dist = released ? -1 : k >= m.last ? k - m.last : m.tok - k;
      const between = k >= m.last ? v.toks.slice(m.last, k) : v.toks.slice(k, m.tok);
      if (between.some((x) => ABOUT_ELSE.has(x.key))) continue;
      if (k >= m.last) {
        if (dist > DATE_AFTER) continue;
        if (between.some((x) => /^(فيه|فيها)$/u.test(x.key))) continue;
      } else if (dist > DATE_BEFORE) continue;
      near.push({ t, dist });
    }
    near.sort((a, b) => a.dist - b.dist);
    out.push(...near.map((n) => n.t));
  }
  return out;
}

/** The release date: the first time expression of the release clause. */
export function dateOf(v: TextView, r: Release, quoteSpans: readonly Span[]): TimeSpan | null {
  return dateCandidates(v, r, quoteSpans, ['DATE', 'TIME'])[0] ?? null;
}

/** The release's length (مدته عشر دقائق، من 33 دقيقة). */
export function durationOf(v: TextView, r: Release, quoteSpans: readonly Span[]): TimeSpan | null {
  for (const t of dateCandidates(v, r, quoteSpans, ['DURATION'])) {
    const k = tokenAt(v, t.start);
    const before = v.toks.slice(Math.max(0, k - 3), k).map((x) => x.bare);
    if (before.some((x) => /^(مدته|مدتها|مده|طوله|طولها|من)$/u.test(x))) return t;
  }
  return null;
}

/** The strongest hedge starting at token `i` (before `end`) and its length in tokens. */
function matchHedge(
  v: TextView,
  i: number,
  end: number,
): { attribution: Attribution; length: number } | null {
  let best: { attribution: Attribution; length: number } | null = null;
  for (const h of HEDGES) {
    let j = i;
    let ok = true;
    for (const alts of h.tokens) {
      const t = v.toks[j] as Tok | undefined;
      if (!t || j >= end) {
        ok = false;
        break;
      }
      const hit =
        alts.size === 0 ||
        alts.has(t.key) ||
        alts.has(t.bare) ||
        [...alts].some((a) => a.length === 1 && t.key.startsWith(a) && t.stemStart > t.start);
      if (!hit) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    if (!best || ATTRIBUTION_ORDER.indexOf(h.attribution) < ATTRIBUTION_ORDER.indexOf(best.attribution))
      best = { attribution: h.attribution, length: h.tokens.length };
  }
  return best;
}

/** A hedge phrase found in the text. */
export interface HedgeHit extends Span {
  readonly attribution: Attribution;
}

/** Where the hedges of a document went: per release, and those in sentences naming no release. */
export interface HedgeFindings {
  /** Hedges given to each release, in release order. */
  readonly perRelease: HedgeHit[][];
  /** Hedges (other than claims) in sentences that name no release, when the article has releases. */
  readonly unplaced: HedgeHit[];
}

/**
 * Finds the hedges of a document's releases: a hedge in a sentence mentioning releases goes to the
 * nearest mention; hedges elsewhere are reported as unplaced (claims aside: قال إنه is too common).
 */
export function hedgesOf(v: TextView, releases: readonly Release[]): HedgeFindings {
  const perRelease: HedgeHit[][] = releases.map(() => []);
  const unplaced: HedgeHit[] = [];
  if (releases.length === 0) return { perRelease, unplaced };
  const bySentence = new Map<number, { m: ArtifactMention; ri: number }[]>();
  releases.forEach((r, ri) => {
    for (const m of r.mentions) bySentence.set(m.sent, [...(bySentence.get(m.sent) ?? []), { m, ri }]);
  });
  v.sentences.forEach((s, si) => {
    const mentions = bySentence.get(si) ?? [];
    for (let i = s.first; i < s.last; i++) {
      const h = matchHedge(v, i, s.last);
      if (!h) continue;
      const last = v.toks[i + h.length - 1] as Tok;
      const hit: HedgeHit = { attribution: h.attribution, start: (v.toks[i] as Tok).start, end: last.end };
      let near: { m: ArtifactMention; ri: number } | null = null;
      for (const c of mentions) if (!near || Math.abs(c.m.tok - i) < Math.abs(near.m.tok - i)) near = c;
      if (near) perRelease[near.ri]?.push(hit);
      else if (h.attribution !== 'claimed') unplaced.push(hit);
    }
  });
  return { perRelease, unplaced };
}

/** Attribution from a release's hedges: the strongest one (`asserted` without any). */
export function attributionOf(hedges: readonly HedgeHit[]): Attribution {
  let best: Attribution = 'asserted';
  for (const h of hedges)
    if (ATTRIBUTION_ORDER.indexOf(h.attribution) < ATTRIBUTION_ORDER.indexOf(best)) best = h.attribution;
  return best;
}

/** Whether a release's hedges disagree (vouched for and doubted, or confirmed and denied). */
export function hedgesConflict(hedges: readonly HedgeHit[]): boolean {
  const kinds = new Set(hedges.map((h) => h.attribution));
  return kinds.has('confirmed') && (kinds.has('denied') || kinds.has('unverified') || kinds.has('claimed'));
}

/** Last day (as a day number) of a TIMEX3 date value, or null when it is not a plain date. */
function lastDay(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / 864e5;
  if (m[2]) return Date.UTC(y, Number(m[2]), 0) / 864e5;
  return Date.UTC(y, 11, 31) / 864e5;
}

/** Whether the release is the article's own news (false: an earlier release in passing). */
export function isCurrent(v: TextView, r: Release, date: TimeSpan | null): boolean {
  if (r.background) return false;
  if (date) {
    const text = v.text.slice(date.start, date.end);
    if (/الماضي|الفائت|المنصرم/u.test(text.replace(/[\u064B-\u065F\u0640]/gu, '').replace(/ة/gu, 'ه')))
      return false;
    if (date.value && v.anchor) {
      const d = lastDay(date.value);
      const a = lastDay(v.anchor);
      if (d !== null && a !== null && a - d > CURRENT_DAYS) return false;
    }
  }
  return true;
}

/** Place names in the sentences that report a release's content (each once, first mention). */
export function placesOf(v: TextView, sentences: readonly number[], res: NameResources): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string, key: string) => {
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  };
  for (const si of [...sentences].sort((a, b) => a - b)) {
    const s = v.sentences[si];
    if (!s) continue;
    if (v.entities) {
      for (const e of v.entities)
        if (e.type === 'LOC' && e.start >= s.start && e.end <= s.end)
          add(e.name || v.text.slice(e.start, e.end), e.entity);
      continue;
    }
    for (let i = s.first; i < s.last; i++) {
      let key = '';
      let hit = -1;
      for (let j = i; j < Math.min(s.last, i + res.maxPlaceTokens); j++) {
        const t = v.toks[j] as Tok;
        if (t.kind !== 'word') break;
        key = j === i ? t.stem : `${key} ${t.key}`;
        if (res.places.has(key) && !(j === i && /ي(ه|ين|ون)?$/u.test(t.stem) && t.det)) hit = j;
      }
      if (hit >= 0) {
        const first = v.toks[i] as Tok;
        const name = v.text.slice(first.wordStart, (v.toks[hit] as Tok).end);
        add(
          name,
          key
            .split(' ')
            .slice(0, hit - i + 1)
            .join(' '),
        );
        i = hit;
      }
    }
  }
  return out;
}
