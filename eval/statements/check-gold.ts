/**
 * Validates the quotation and statement gold in `eval/statements/gold/` against the news corpus and
 * the seed files (hashes, span ranges, closed value sets, quote indices) and prints counts only,
 * never text, so it is safe to run on the unseen split: `npx tsx eval/statements/check-gold.ts`.
 * Exits 1 when a problem is found. The rules are in `eval/statements/GUIDELINES.md`.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { ROOT, sharedDir } from '../lib/paths.js';

/** Closed set of statement media. */
export const MEDIA = ['audio', 'video', 'text', 'unknown'] as const;
/** Closed set of statement attributions, strongest first. */
export const ATTRIBUTIONS = ['denied', 'confirmed', 'unverified', 'claimed', 'asserted'] as const;
/** Normalised channel names; any other channel is an outlet name in Arabic script as written. */
export const CHANNELS = [
  'Telegram',
  'Twitter',
  'YouTube',
  'Facebook',
  'Instagram',
  'WhatsApp',
  'Amaq',
  'Al-Furqan',
  'Al-Hayat',
  'Al-Naba',
  'SPA',
  'website',
  'social-media',
] as const;
/**
 * Gold split files, in report order (`dev2`, `dev3` and `test2`, annotated blind in later sessions,
 * are checked when present).
 */
export const GOLD_FILES = ['dev', 'dev2', 'dev3', 'test', 'test2', 'seeds'] as const;

/** Longest `name`, `cue` or channel label a gold line may hold (labels, never sentences). */
const MAX_LABEL = 60;

/** Half-open UTF-16 range into the article content (seeds: the raw file). */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
}
/** A speaker or organisation: canonical name label plus the mention it rests on. */
export interface GoldParty extends GoldSpan {
  readonly name: string;
}
/** A time expression with its TIMEX3 value. */
export interface GoldValue extends GoldSpan {
  readonly value: string | null;
}
/** A direct or reported quotation. */
export interface GoldQuote extends GoldSpan {
  readonly direct: boolean;
  readonly speaker: GoldParty | null;
  readonly cue: string | null;
  readonly sha: string;
}
/** A statement-release event. */
export interface GoldStatement {
  readonly speaker: GoldParty | null;
  readonly organization: GoldParty | null;
  readonly medium: (typeof MEDIA)[number];
  readonly channel: string | null;
  readonly title: GoldSpan | null;
  readonly date: GoldValue | null;
  readonly duration: GoldValue | null;
  readonly places: readonly GoldSpan[];
  readonly quotes: readonly number[];
  readonly attribution: (typeof ATTRIBUTIONS)[number];
  readonly current: boolean;
  readonly evidence: readonly GoldSpan[];
}
/** One gold line: a corpus article (`url`, `contentSha`) or a seed file (`file`, `fileSha`). */
export interface GoldLine {
  readonly url?: string;
  readonly contentSha?: string;
  readonly file?: string;
  readonly fileSha?: string;
  readonly anchor: string | null;
  readonly quotes: readonly GoldQuote[];
  readonly statements: readonly GoldStatement[];
}

/** Hex sha256 of a string's UTF-8 bytes, cut to `n` digits. */
export function sha256(text: string, n = 64): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, n);
}

const TIMEX_DATE =
  /^(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?|-W(\d{2}|XX)(-[1-7])?|-(SP|SU|FA|WI))?(T(\d{2}(:\d{2})?|MO|AF|EV|NI))?$/;
const TIMEX_OTHER =
  /^(P(\d+(\.\d+)?|X)[YMWD]|PT(\d+(\.\d+)?|X)[HMS]|PAST_REF|PRESENT_REF|FUTURE_REF|\d{1,3})$/;

/** Whether a string is a TIMEX3 value of the kinds the gold uses (dates, times, durations, intervals). */
export function isTimexValue(v: string): boolean {
  return v.split('/').every((part) => TIMEX_DATE.test(part) || TIMEX_OTHER.test(part));
}

