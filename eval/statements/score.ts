/**
 * Scores the `quotes` and `events` (statement) stages against the gold in `eval/statements/gold/`
 * by the rules of `GUIDELINES.md` ("Scoring"):
 * - quotes match one-to-one when they overlap by at least half of the shorter span (largest
 *   overlap first); precision, recall, F1, `direct` accuracy and speaker accuracy over matches
 *   (names after `matchKey` with whole-token containment, or the entity key at the gold mention);
 * - statements match one-to-one when an evidence span (or the event's span) of the system overlaps
 *   one of the gold release's; per-field accuracy over matches (speaker, organization, medium,
 *   channel, date value, attribution, current).
 * The matching is pure (`scoreArticle`); `eval/statements/run.ts`-style loading lives in `gate.ts`.
 */
import type { EntitySpan, Party, Span } from '../../src/doc/index.js';
import { matchKey } from '../../src/text/normalize.js';
import { CHANNELS, type GoldLine, type GoldParty, type GoldQuote, type GoldStatement } from './check-gold.js';

/** A system quote (a span of the `quotes` layer). */
export interface SystemQuote extends Span {
  readonly direct: boolean;
  readonly speaker: Party;
}

/** A system statement (a span of the `events` layer of type statement). */
export interface SystemStatement extends Span {
  readonly speaker: Party;
  readonly organization: Party;
  readonly medium: string;
  readonly channel: string | null;
  readonly date: { readonly value: string | null };
  readonly attribution: string;
  readonly current: boolean;
  readonly evidence: readonly Span[];
}

/** What the system produced for one gold article. */
export interface SystemArticle {
  readonly quotes: readonly SystemQuote[];
  readonly statements: readonly SystemStatement[];
  /** The system's entities layer, when it has one (speaker keys are compared through it). */
  readonly entities: readonly EntitySpan[] | null;
}

/** Statement fields scored over matched statements. */
export const FIELDS = [
  'speaker',
  'organization',
  'medium',
  'channel',
  'date',
  'attribution',
  'current',
] as const;
export type Field = (typeof FIELDS)[number];

/** Counts summed over articles. */
export interface Counts {
  goldQuotes: number;
  systemQuotes: number;
  matchedQuotes: number;
  directCorrect: number;
  speakerCorrect: number;
  goldStatements: number;
  systemStatements: number;
  matchedStatements: number;
  fields: Record<Field, number>;
}

/** One article's pairing, for detail reports (dev only). */
export interface ArticleScore {
  readonly counts: Counts;
  readonly quotePairs: readonly { gold: GoldQuote; system: SystemQuote | null; speakerOk: boolean }[];
  readonly spuriousQuotes: readonly SystemQuote[];
  readonly statementPairs: readonly {
    gold: GoldStatement;
    system: SystemStatement | null;
    wrong: readonly Field[];
  }[];
  readonly spuriousStatements: readonly SystemStatement[];
}

