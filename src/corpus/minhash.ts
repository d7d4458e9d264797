/**
 * MinHash signatures and LSH banding for near-duplicate detection (Broder 1997; Leskovec,
 * Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3). A document becomes the set of its
 * word shingles over match keys, so diacritics, alef forms and tatweel never make two copies of
 * one wire story look different; the signature keeps, per hash function, the minimum hash of
 * any shingle, and the share of equal positions in two signatures estimates their Jaccard
 * similarity. LSH cuts the signature into bands: documents sharing one band's values become
 * candidates, which are then verified against the threshold.
 */

/**
 * Words per shingle. 4-word shingles keep two unrelated articles that share stock phrases
 * (وكالة الأنباء السعودية, the outlet's dateline) far apart while two copies of one wire story
 * edited by different desks still share most shingles; calibrated on the news corpus by the
 * benchmark's exact-Jaccard sample (`npm run bench`).
 */
export const SHINGLE_WORDS = 4;
/** Hash functions per signature: 20 bands × 6 rows. */
export const NUM_HASHES = 120;
/** Rows per LSH band. With 20 bands of 6, the candidate curve's midpoint is (1/20)^(1/6) ≈ 0.61. */
export const BAND_ROWS = 6;
export const NUM_BANDS = NUM_HASHES / BAND_ROWS;
/** Default Jaccard threshold for "near-duplicate": syndicated copies score 0.7–1.0, distinct reports of one event < 0.3. */
export const DEFAULT_THRESHOLD = 0.6;

/** FNV-1a over a string's UTF-16 code units, 32-bit. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per hash function (derived, so signatures are stable across versions and machines). */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) seeds[i] = fmix32(0x9e3779b9 + Math.imul(i, 0x7f4a7c15));
  return seeds;
})();

/** The distinct shingle hashes of a sequence of word keys (one shingle for texts shorter than a shingle). */
export function shingleHashes(words: readonly string[], size = SHINGLE_WORDS): Uint32Array {
  const set = new Set<number>();
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < size) {
    set.add(hashString(words.join(' ')));
  } else {
    for (let i = 0; i + size <= words.length; i++) {
      let h = 0x811c9dc5;
      for (let j = i; j < i + size; j++) {
        h = Math.imul(h ^ hashString(words[j] as string), 0x01000193) >>> 0;
      }
      set.add(h);
    }
  }
  return Uint32Array.from(set);
}

/** MinHash signature of a shingle set; an empty set gets all-max values (similar to nothing). */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (let k = 0; k < shingles.length; k++) {
    const x = shingles[k] as number;
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = fmix32(x ^ (SEEDS[i] as number));
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / a.length;
}

/** One bucket key per band: a 32-bit hash of the band's rows (stored as a signed integer). */
export function bandKeys(sig: Uint32Array): Int32Array {
  const keys = new Int32Array(NUM_BANDS);
  for (let b = 0; b < NUM_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++)
      h = fmix32(Math.imul(h, 0x01000193) ^ (sig[b * BAND_ROWS + r] as number));
    keys[b] = h | 0;
  }
  return keys;
}

/** Exact Jaccard similarity of two shingle sets (for evaluating the estimate). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  const set = new Set(a);
  let inter = 0;
  for (const x of b) if (set.has(x)) inter++;
  return inter / (a.length + b.length - inter);
}

/** Signature as bytes for storage, and back. */
export function signatureToBytes(sig: Uint32Array): Uint8Array {
  return new Uint8Array(sig.buffer.slice(sig.byteOffset, sig.byteOffset + sig.byteLength));
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
