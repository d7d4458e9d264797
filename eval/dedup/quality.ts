/**
 * Near-duplicate detection quality: MinHash LSH (shared band + estimate ≥ threshold, as the
 * archive decides) against exact Jaccard of the same shingle sets, over every pair of a sample
 * that shares at least one shingle.
 */
import {
  bandKeys,
  DEFAULT_THRESHOLD,
  estimateJaccard,
  exactJaccard,
  shingleHashes,
  signature,
} from '../../src/corpus/minhash.js';
import { tokenize } from '../../src/text/tokenize.js';

export interface DedupQuality {
  readonly documents: number;
  readonly pairs: number;
  readonly truePairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly meanEstimateError: number;
}

/** Shingles shared by more documents than this are stock phrases; their pairs are judged through other shingles. */
const MAX_POSTING = 400;

export function dedupQuality(texts: readonly string[], threshold = DEFAULT_THRESHOLD): DedupQuality {
  const docs = texts.map((text) => {
    const words = tokenize(text)
      .filter((t) => t.kind === 'word' || t.kind === 'number')
      .map((t) => t.key);
    const sh = shingleHashes(words);
    const sig = signature(sh);
    return { sh, sig, bands: bandKeys(sig) };
  });
  const postings = new Map<number, number[]>();
  docs.forEach((d, i) => {
    for (const h of d.sh) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  const pairs = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++)
        pairs.add((list[a] as number) * docs.length + (list[b] as number));
  }
  let truth = 0;
  let predicted = 0;
  let correct = 0;
  let estError = 0;
  for (const p of pairs) {
    const da = docs[Math.floor(p / docs.length)] as (typeof docs)[number];
    const db = docs[p % docs.length] as (typeof docs)[number];
    const exact = exactJaccard(da.sh, db.sh);
    const est = estimateJaccard(da.sig, db.sig);
    const isTrue = exact >= threshold;
    const isPred = est >= threshold && da.bands.some((k, i) => k === db.bands[i]);
    if (isTrue) {
      truth++;
      estError += Math.abs(est - exact);
    }
    if (isPred) predicted++;
    if (isTrue && isPred) correct++;
  }
  return {
    documents: docs.length,
    pairs: pairs.size,
    truePairs: truth,
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: truth === 0 ? 1 : correct / truth,
    meanEstimateError: truth === 0 ? 0 : estError / truth,
  };
}

export function describeQuality(q: DedupQuality, threshold = DEFAULT_THRESHOLD): string {
  return (
    `${q.documents} articles, ${q.pairs} pairs sharing a shingle, ${q.truePairs} pairs with Jaccard ≥ ${threshold}: ` +
    `precision ${(q.precision * 100).toFixed(1)}%, recall ${(q.recall * 100).toFixed(1)}%, mean |estimate − exact| ${q.meanEstimateError.toFixed(3)}`
  );
}
