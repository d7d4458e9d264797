/**
 * Canonical entities: every mention of one actor gets one key (`entity`), a display name (`name`)
 * and a romanised name (`latin`).
 *
 * Key units. A mention is reduced to folded match keys, one per name part:
 * - the first token loses its proclitics (`segment.ts`): للبغدادي → البغدادي, وبالموصل →
 *   الموصل; later tokens of a name carry none;
 * - kunya and ابن forms, joined kunya/عبد names and borrowed-word spellings fold (`fold.ts`):
 *   أبي بكر / أبا بكر / أبوبكر → ابو بكر, الديموقراطية → الديمقراطية.
 *
 * Keys. Units naming a known entity (curated actor or gazetteer place, any alias: قسد, داعش,
 * تنظيم الدولة) give that entity's id (`org:sdf`, `loc:iq-mosul`) and its type. Otherwise the key
 * is `<type>:<units joined by ->`, e.g. `per:ابو-بكر-البغدادي`: readable, stable across documents
 * and independent of romanisation. Within a document, a person mention whose units end a longer
 * person name of the same document (البغدادي after أبو بكر البغدادي; نصر الله after حسن نصر الله)
 * takes that person's key, name and romanisation — the nearest earlier one, else the nearest later.
 */

import type { EntityRegistry } from './registry.js';
import type { Romanizer } from './romanize.js';
import { type CountOf, segment } from './segment.js';
import type { TagToken } from './tagger/features.js';
import type { EntityType } from './train/conll.js';
import { keyUnits } from './units.js';

/** A mention found in the text: its tokens and tagged type. */
export interface Mention {
  readonly tokens: readonly TagToken[];
  readonly type: EntityType;
}

/** The canonical attributes of a mention. */
export interface CanonicalEntity {
  readonly type: EntityType;
  readonly entity: string;
  readonly name: string;
  readonly latin: string | null;
}

const HIDDEN = /[\p{M}\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]/gu;
const KUNYA_DISPLAY = /^[أإآا]ب[ويىا]$/u;
const JOINED_DISPLAY = /^([أإآا]ب[ويىا]|عبد)(\S{3,})$/u;

/** Display form of one name token: no diacritics or tatweel, kunya as أبو, joined names spaced. */
function displayToken(raw: string, joinedSplit: boolean): string {
  const t = raw.normalize('NFKC').replace(HIDDEN, '');
  if (KUNYA_DISPLAY.test(t)) return 'أبو';
  if (joinedSplit) {
    const m = JOINED_DISPLAY.exec(t);
    if (m) return `${KUNYA_DISPLAY.test(m[1] as string) ? 'أبو' : m[1]} ${m[2]}`;
  }
  return t;
}

/** Units and display name of a mention, clitics removed from its first word. */
export function describeMention(m: Mention, countOf: CountOf): { units: string[]; display: string } {
  const units: string[] = [];
  const parts: string[] = [];
  m.tokens.forEach((t, i) => {
    if (t.kind !== 'word' && t.kind !== 'number') return;
    let raw = t.text;
    let form = t.key;
    if (i === 0 && t.script === 'arabic' && t.kind === 'word') {
      const seg = segment(t.text, countOf, t.clitics);
      form = seg.form;
      const stem = t.text.slice(seg.analysis.stemOffset);
      raw = seg.analysis.det && seg.analysis.stemOffset > 0 ? `ال${stem}` : stem;
    }
    const u = keyUnits(form);
    units.push(...u);
    parts.push(displayToken(raw, u.length > 1));
  });
  return { units, display: parts.join(' ') };
}

/** The key of an entity known only from text: `<type>:<units joined by ->`. */
export function textKey(type: EntityType, units: readonly string[]): string {
  return `${type.toLowerCase()}:${units.join('-')}`;
}

/** Whether `short` are the last units of `long`, comparing without the article. */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  const bare = (u: string): string => (u.startsWith('ال') && u.length > 3 ? u.slice(2) : u);
  if (short.length === 1 && (short[0] === 'ابو' || short[0] === 'بن')) return false;
  const off = long.length - short.length;
  return short.every((u, i) => bare(u) === bare(long[off + i] as string));
}

/** Resolves the mentions of one document, in text order. */
export function canonicalize(
  mentions: readonly Mention[],
  registry: EntityRegistry,
  countOf: CountOf,
  romanizer: Romanizer,
): CanonicalEntity[] {
  const described = mentions.map((m) => describeMention(m, countOf));
  const out: (CanonicalEntity | null)[] = mentions.map((m, i) => {
    const d = described[i] as { units: string[]; display: string };
    const known = d.units.length > 0 ? registry.resolve(d.units, m.type) : null;
    if (!known) return null;
    return { type: known.type, entity: known.key, name: known.name, latin: known.latin };
  });
  // Surnames: a person mention ending a longer person name of the document shares its key.
  mentions.forEach((m, i) => {
    if (out[i] || m.type !== 'PER') return;
    const units = (described[i] as { units: string[] }).units;
    let before = -1;
    let after = -1;
    for (let j = 0; j < mentions.length; j++) {
      if (j === i || (mentions[j] as Mention).type !== 'PER' || out[j]) continue;
      if (!endsWith((described[j] as { units: string[] }).units, units)) continue;
      if (j < i) before = j;
      else if (after < 0) after = j;
    }
    const best = before >= 0 ? before : after;
    if (best >= 0) out[i] = { type: 'PER', entity: `#${best}`, name: '', latin: null };
  });
  // Keys of unknown entities; the first mention of a key fixes its display and romanised names.
  const byKey = new Map<string, CanonicalEntity>();
  const unknown = (i: number): CanonicalEntity => {
    const m = mentions[i] as Mention;
    const d = described[i] as { units: string[]; display: string };
    const units = d.units.length > 0 ? d.units : [m.tokens.map((t) => t.key).join('')];
    const entity = textKey(m.type, units);
    let e = byKey.get(entity);
    if (!e) {
      e = { type: m.type, entity, name: d.display, latin: romanizer.name(units) || null };
      byKey.set(entity, e);
    }
    return e;
  };
  return mentions.map((_, i) => {
    const o = out[i];
    if (o && !o.entity.startsWith('#')) return o;
    if (o) return unknown(Number(o.entity.slice(1)));
    return unknown(i);
  });
}