function arrayField(raw: Record<string, unknown>, key: string, bad: string[]): unknown[] {
  const v = raw[key];
  if (Array.isArray(v)) return v;
  bad.push(`${key}: not an array`);
  return [];
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks one gold line against its text; returns one message per problem (no text quoted). */
export function checkLine(raw: unknown, text: string): string[] {
  const bad: string[] = [];
  if (!isObj(raw)) return ['line is not an object'];
  const span = (where: string, s: unknown, trimmed = true): s is GoldSpan => {
    if (!isObj(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      bad.push(`${where}: not a span`);
      return false;
    }
    const { start, end } = s as unknown as GoldSpan;
    if (start < 0 || end > text.length || start >= end) {
      bad.push(`${where}: range [${start},${end}) outside text of ${text.length}`);
      return false;
    }
    const t = text.slice(start, end);
    if (trimmed && t.trim() !== t) bad.push(`${where}: span starts or ends with white space`);
    return true;
  };
  const label = (where: string, v: unknown, nullable: boolean): void => {
    if (v === null && nullable) return;
    if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_LABEL || /[\n.!?؟]$/.test(v))
      bad.push(`${where}: not a short label`);
  };
  const party = (where: string, p: unknown): void => {
    if (p === null) return;
    if (span(where, p)) label(`${where}.name`, (p as GoldParty).name, false);
  };
  const value = (where: string, v: unknown): void => {
    if (v === null) return;
    if (!span(where, v)) return;
    const val = (v as GoldValue).value;
    if (val !== null && (typeof val !== 'string' || !isTimexValue(val)))
      bad.push(`${where}: bad TIMEX3 value`);
  };
  if (raw.anchor !== null && (typeof raw.anchor !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.anchor)))
    bad.push('anchor: not a date or null');
  const quotes = arrayField(raw, 'quotes', bad);
  const seen = new Set<string>();
  for (const [i, q] of quotes.entries()) {
    const w = `quote ${i}`;
    if (!span(w, q)) continue;
    const g = q as GoldQuote;
    if (typeof g.direct !== 'boolean') bad.push(`${w}: direct not boolean`);
    party(`${w}.speaker`, g.speaker);
    label(`${w}.cue`, g.cue, true);
    if (g.sha !== sha256(text.slice(g.start, g.end), 8)) bad.push(`${w}: sha does not match the span`);
    const key = `${g.start}:${g.end}`;
    if (seen.has(key)) bad.push(`${w}: duplicate span`);
    seen.add(key);
  }
  const statements = arrayField(raw, 'statements', bad);
  for (const [i, s] of statements.entries()) {
    const w = `statement ${i}`;
    if (!isObj(s)) {
      bad.push(`${w}: not an object`);
      continue;
    }
    party(`${w}.speaker`, s.speaker);
    party(`${w}.organization`, s.organization);
    if (!MEDIA.includes(s.medium as GoldStatement['medium'])) bad.push(`${w}: bad medium`);
    if (!ATTRIBUTIONS.includes(s.attribution as GoldStatement['attribution']))
      bad.push(`${w}: bad attribution`);
    if (typeof s.current !== 'boolean') bad.push(`${w}: current not boolean`);
    const ch = s.channel;
    if (ch !== null) {
      label(`${w}.channel`, ch, false);
      if (
        typeof ch === 'string' &&
        !(CHANNELS as readonly string[]).includes(ch) &&
        !/^[\p{Script=Arabic}\s]+$/u.test(ch)
      )
        bad.push(`${w}: channel neither normalised nor an Arabic outlet name`);
    }
    if (s.title !== null) span(`${w}.title`, s.title);
    value(`${w}.date`, s.date);
    value(`${w}.duration`, s.duration);
    for (const [k, p] of (Array.isArray(s.places) ? s.places : []).entries()) span(`${w}.places[${k}]`, p);
    const ev = Array.isArray(s.evidence) ? s.evidence : [];
    if (ev.length === 0) bad.push(`${w}: no evidence`);
    for (const [k, e] of ev.entries()) span(`${w}.evidence[${k}]`, e);
    for (const qi of Array.isArray(s.quotes) ? s.quotes : [null])
      if (!Number.isInteger(qi) || qi < 0 || qi >= quotes.length) bad.push(`${w}: bad quote index`);
  }
  return bad;
}

/** Reads a gold split; an absent file is an empty split. */
export function readGold(name: string): GoldLine[] {
  const file = join(ROOT, 'eval', 'statements', 'gold', `${name}.jsonl`);
  if (!existsSync(file)) return [];
  return readLines(file);
}

/** Folder of the quotes-only training gold. */
export const TRAIN_DIR = join(ROOT, 'eval', 'statements', 'train');

