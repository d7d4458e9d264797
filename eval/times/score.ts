/**
 * Scores the `times` stage against the gold in `eval/times/gold/` (format in `../GUIDELINES.md`):
 * each gold article's `content` from the shared news corpus becomes a Doc (no cleaning,
 * `meta.published` = the gold anchor), runs tokens → sentences → times, and is compared with the
 * gold expressions:
 * - strict extent P/R/F1: exact `[start, end)` offsets;
 * - overlap extent P/R/F1: one-to-one matching of overlapping spans (largest overlap first);
 * - type and value accuracy: over gold expressions matched by overlap (values compared exactly).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Doc, type TimeSpan } from '../../src/doc/index.js';
import { buildPipeline } from '../../src/pipeline/index.js';
import { sentences } from '../../src/stages/sentences/index.js';
import { times } from '../../src/stages/times/index.js';
import { tokens } from '../../src/stages/tokens/index.js';

/** One gold expression. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly type: TimeSpan['type'];
  readonly value: string | null;
  readonly calendar: TimeSpan['calendar'];
  readonly sha?: string;
}

/** One gold article. */
export interface GoldArticle {
  readonly url: string;
  readonly contentSha: string;
  readonly anchor: string;
  readonly timexes: readonly GoldTimex[];
}

/** A predicted expression (a span of the `times` layer). */
export type PredictedTimex = Pick<TimeSpan, 'start' | 'end' | 'type' | 'value' | 'calendar'>;

/** Counts accumulated over articles. */
export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  overlapGold: number;
  overlapPredicted: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** Aggregate scores (the metric names of `floors.json`). */
export interface Scores {
  articles: number;
  strictPrecision: number;
  strictRecall: number;
  strictF1: number;
  overlapPrecision: number;
  overlapRecall: number;
  overlapF1: number;
  typeAccuracy: number;
  valueAccuracy: number;
}

/** One gold expression paired with its overlapping prediction, or null. */
export interface Pairing {
  readonly gold: GoldTimex;
  readonly predicted: PredictedTimex | null;
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    predicted: 0,
    strict: 0,
    overlapGold: 0,
    overlapPredicted: 0,
    typeCorrect: 0,
    valueCorrect: 0,
  };
}

function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Compares one article's predictions with its gold, adding to `counts`; returns the gold
 * expressions with their overlap partners and the predictions left unmatched.
 */
export function compareArticle(
  gold: readonly GoldTimex[],
  predicted: readonly PredictedTimex[],
  counts: Counts,
): { pairs: Pairing[]; spurious: PredictedTimex[] } {
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  const exact = new Set(predicted.map((p) => `${p.start}:${p.end}`));
  for (const g of gold) if (exact.has(`${g.start}:${g.end}`)) counts.strict++;
  // One-to-one overlap matching, largest overlap first (ties: earlier gold, then earlier prediction).
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const o = overlapLength(g, p);
      if (o > 0) candidates.push([o, gi, pi]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const [, gi, pi] of candidates) {
    if (goldTaken.has(gi) || predTaken.has(pi)) continue;
    goldTaken.set(gi, pi);
    predTaken.add(pi);
  }
  counts.overlapGold += goldTaken.size;
  counts.overlapPredicted += predTaken.size;
  const pairs = gold.map((g, gi) => {
    const pi = goldTaken.get(gi);
    const p = pi === undefined ? null : (predicted[pi] as PredictedTimex);
    if (p) {
      if (p.type === g.type) counts.typeCorrect++;
      if (p.value === g.value) counts.valueCorrect++;
    }
    return { gold: g, predicted: p };
  });
  const spurious = predicted.filter((_, pi) => !predTaken.has(pi));
  return { pairs, spurious };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Scores from counts. */
export function scoresOf(counts: Counts, articles: number): Scores {
  const sp = ratio(counts.strict, counts.predicted);
  const sr = ratio(counts.strict, counts.gold);
  const op = ratio(counts.overlapPredicted, counts.predicted);
  const or = ratio(counts.overlapGold, counts.gold);
  return {
    articles,
    strictPrecision: sp,
    strictRecall: sr,
    strictF1: f1(sp, sr),
    overlapPrecision: op,
    overlapRecall: or,
    overlapF1: f1(op, or),
    typeAccuracy: ratio(counts.typeCorrect, counts.overlapGold),
    valueAccuracy: ratio(counts.valueCorrect, counts.overlapGold),
  };
}

/** Reads a gold file (one article per line). */
export function readGold(file: string): GoldArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldArticle);
}

/** sha256 hex of a string, first `n` characters. */
export function shortSha(s: string, n: number): string {
  return createHash('sha256').update(s, 'utf8').digest('hex').slice(0, n);
}

/** Reads the `content` of the given URLs from the gzipped news corpus. */
export async function readContents(corpus: string, urls: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const lines = createInterface({
    input: createReadStream(corpus).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (out.size === urls.size) break;
    const row = JSON.parse(line) as { url: string; content: string };
    if (urls.has(row.url) && !out.has(row.url)) out.set(row.url, row.content);
  }
  return out;
}

const pipeline = buildPipeline([tokens(), sentences(), times()]);

/** Runs the stage on one article content with its anchor. */
export function predict(content: string, anchor: string): PredictedTimex[] {
  const doc = pipeline.run(
    Doc.create({
      source: { path: null, url: null, encoding: 'utf-8', format: 'json' },
      title: null,
      text: content,
      meta: { published: anchor },
    }),
  );
  return doc
    .spans<TimeSpan>('times')
    .map(({ start, end, type, value, calendar }) => ({ start, end, type, value, calendar }));
}

/** Per-article detail for `--verbose` (dev only). */
export interface ArticleReport {
  readonly url: string;
  readonly content: string;
  readonly pairs: Pairing[];
  readonly spurious: PredictedTimex[];
}

/** Scores a gold file against the corpus; `detail` collects per-article reports (dev only). */
export async function scoreGold(
  goldFile: string,
  corpus: string,
  detail?: ArticleReport[],
): Promise<{ scores: Scores; counts: Counts; missing: number }> {
  const gold = readGold(goldFile);
  const contents = await readContents(corpus, new Set(gold.map((g) => g.url)));
  const counts = emptyCounts();
  let missing = 0;
  let articles = 0;
  for (const g of gold) {
    const content = contents.get(g.url);
    if (content === undefined || shortSha(content, 16) !== g.contentSha) {
      missing++;
      continue;
    }
    articles++;
    const { pairs, spurious } = compareArticle(g.timexes, predict(content, g.anchor), counts);
    detail?.push({ url: g.url, content, pairs, spurious });
  }
  return { scores: scoresOf(counts, articles), counts, missing };
}

/** The corpus file and gold files, or null when the shared data or gold is absent. */
export function evalPaths(
  shared: string | null,
  goldDir: string,
): { corpus: string; dev: string; test: string } | null {
  if (!shared) return null;
  const corpus = join(shared, 'data', 'news', 'saudinewsnet-dev.jsonl.gz');
  const dev = join(goldDir, 'dev.jsonl');
  const test = join(goldDir, 'test.jsonl');
  return existsSync(corpus) ? { corpus, dev, test } : null;
}
