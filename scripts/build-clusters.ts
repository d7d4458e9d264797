/**
 * `npx tsx scripts/build-clusters.ts`: learns word clusters and frequencies from the unlabeled
 * news corpus (../shared/data/news) and writes `models/clusters.bin.gz` (format in
 * src/entities/clusters.ts). Steps: tokenize every article with the project tokenizer, keep word
 * match keys seen at least MIN_COUNT times, train skip-gram vectors, then k-means them at each
 * granularity of CLUSTER_SIZES. Deterministic (seeded); takes a few minutes on one core.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/lib/paths.js';
import { CLUSTERS_FILE, encodeClusters } from '../src/entities/clusters.js';
import { modelsDir } from '../src/entities/models-dir.js';
import { kmeans, normalizeRows } from '../src/entities/train/kmeans.js';
import { newsTexts } from '../src/entities/train/news.js';
import { SGNS_DEFAULTS, trainSgns } from '../src/entities/train/sgns.js';
import { tokenize } from '../src/text/tokenize.js';

/** Words rarer than this get no vector (too few contexts); calibrated by vocabulary size (~80k). */
const MIN_COUNT = 5;
/** Cluster granularities: coarse classes generalise, fine ones separate name types. */
const CLUSTER_SIZES = [64, 256, 1024];
const KMEANS_ITERATIONS = 12;
const SEED = 11;

function log(msg: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${msg}\n`);
}

async function main(): Promise<void> {
  const shared = sharedDir();
  const path = shared ? join(shared, 'data/news/saudinewsnet-dev.jsonl.gz') : null;
  if (!path || !existsSync(path))
    throw new Error('build-clusters: no ../shared/data/news corpus (set MARSAD_SHARED)');

  // Pass 1: tokenize, count, and keep the key sequence (paragraphs separated by null).
  const firstId = new Map<string, number>();
  const words: string[] = [];
  let freq = new Int32Array(1 << 16);
  let stream = new Int32Array(1 << 20);
  let length = 0;
  const push = (v: number): void => {
    if (length === stream.length) {
      const grown = new Int32Array(stream.length * 2);
      grown.set(stream);
      stream = grown;
    }
    stream[length++] = v;
  };
  let docs = 0;
  for await (const text of newsTexts(path)) {
    for (const para of text.split(/\n+/u)) {
      for (const t of tokenize(para)) {
        if (t.kind !== 'word') continue;
        let i = firstId.get(t.key);
        if (i === undefined) {
          i = words.length;
          firstId.set(t.key, i);
          words.push(t.key);
          if (i === freq.length) {
            const grown = new Int32Array(freq.length * 2);
            grown.set(freq);
            freq = grown;
          }
        }
        freq[i] = (freq[i] as number) + 1;
        push(i);
      }
      push(-1);
    }
    if (++docs % 5000 === 0) log(`tokenized ${docs} texts, ${length} tokens`);
  }
  const vocab = words
    .map((k, i) => [k, freq[i] as number] as const)
    .filter(([, c]) => c >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const remap = new Int32Array(words.length).fill(-2);
  vocab.forEach(([k], i) => {
    remap[firstId.get(k) as number] = i;
  });
  const corpus = new Int32Array(length);
  let n = 0;
  for (let p = 0; p < length; p++) {
    const w = stream[p] as number;
    const i = w < 0 ? -1 : (remap[w] as number);
    if (i !== -2) corpus[n++] = i;
  }
  log(`${vocab.length} words with count >= ${MIN_COUNT}; ${n} tokens kept`);

  let logged = 0;
  const vectors = trainSgns(
    corpus.subarray(0, n),
    Int32Array.from(vocab, ([, c]) => c),
    { ...SGNS_DEFAULTS, seed: SEED },
    (done) => {
      if (done >= logged + 0.1) {
        logged = Math.floor(done * 10) / 10;
        log(`sgns ${(logged * 100).toFixed(0)}%`);
      }
    },
  );
  normalizeRows(vectors, SGNS_DEFAULTS.dim);
  const assignments = CLUSTER_SIZES.map((k) => {
    log(`k-means k=${k}`);
    return kmeans(vectors, SGNS_DEFAULTS.dim, k, KMEANS_ITERATIONS, SEED + k);
  });
  const rows = vocab.map(([key, count], i) => ({
    key,
    count,
    clusters: assignments.map((a) => a[i] as number),
  }));
  const dir = modelsDir();
  mkdirSync(dir, { recursive: true });
  const out = join(dir, CLUSTERS_FILE);
  writeFileSync(out, encodeClusters(CLUSTER_SIZES, rows));
  log(`wrote ${out}`);
}

await main();
