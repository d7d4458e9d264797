/**
 * CoNLL entity-level scoring (as conlleval.pl): an entity counts as correct only when its type and
 * both boundaries match the gold entity exactly. Precision, recall and F1 overall and per type.
 */
import { spansOfTags, TYPES } from '../tagger/scheme.js';

/** Counts of one type (or overall). */
export interface PrfCounts {
  correct: number;
  predicted: number;
  gold: number;
}

/** Precision, recall and F1 (0–1) with the counts. */
export interface Prf extends PrfCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Scores per type and overall. */
export interface ConllScores {
  readonly overall: Prf;
  readonly types: Readonly<Record<string, Prf>>;
}

function prf(c: PrfCounts): Prf {
  const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Scores predicted against gold IOB2 tag sequences (one pair per sentence). */
export function conllScore(
  pairs: readonly { gold: readonly string[]; predicted: readonly string[] }[],
): ConllScores {
  const counts = new Map<string, PrfCounts>();
  const get = (t: string): PrfCounts => {
    let c = counts.get(t);
    if (!c) {
      c = { correct: 0, predicted: 0, gold: 0 };
      counts.set(t, c);
    }
    return c;
  };
  for (const t of ['ALL', ...TYPES]) get(t);
  for (const { gold, predicted } of pairs) {
    const g = spansOfTags(gold);
    const p = spansOfTags(predicted);
    const goldKeys = new Set(g.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of g) {
      get(s.type).gold++;
      get('ALL').gold++;
    }
    for (const s of p) {
      get(s.type).predicted++;
      get('ALL').predicted++;
      if (goldKeys.has(`${s.start}:${s.end}:${s.type}`)) {
        get(s.type).correct++;
        get('ALL').correct++;
      }
    }
  }
  const types: Record<string, Prf> = {};
  for (const [t, c] of counts) if (t !== 'ALL') types[t] = prf(c);
  return { overall: prf(counts.get('ALL') as PrfCounts), types };
}

/** A table of the scores, percentages with one decimal. */
export function formatScores(s: ConllScores): string {
  const row = (name: string, p: Prf): string =>
    `${name.padEnd(6)} P ${(p.precision * 100).toFixed(1).padStart(5)}  R ${(p.recall * 100).toFixed(1).padStart(5)}  F1 ${(p.f1 * 100).toFixed(1).padStart(5)}  (gold ${p.gold}, predicted ${p.predicted}, correct ${p.correct})`;
  return [row('ALL', s.overall), ...Object.entries(s.types).map(([t, p]) => row(t, p))].join('\n');
}
