/**
 * Spherical k-means over unit vectors (cosine similarity), seeded and deterministic. Clustering
 * word vectors gives discrete word classes usable as tagger features, like Brown clusters
 * (Guo et al. 2014 found k-means clusters of embeddings as useful for NER).
 */
import { Random } from './random.js';

/** Scales each `dim`-sized row of `vectors` to unit length, in place. */
export function normalizeRows(vectors: Float32Array, dim: number): void {
  for (let i = 0; i < vectors.length; i += dim) {
    let s = 0;
    for (let k = 0; k < dim; k++) s += (vectors[i + k] as number) ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let k = 0; k < dim; k++) vectors[i + k] = (vectors[i + k] as number) * inv;
  }
}

/**
 * Assigns each of the `n = vectors.length / dim` unit vectors to one of `k` clusters; returns the
 * cluster of each row. Centroids start at `k` rows drawn with the seed; empty clusters are
 * re-seeded with the row worst served by its centroid.
 */
export function kmeans(
  vectors: Float32Array,
  dim: number,
  k: number,
  iterations: number,
  seed: number,
): Int32Array {
  const n = vectors.length / dim;
  const rng = new Random(seed);
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const centroids = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) {
    const row = (order[c % n] as number) * dim;
    for (let d = 0; d < dim; d++) centroids[c * dim + d] = vectors[row + d] as number;
  }
  const assign = new Int32Array(n);
  const best = new Float32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const row = i * dim;
      let bestC = 0;
      let bestS = -2;
      for (let c = 0; c < k; c++) {
        const cr = c * dim;
        let s = 0;
        for (let d = 0; d < dim; d++) s += (vectors[row + d] as number) * (centroids[cr + d] as number);
        if (s > bestS) {
          bestS = s;
          bestC = c;
        }
      }
      assign[i] = bestC;
      best[i] = bestS;
    }
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number;
      sizes[c] = (sizes[c] as number) + 1;
      const cr = c * dim;
      const row = i * dim;
      for (let d = 0; d < dim; d++)
        centroids[cr + d] = (centroids[cr + d] as number) + (vectors[row + d] as number);
    }
    // Re-seed empty clusters with the rows farthest from their centroids.
    const taken = new Set<number>();
    for (let c = 0; c < k; c++) {
      if ((sizes[c] as number) > 0) continue;
      let worst = -1;
      for (let i = 0; i < n; i++)
        if (!taken.has(i) && (worst < 0 || (best[i] as number) < (best[worst] as number))) worst = i;
      if (worst < 0) break;
      taken.add(worst);
      for (let d = 0; d < dim; d++) centroids[c * dim + d] = vectors[worst * dim + d] as number;
    }
    normalizeRows(centroids, dim);
  }
  return assign;
}
