/**
 * Validates the time-expression gold (`eval/times/gold/{dev,dev2,test,unseen}.jsonl`) against the news
 * corpus: every article is found by URL with the same content hash and anchor, no URL is in two files
 * (or twice in one), every span is in range, hashes to its recorded `sha`, does not overlap another,
 * and carries a type, calendar and value that are well formed (see GUIDELINES.md). Prints counts per
 * file; exits 1 when anything is wrong.
 *
 * Run: `npx tsx eval/times/check-gold.ts` (needs the shared data folder; skips when it is absent).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { ROOT, sharedDir } from '../lib/paths.js';

/** The closed set of TIMEX3 types used by the gold. */
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
/** The calendars an expression can be written in. */
export const CALENDARS = ['gregorian', 'hijri'] as const;

export type TimexType = (typeof TIMEX_TYPES)[number];
export type Calendar = (typeof CALENDARS)[number];

/** One gold time expression: UTF-16 half-open offsets into the article's `content`. */
export interface GoldTimex {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  calendar: Calendar;
  sha: string;
}

/** One gold line: an article of the corpus (by URL) and all its time expressions. */
export interface GoldArticle {
  url: string;
  contentSha: string;
  anchor: string;
  timexes: GoldTimex[];
}

/** The corpus fields the check needs. */
export interface CorpusArticle {
  url: string;
  content: string;
  date_extracted: string;
}

const GOLD_FILES = ['dev.jsonl', 'dev2.jsonl', 'test.jsonl', 'unseen.jsonl'];
const CORPUS = join('data', 'news', 'saudinewsnet-dev.jsonl.gz');

// Value grammar (TIMEX3 as narrowed by GUIDELINES.md).
const YEAR = String.raw`(?:\d{4}|XXXX)`;
const MONTH = '(?:0[1-9]|1[0-2]|XX)';
const DAY = String.raw`(?:0[1-9]|[12]\d|3[01]|XX)`;
const CAL_DATE = `${YEAR}(?:-${MONTH}(?:-${DAY})?)?`;
const WEEK_DATE = String.raw`${YEAR}-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?`;
const PART_DATE = `${YEAR}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)`;
const REF = '(?:PAST_REF|PRESENT_REF|FUTURE_REF)';
const DAY_PART = String.raw`(?:MO|AF|EV|NI|(?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d)?)`;
const FULL_DAY = String.raw`(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|XXXX-XX-XX)`;
const NUM = String.raw`(?:\d+(?:\.\d+)?|X)`;
// A year before the common era (TIMEX3 `BC` prefix), e.g. `BC2050` for `2050 قبل الميلاد`.
const BC_YEAR = String.raw`BC\d{4}`;

