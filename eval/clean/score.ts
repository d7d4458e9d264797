import { agencyOf } from '../../src/clean/meta-lexicon.js';
import type { Meta } from '../../src/doc/index.js';
import { matchKey } from '../../src/text/normalize.js';

/** Gold for one page: what must stay in the body, what must go, and the metadata to recover. */
export interface PageGold {
  readonly name: string;
  readonly title: string | null;
  readonly meta: Pick<Meta, 'author' | 'outlet' | 'agency' | 'category' | 'published'>;
  readonly keep: readonly string[];
  readonly drop: readonly string[];
}

export interface PageOutcome {
  readonly title: string | null;
  readonly text: string;
  readonly meta: Meta;
}

export const META_FIELDS = ['author', 'outlet', 'agency', 'category', 'published'] as const;
type MetaField = (typeof META_FIELDS)[number];

export interface PageScore {
  readonly name: string;
  readonly keepChars: number;
  readonly keptChars: number;
  readonly dropChars: number;
  readonly leakedChars: number;
  readonly lost: readonly string[];
  readonly leaked: readonly string[];
  readonly titleOk: boolean;
  readonly metaOk: Readonly<Record<MetaField, boolean>>;
  readonly gotMeta: Readonly<Record<MetaField | 'title', string | null>>;
}

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

function sameValue(field: MetaField, want: string | null, got: string | null): boolean {
  if (want === null || got === null) return want === got;
  if (field === 'published') return want === got;
  if (field === 'agency') {
    const w = agencyOf(matchKey(want)) ?? matchKey(want);
    const g = agencyOf(matchKey(got)) ?? matchKey(got);
    return w === g;
  }
  return (
    matchKey(want)
      .replace(/[\p{P}\p{S}]/gu, '')
      .trim() ===
    matchKey(got)
      .replace(/[\p{P}\p{S}]/gu, '')
      .trim()
  );
}

/** Scores one cleaned page against its gold (character-weighted keep/drop, exact metadata). */
export function scorePage(gold: PageGold, out: PageOutcome): PageScore {
  const text = squash(out.text);
  let keepChars = 0;
  let keptChars = 0;
  let dropChars = 0;
  let leakedChars = 0;
  const lost: string[] = [];
  const leaked: string[] = [];
  for (const k of gold.keep) {
    const s = squash(k);
    keepChars += s.length;
    if (text.includes(s)) keptChars += s.length;
    else lost.push(s);
  }
  for (const d of gold.drop) {
    const s = squash(d);
    if (s.length === 0) continue;
    dropChars += s.length;
    if (text.includes(s)) {
      leakedChars += s.length;
      leaked.push(s);
    }
  }
  const titleOk =
    gold.title === null
      ? out.title === null
      : out.title !== null && matchKey(gold.title) === matchKey(out.title);
  const metaOk = Object.fromEntries(
    META_FIELDS.map((f) => [f, sameValue(f, gold.meta[f] ?? null, out.meta[f] ?? null)]),
  ) as Record<MetaField, boolean>;
  const gotMeta = {
    title: out.title,
    ...Object.fromEntries(META_FIELDS.map((f) => [f, out.meta[f] ?? null])),
  } as Record<MetaField | 'title', string | null>;
  return {
    name: gold.name,
    keepChars,
    keptChars,
    dropChars,
    leakedChars,
    lost,
    leaked,
    titleOk,
    metaOk,
    gotMeta,
  };
}

export interface SetScore {
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of drop-snippet characters removed. */
  readonly chromeRemoved: number;
  readonly titleAccuracy: number;
  readonly metaAccuracy: number;
  /** Pages with every keep kept, every drop dropped and the title right. */
  readonly perfectPages: number;
  readonly perField: Readonly<Record<MetaField, number>>;
}

/** Aggregates page scores: precision = body chars kept / (body + chrome chars left in text). */
export function scoreSet(scores: readonly PageScore[]): SetScore {
  const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const kept = sum((s) => s.keptChars);
  const keep = sum((s) => s.keepChars);
  const leaked = sum((s) => s.leakedChars);
  const drop = sum((s) => s.dropChars);
  const precision = kept + leaked === 0 ? 0 : kept / (kept + leaked);
  const recall = keep === 0 ? 0 : kept / keep;
  const n = Math.max(scores.length, 1);
  const perField = Object.fromEntries(
    META_FIELDS.map((f) => [f, scores.filter((s) => s.metaOk[f]).length / n]),
  ) as Record<MetaField, number>;
  return {
    pages: scores.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    chromeRemoved: drop === 0 ? 1 : 1 - leaked / drop,
    titleAccuracy: scores.filter((s) => s.titleOk).length / n,
    metaAccuracy: sum((s) => META_FIELDS.filter((f) => s.metaOk[f]).length) / (n * META_FIELDS.length),
    perfectPages: scores.filter((s) => s.lost.length === 0 && s.leaked.length === 0 && s.titleOk).length / n,
    perField,
  };
}