export function emptyCounts(): Counts {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  return {
    goldQuotes: 0,
    systemQuotes: 0,
    matchedQuotes: 0,
    directCorrect: 0,
    speakerCorrect: 0,
    goldStatements: 0,
    systemStatements: 0,
    matchedStatements: 0,
    fields,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const fields = { ...a.fields };
  for (const f of FIELDS) fields[f] += b.fields[f];
  return {
    goldQuotes: a.goldQuotes + b.goldQuotes,
    systemQuotes: a.systemQuotes + b.systemQuotes,
    matchedQuotes: a.matchedQuotes + b.matchedQuotes,
    directCorrect: a.directCorrect + b.directCorrect,
    speakerCorrect: a.speakerCorrect + b.speakerCorrect,
    goldStatements: a.goldStatements + b.goldStatements,
    systemStatements: a.systemStatements + b.systemStatements,
    matchedStatements: a.matchedStatements + b.matchedStatements,
    fields,
  };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Words of a name for comparison: match key, punctuation dropped. */
export function nameWords(name: string): string[] {
  return matchKey(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/** Whether two names agree: after `matchKey`, one's words are a contiguous run of the other's. */
export function namesAgree(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0) return false;
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((w, k) => long[i + k] === w)) return true;
  return false;
}

/** Whether a system party agrees with a gold one (null needs null). */
export function partyAgrees(
  gold: GoldParty | null,
  system: Party,
  entities: readonly EntitySpan[] | null,
): boolean {
  if (gold === null) return system.name === null;
  if (system.name === null) return false;
  if (namesAgree(gold.name, system.name)) return true;
  if (entities && system.entity) {
    const at = entities.find((e) => overlap(e, gold) > 0);
    if (at && at.entity === system.entity) return true;
  }
  return false;
}

/** Whether a system channel agrees with the gold one: normalised names exactly, outlets by containment. */
export function channelAgrees(gold: string | null, system: string | null): boolean {
  if (gold === null || system === null) return gold === system;
  if ((CHANNELS as readonly string[]).includes(gold)) return gold === system;
  return namesAgree(gold, system);
}

/** Greedy one-to-one pairing by descending score; pairs with score 0 are not allowed. */
function pairUp(n: number, m: number, score: (i: number, j: number) => number): Map<number, number> {
  const cands: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      const s = score(i, j);
      if (s > 0) cands.push([s, i, j]);
    }
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out = new Map<number, number>();
  const usedJ = new Set<number>();
  for (const [, i, j] of cands) {
    if (out.has(i) || usedJ.has(j)) continue;
    out.set(i, j);
    usedJ.add(j);
  }
  return out;
}

/** Scores one article. */
export function scoreArticle(gold: GoldLine, sys: SystemArticle): ArticleScore {
  const c = emptyCounts();
  c.goldQuotes = gold.quotes.length;
  c.systemQuotes = sys.quotes.length;
  const qMatch = pairUp(gold.quotes.length, sys.quotes.length, (i, j) => {
    const g = gold.quotes[i] as GoldQuote;
    const s = sys.quotes[j] as SystemQuote;
    const o = overlap(g, s);
    return o > 0 && o * 2 >= Math.min(g.end - g.start, s.end - s.start) ? o : 0;
  });
  const quotePairs = gold.quotes.map((g, i) => {
    const j = qMatch.get(i);
    const s = j === undefined ? null : (sys.quotes[j] as SystemQuote);
    const speakerOk = s !== null && partyAgrees(g.speaker, s.speaker, sys.entities);
    if (s) {
      c.matchedQuotes++;
      if (s.direct === g.direct) c.directCorrect++;
      if (speakerOk) c.speakerCorrect++;
    }
    return { gold: g, system: s, speakerOk };
  });
  const matchedQ = new Set(qMatch.values());
  const spuriousQuotes = sys.quotes.filter((_, j) => !matchedQ.has(j));

  c.goldStatements = gold.statements.length;
  c.systemStatements = sys.statements.length;
  const sMatch = pairUp(gold.statements.length, sys.statements.length, (i, j) => {
    const g = gold.statements[i] as GoldStatement;
    const s = sys.statements[j] as SystemStatement;
    const spans = [s, ...s.evidence];
    let n = 0;
    for (const e of g.evidence) if (spans.some((x) => overlap(x, e) > 0)) n++;
    return n;
  });
  const statementPairs = gold.statements.map((g, i) => {
    const j = sMatch.get(i);
    const s = j === undefined ? null : (sys.statements[j] as SystemStatement);
    const wrong: Field[] = [];
    if (s) {
      c.matchedStatements++;
      const ok: Record<Field, boolean> = {
        speaker: partyAgrees(g.speaker, s.speaker, sys.entities),
        organization: partyAgrees(g.organization, s.organization, sys.entities),
        medium: g.medium === s.medium,
        channel: channelAgrees(g.channel, s.channel),
        date: (g.date?.value ?? null) === (s.date.value ?? null),
        attribution: g.attribution === s.attribution,
        current: g.current === s.current,
      };
      for (const f of FIELDS) {
        if (ok[f]) c.fields[f]++;
        else wrong.push(f);
      }
    }
    return { gold: g, system: s, wrong };
  });
  const matchedS = new Set(sMatch.values());
  const spuriousStatements = sys.statements.filter((_, j) => !matchedS.has(j));
  return { counts: c, quotePairs, spuriousQuotes, statementPairs, spuriousStatements };
}

/** Aggregate scores (the metric names of `floors.json`). */
export type Scores = Record<string, number>;

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores from summed counts. */
export function scoresOf(c: Counts): Scores {
  const qp = ratio(c.matchedQuotes, c.systemQuotes);
  const qr = ratio(c.matchedQuotes, c.goldQuotes);
  const sp = ratio(c.matchedStatements, c.systemStatements);
  const sr = ratio(c.matchedStatements, c.goldStatements);
  const out: Scores = {
    quotePrecision: qp,
    quoteRecall: qr,
    quoteF1: f1(qp, qr),
    directAccuracy: ratio(c.directCorrect, c.matchedQuotes),
    speakerAccuracy: ratio(c.speakerCorrect, c.matchedQuotes),
    statementPrecision: sp,
    statementRecall: sr,
    statementF1: f1(sp, sr),
  };
  for (const f of FIELDS) out[f] = ratio(c.fields[f], c.matchedStatements);
  return out;
}