/** The training gold files (`train/*.jsonl`), sorted. */
export function trainFiles(): string[] {
  if (!existsSync(TRAIN_DIR)) return [];
  return readdirSync(TRAIN_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

/** The lines of a gold file. */
export function readLines(file: string): GoldLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldLine);
}

/** Loads `content` for the given URLs from the news corpus. */
export async function loadContents(shared: string, urls: ReadonlySet<string>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const input = createReadStream(join(shared, 'data', 'news', 'saudinewsnet-dev.jsonl.gz')).pipe(
    createGunzip(),
  );
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    const a = JSON.parse(line) as { url: string; content: string };
    if (urls.has(a.url) && !found.has(a.url)) found.set(a.url, a.content);
  }
  return found;
}

function tally(lines: readonly GoldLine[]): string[] {
  const count = (xs: readonly string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m].map(([k, v]) => `${k} ${v}`).join(', ') || '-';
  };
  const qs = lines.flatMap((l) => l.quotes);
  const ss = lines.flatMap((l) => l.statements);
  return [
    `articles ${lines.length} (with statements ${lines.filter((l) => l.statements.length > 0).length})`,
    `quotes ${qs.length}: direct ${qs.filter((q) => q.direct).length}, indirect ${qs.filter((q) => !q.direct).length}, no speaker ${qs.filter((q) => q.speaker === null).length}`,
    `statements ${ss.length}: current ${ss.filter((s) => s.current).length}, earlier ${ss.filter((s) => !s.current).length}`,
    `  medium: ${count(ss.map((s) => s.medium))}`,
    `  attribution: ${count(ss.map((s) => s.attribution))}`,
    `  with speaker ${ss.filter((s) => s.speaker).length}, organization ${ss.filter((s) => s.organization).length}, channel ${ss.filter((s) => s.channel).length}, date ${ss.filter((s) => s.date).length}, title ${ss.filter((s) => s.title).length}, linked quotes ${ss.reduce((n, s) => n + s.quotes.length, 0)}`,
  ];
}

async function main(): Promise<number> {
  const shared = sharedDir();
  if (!shared) {
    console.log('check-gold: ../shared not found (set MARSAD_SHARED); skipped');
    return 0;
  }
  const splits = new Map<string, GoldLine[]>(GOLD_FILES.map((n) => [n, readGold(n)] as const));
  // The quotes-only training files (train/), checked alike (their statements are empty).
  for (const f of trainFiles())
    splits.set(`train/${f.replace(/\.jsonl$/u, '')}`, readLines(join(TRAIN_DIR, f)));
  const urls = new Set([...splits.values()].flatMap((lines) => lines.flatMap((l) => l.url ?? [])));
  const contents = await loadContents(shared, urls);
  let problems = 0;
  const report = (where: string, msgs: readonly string[]) => {
    for (const m of msgs) console.log(`  ${where}: ${m}`);
    problems += msgs.length;
  };
  // A corpus article belongs to one split only: the split that first lists it.
  const owner = new Map<string, string>();
  for (const [name, lines] of splits) {
    if ((name === 'dev2' || name === 'dev3' || name === 'test2') && lines.length === 0) continue;
    console.log(`\n== ${name}.jsonl`);
    const urlsHere = new Set<string>();
    for (const [i, line] of lines.entries()) {
      const where = `${name}:${i + 1}`;
      let text: string | undefined;
      if (name === 'seeds') {
        const path = line.file ? join(shared, line.file) : '';
        if (!line.file || !existsSync(path)) {
          report(where, ['seed file missing']);
          continue;
        }
        text = readFileSync(path, 'utf8');
        if (line.fileSha !== sha256(text)) report(where, ['fileSha does not match the file']);
      } else {
        text = line.url ? contents.get(line.url) : undefined;
        if (text === undefined) {
          report(where, ['url not in the corpus']);
          continue;
        }
        if (line.contentSha !== sha256(text, 16)) report(where, ['contentSha does not match the content']);
        if (urlsHere.has(line.url ?? '')) report(where, ['url listed twice']);
        urlsHere.add(line.url ?? '');
        const first = owner.get(line.url ?? '');
        if (first !== undefined && first !== name) report(where, [`url is also in ${first}`]);
        else owner.set(line.url ?? '', name);
      }
      report(where, checkLine(line, text));
    }
    for (const l of tally(lines)) console.log(`  ${l}`);
  }
  console.log(problems === 0 ? '\ncheck-gold: ok' : `\ncheck-gold: ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then((code) => {
    process.exitCode = code;
  });
}
