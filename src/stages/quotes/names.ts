/**
 * Names of resolved actors: the comparison units of a name (match keys, kunya folded), its display
 * form, the entity key the entities layer gives a mention, and a readable fallback key.
 */
import type { EntitySpan, Span } from '../../doc/index.js';
import { foldToken } from '../../entities/fold.js';
import { TITLES } from '../../lexicon/speaker-words.js';
import { matchKey } from '../../text/normalize.js';
import type { TextView } from './view.js';
import { noAl } from './words.js';

/** Kinds of resolved actor. */
export type ActorKind = 'person' | 'org' | 'role' | 'source' | 'other';

/** A resolved speaker or issuer. */
export interface Actor {
  readonly name: string;
  readonly entity: string | null;
  readonly kind: ActorKind;
  readonly feminine: boolean;
  /** The mention the name rests on. */
  readonly mention: Span;
}

/** Whether two actors are the same: the same name or the same entity key. */
export function sameActor(a: Actor, b: Actor): boolean {
  return a.name === b.name || (a.entity !== null && a.entity === b.entity);
}

/** Role heads whose phrases are read wherever they stand, to learn who holds a role. */
export const ROLE_SCAN = new Set([
  'زعيم',
  'قائد',
  'امير',
  'متحدث',
  'ناطق',
  'مؤسس',
  'وزير',
  'رئيس',
  'مدير',
  'مسؤول',
  'نائب',
  'مساعد',
  'امين',
  'وكيل',
  'سفير',
  'مبعوث',
  'مفتي',
  'محافظ',
  'ملحق',
  'منسق',
  'مفوض',
  'مشرف',
]);

/** Words of a person name key (kunya folded: أبي/أبا → ابو). */
export function nameUnits(name: string): string[] {
  return matchKey(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((u) => u !== '')
    .map((u) => foldToken(u));
}

export function roleUnits(text: string): string[] {
  return nameUnits(text).map((u) => noAl(u));
}

/** Honorifics before a role (match keys): سمو رئيس الوزراء، معالي محافظ المؤسسة. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'سمو',
  'معالي',
  'فخامه',
  'جلاله',
  'سعاده',
  'سماحه',
  'فضيله',
  'دوله',
]);

/** Kunya in the nominative and no leading clitic: the display form of a person's name. */
export function personDisplay(name: string): string {
  // د.حسن المومني، م.سامي: an abbreviated title written onto the name.
  const words = name.replace(/^[دم]\.\s*(?=\S)/u, '').split(' ');
  // Titles and honorifics are no part of the name (اللواء منصور التركي → منصور التركي، د. سامي).
  while (words.length > 1 && TITLES.has(matchKey(words[0] as string).replace(/\.$/u, ''))) words.shift();
  return (
    words
      // أبي/أبا → أبو (not آبي, a name of its own).
      .map((w) => (/^[أإا]ب[يا]$/u.test(w) ? 'أبو' : w))
      .join(' ')
      .replace(/^(أبو|ابو)(?=[^\s])/u, 'أبو ')
  );
}

export function containsRun(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((u, k) => long[i + k] === u)) return true;
  return false;
}

/** The entity key and type the entities layer gives a mention, if any. */
export function entityAt(v: TextView, span: Span): EntitySpan | null {
  if (!v.entities) return null;
  // The first entity of the phrase: its head names the actor (تنظيم جبهة النصرة ذراع تنظيم القاعدة).
  let best: EntitySpan | null = null;
  for (const e of v.entities) {
    const o = Math.min(e.end, span.end) - Math.max(e.start, span.start);
    if (o > 0 && (e.type === 'PER' || e.type === 'ORG') && (!best || e.start < best.start)) best = e;
  }
  return best;
}

/** A fallback entity key when no entities layer says: `per:جون-كيري`, `org:وزاره-الصحه`. */
export function fallbackKey(kind: ActorKind, name: string): string {
  const type = kind === 'person' ? 'per' : kind === 'org' ? 'org' : 'misc';
  return `${type}:${nameUnits(name).join('-')}`;
}
