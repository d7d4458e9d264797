/**
 * Links quotations to the releases they render: a quote whose frame holds a mention of the release
 * (قال في البيان، وأضاف في تسجيله، وقال البيان، بيانا أعرب فيه), or whose speaker is the release's
 * voice or issuer (the release being the article's news, or an earlier one mentioned right there).
 * Remarks made to the press (في تصريح، لوكالة) are not the release's. A quote rendering a release
 * belongs to its voice when the article names one (دعا التنظيم عبر تسجيل صوتي … → the spokesman).
 */
import type { Actor } from '../quotes/actors.js';
import { nameUnits } from '../quotes/actors.js';
import type { RawQuote } from '../quotes/find-quotes.js';
import type { SpeakerHow } from '../quotes/frames.js';
import { noAl } from '../quotes/phrases.js';
import { type TextView, type Tok, tokenAt } from '../quotes/view.js';
import { FRAME_BEFORE } from './artifacts.js';
import type { Release } from './releases.js';

const PRESS = new Set(['تصريح', 'تصريحات', 'حديث', 'مقابله', 'مؤتمر', 'لقاء', 'حوار', 'اتصال']);
const PRESS_ADDRESSEES = new Set(['وكاله', 'صحيفه', 'قناه', 'تلفزيون', 'صحفيين', 'صحافيين', 'اذاعه', 'بي']);

/** Whether two actors are the same: entity key, or one name inside the other (whole words). */
export function sameParty(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b) return false;
  if (a.entity && a.entity === b.entity) return true;
  const x = nameUnits(a.name).map(noAl);
  const y = nameUnits(b.name).map(noAl);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((u, k) => long[i + k] === u)) return true;
  return false;
}

/** Whether a quote's frame is a remark to the press (في تصريح صحفي، لوكالة الأنباء). */
function pressFrame(v: TextView, q: RawQuote): boolean {
  const end = tokenAt(v, q.span.start);
  for (let k = q.frame.first; k < Math.min(end, q.frame.first + 20); k++) {
    const t = v.toks[k] as Tok;
    if (PRESS.has(noAl(t.stem))) return true;
    if (t.key.startsWith('ل') && t.stemStart > t.start && PRESS_ADDRESSEES.has(noAl(t.stem))) return true;
  }
  return false;
}

/** A quote's release: its index (-1: none) and whether a mention in the frame tells it. */
export interface QuoteLink {
  readonly release: number;
  readonly framed: boolean;
}

/** For each quote, the release it renders. */
export function linkQuotes(
  v: TextView,
  quotes: readonly RawQuote[],
  speakers: readonly (Actor | null)[],
  releases: readonly Release[],
): QuoteLink[] {
  return quotes.map((q, i) => {
    const framed = framedBy(
      v,
      q,
      releases,
      q.speaker.how === 'pronoun' ||
        q.speaker.how === 'participle' ||
        q.speaker.how === 'document' ||
        q.speaker.phrase?.kind === 'document',
    );
    if (framed >= 0) return { release: framed, framed: true };
    // دعا تنظيم الدولة، عبر تسجيل صوتي، … كما دعا التنظيم …: the issuer again in the same sentence.
    const loose = framedBy(v, q, releases, true);
    if (loose >= 0 && sameParty(speakers[i] ?? null, (releases[loose] as Release).org))
      return { release: loose, framed: true };
    return { release: pressFrame(v, q) ? -1 : bySpeaker(v, q, speakers[i] ?? null, releases), framed: false };
  });
}

/**
 * The release a mention in the quote's frame names: between the cue and the quote (قال البغدادي في
 * التسجيل), or, for a frame with no subject of its own, earlier in the cue's sentence (بيانا أعرب فيه).
 */
function framedBy(v: TextView, q: RawQuote, releases: readonly Release[], implicit: boolean): number {
  const cue = q.frame.first;
  const sent = (v.toks[cue] as Tok).sent;
  const start = tokenAt(v, q.span.start);
  const from = implicit ? cue - 2 * FRAME_BEFORE : cue;
  let framed = -1;
  releases.forEach((r, ri) => {
    for (const m of r.mentions)
      if (m.sent === sent && m.tok < start && m.tok >= from && m.span.end <= q.span.start) framed = ri;
  });
  return framed;
}

/** The release whose voice or issuer said the quote: the current one, or an earlier one right there. */
function bySpeaker(v: TextView, q: RawQuote, a: Actor | null, releases: readonly Release[]): number {
  if (!a) return -1;
  const sent = (v.toks[q.frame.first] as Tok).sent;
  const qSent = (v.toks[tokenAt(v, q.span.start)] as Tok | undefined)?.sent ?? sent;
  let best = -1;
  releases.forEach((r, ri) => {
    // ذكرت الوكالة أن … / البيان الذي نشرته الوكالة: the outlet's report renders the release.
    if (!(sameParty(a, r.speaker) || sameParty(a, r.org) || sameParty(a, r.outlet ?? null))) return;
    if (r.background) {
      if (r.mentions.some((m) => m.sent === sent || m.sent === qSent || m.sent + 1 === sent)) best = ri;
      return;
    }
    if (best < 0 || (releases[best] as Release).background) best = ri;
  });
  return best;
}

/**
 * The speaker of a quote once linked: the release's voice when the frame named only its issuer
 * (or a document), and the release's author when the frame that names it had no subject of its
 * own (بيانا أعرب فيه …، وقالت في بيان …).
 */
export function reattribute(
  a: Actor | null,
  r: Release | undefined,
  how: SpeakerHow,
  framed: boolean,
): Actor | null {
  if (!r) return a;
  const implicit = framed && (how === 'pronoun' || how === 'participle' || how === 'document');
  // دعا التنظيم عبر تسجيل صوتي …: the group named in a frame that names the release speaks
  // through its voice; a quote merely by the same group elsewhere stays the group's.
  if (r.speaker) return !a || implicit || (framed && sameParty(a, r.org)) ? r.speaker : a;
  return implicit ? (r.org ?? a) : (a ?? r.org);
}