const DATE_RE = new RegExp(
  String.raw`^(?:${CAL_DATE}|${WEEK_DATE}|${PART_DATE}|${BC_YEAR}|\d{3}|\d{2}|${REF})$`,
  'u',
);
const TIME_RE = new RegExp(`^${FULL_DAY}T${DAY_PART}$`, 'u');
const DURATION_RE = new RegExp(
  String.raw`^P(?=[\dXT])(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?=[\dX])(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`,
  'u',
);
const SET_RE = new RegExp(
  String.raw`^(?:P(?:\d+|X)[YMWD]|PT(?:\d+|X)[HM]|${WEEK_DATE}|${FULL_DAY}T${DAY_PART})$`,
  'u',
);
const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True when `iso` (YYYY-MM-DD) names a real calendar day. */
function isRealDay(iso: string): boolean {
  const m = ISO_DAY_RE.exec(iso);
  if (!m) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * Whether `value` is well formed for `type`. A Hijri month or year without a day is an interval of
 * Gregorian days `a/b` (a ≤ b), allowed only for Hijri DATEs.
 */
export function isWellFormedValue(type: TimexType, value: string, calendar: Calendar): boolean {
  if (type === 'DATE' && value.includes('/')) {
    const [a, b, ...rest] = value.split('/');
    return calendar === 'hijri' && rest.length === 0 && !!a && !!b && isRealDay(a) && isRealDay(b) && a <= b;
  }
  const ymd = /^(\d{4}-\d{2}-\d{2})(?:T|$)/u.exec(value);
  if (ymd?.[1] && !isRealDay(ymd[1])) return false;
  switch (type) {
    case 'DATE':
      return DATE_RE.test(value);
    case 'TIME':
      return TIME_RE.test(value);
    case 'DURATION':
      return DURATION_RE.test(value);
    case 'SET':
      return SET_RE.test(value);
  }
}

const sha = (text: string, n: number): string => createHash('sha256').update(text).digest('hex').slice(0, n);

/** Problems of one gold article checked against its corpus article (empty when it is sound). */
export function checkArticle(gold: GoldArticle, article: CorpusArticle | undefined): string[] {
  const where = gold.url;
  if (!article) return [`${where}: URL not found in the corpus`];
  const problems: string[] = [];
  const content = article.content;
  if (sha(content, 16) !== gold.contentSha) problems.push(`${where}: contentSha differs (content changed?)`);
  if (article.date_extracted.slice(0, 10) !== gold.anchor)
    problems.push(`${where}: anchor ${gold.anchor} is not the date of date_extracted`);
  let previous: GoldTimex | undefined;
  for (const [i, t] of gold.timexes.entries()) {
    const at = `${where} #${i} [${t.start},${t.end})`;
    if (!Number.isInteger(t.start) || !Number.isInteger(t.end) || t.start < 0 || t.end > content.length) {
      problems.push(`${at}: offsets out of range (content has ${content.length} UTF-16 units)`);
      continue;
    }
    if (t.end <= t.start) problems.push(`${at}: empty or reversed span`);
    const text = content.slice(t.start, t.end);
    if (sha(text, 8) !== t.sha) problems.push(`${at}: span hash ${sha(text, 8)} is not ${t.sha}`);
    if (text !== text.trim()) problems.push(`${at}: span starts or ends with white space`);
    if (previous && t.start < previous.end)
      problems.push(`${at}: overlaps or is out of order with [${previous.start},${previous.end})`);
    if (!(TIMEX_TYPES as readonly string[]).includes(t.type)) problems.push(`${at}: unknown type ${t.type}`);
    else if (!(CALENDARS as readonly string[]).includes(t.calendar))
      problems.push(`${at}: unknown calendar ${t.calendar}`);
    else if (t.calendar === 'hijri' && (t.type === 'DURATION' || t.type === 'SET'))
      problems.push(`${at}: a ${t.type} has no Hijri value`);
    else if (!isWellFormedValue(t.type, t.value, t.calendar))
      problems.push(
        `${at}: value ${JSON.stringify(t.value)} is not well formed for ${t.type} (${t.calendar})`,
      );
    previous = t;
  }
  return problems;
}

/** Reads a gold file; throws with the line number when a line is not a gold article. */
export function loadGold(path: string): GoldArticle[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: GoldArticle[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Partial<GoldArticle>;
    if (
      typeof row.url !== 'string' ||
      typeof row.contentSha !== 'string' ||
      typeof row.anchor !== 'string' ||
      !Array.isArray(row.timexes)
    )
      throw new Error(`${path} line ${i + 1}: not a gold article (url, contentSha, anchor, timexes)`);
    out.push(row as GoldArticle);
  }
  return out;
}

/** The corpus articles whose URL is in `urls`, read from the gzipped JSONL dump. */
export async function readCorpus(path: string, urls: Set<string>): Promise<Map<string, CorpusArticle>> {
  const found = new Map<string, CorpusArticle>();
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Partial<CorpusArticle>;
    if (typeof row.url === 'string' && urls.has(row.url) && typeof row.content === 'string')
      found.set(row.url, { url: row.url, content: row.content, date_extracted: String(row.date_extracted) });
  }
  return found;
}

function tally(keys: string[]): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** Checks every gold file; returns the problems found (printing counts as it goes). */
export async function checkGold(): Promise<string[] | null> {
  const shared = sharedDir();
  if (!shared || !existsSync(join(shared, CORPUS))) return null;
  const goldDir = resolve(ROOT, 'eval', 'times', 'gold');
  const golds = GOLD_FILES.map((f) => ({ file: f, articles: loadGold(join(goldDir, f)) }));
  const urls = new Set(golds.flatMap((g) => g.articles.map((a) => a.url)));
  const corpus = await readCorpus(join(shared, CORPUS), urls);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, articles } of golds) {
    for (const a of articles) {
      // No article may be gold twice: the held-out sets must not overlap dev (or each other).
      const first = seen.get(a.url);
      if (first) problems.push(`${file}: ${a.url} is also in ${first}`);
      seen.set(a.url, file);
      problems.push(...checkArticle(a, corpus.get(a.url)).map((p) => `${file}: ${p}`));
    }
    const timexes = articles.flatMap((a) => a.timexes);
    console.log(
      `${file}: ${articles.length} articles, ${timexes.length} expressions` +
        `\n  types: ${tally(timexes.map((t) => t.type))}` +
        `\n  calendars: ${tally(timexes.map((t) => t.calendar))}`,
    );
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await checkGold();
  if (problems === null) {
    console.log('times gold: shared data not found (set MARSAD_SHARED); skipped');
  } else if (problems.length > 0) {
    for (const p of problems) console.error(p);
    console.error(`times gold: ${problems.length} problem(s)`);
    process.exitCode = 1;
  } else {
    console.log('times gold: OK');
  }
}
