/**
 * Word classes and frequencies learned from the unlabeled news corpus (`scripts/build-clusters.ts`):
 * for every frequent word (match key), its corpus count and its k-means cluster at a few
 * granularities. The tagger uses the clusters as features; canonicalisation uses the counts to
 * choose between clitic segmentations (وبالموصل → الموصل, but وليد stays وليد).
 *
 * File format (`models/clusters.bin.gz`): gzip of `[u32 header length][header JSON {sizes, words}]
 * [words, '\n'-joined, UTF-8][int32 counts][int16 clusters, one array per granularity]`,
 * little-endian, words most frequent first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { modelsDir } from './models-dir.js';

/** Word clusters and counts, indexed by match key. */
export interface WordClusters {
  /** Cluster counts of each granularity, e.g. [64, 256, 1024]. */
  readonly sizes: readonly number[];
  /** Row of a word, or undefined for words not in the vocabulary. */
  readonly index: ReadonlyMap<string, number>;
  readonly counts: Int32Array;
  /** `clusters[g][row]`: the word's cluster at granularity g. */
  readonly clusters: readonly Int16Array[];
}

/** A word's row as written by the build script. */
export interface ClusterRow {
  readonly key: string;
  readonly count: number;
  readonly clusters: readonly number[];
}

/** Serialises clusters to the gzipped file bytes (see the module comment). */
export function encodeClusters(sizes: readonly number[], rows: readonly ClusterRow[]): Buffer {
  const words = Buffer.from(rows.map((r) => r.key).join('\n'), 'utf8');
  const head = Buffer.from(JSON.stringify({ sizes, words: rows.length, wordBytes: words.length }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  const counts = Int32Array.from(rows, (r) => r.count);
  const parts = [len, head, words, Buffer.from(counts.buffer)];
  sizes.forEach((_, g) => {
    const c = Int16Array.from(rows, (r) => r.clusters[g] as number);
    parts.push(Buffer.from(c.buffer));
  });
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads clusters written by `encodeClusters`; throws on a malformed file. */
export function decodeClusters(bytes: Buffer): WordClusters {
  const body = gunzipSync(bytes);
  const headLength = body.readUInt32LE(0);
  const head = JSON.parse(body.subarray(4, 4 + headLength).toString('utf8')) as {
    sizes: number[];
    words: number;
    wordBytes: number;
  };
  let at = 4 + headLength;
  const words =
    head.words === 0
      ? []
      : body
          .subarray(at, at + head.wordBytes)
          .toString('utf8')
          .split('\n');
  if (words.length !== head.words) throw new Error('clusters file: word count mismatch');
  at += head.wordBytes;
  const counts = new Int32Array(head.words);
  Buffer.from(counts.buffer).set(body.subarray(at, at + head.words * 4));
  at += head.words * 4;
  const clusters = head.sizes.map(() => {
    const c = new Int16Array(head.words);
    Buffer.from(c.buffer).set(body.subarray(at, at + head.words * 2));
    at += head.words * 2;
    return c;
  });
  if (at !== body.length) throw new Error('clusters file: trailing or missing bytes');
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    index.set(w, i);
  });
  return { sizes: head.sizes, index, counts, clusters };
}

/** File name of the clusters in models/. */
export const CLUSTERS_FILE = 'clusters.bin.gz';

let cached: WordClusters | null = null;

/** The committed clusters (`models/clusters.tsv.gz`), loaded once. */
export function wordClusters(): WordClusters {
  if (!cached) cached = decodeClusters(readFileSync(join(modelsDir(), CLUSTERS_FILE)));
  return cached;
}

/** Corpus count of a match key (0 when unseen or rare). */
export function wordCount(clusters: WordClusters, key: string): number {
  const r = clusters.index.get(key);
  return r === undefined ? 0 : (clusters.counts[r] as number);
}
