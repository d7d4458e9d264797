/**
 * A small LRU cache for derived figures (facets, entity profiles, places), keyed by request and
 * tagged with the archive revision: an entry computed before the archive changed is never served.
 */

/**
 * Entries kept. A search page (10 hits with snippets) is about 5 KB and a facet or entity answer
 * less, so 1,000 entries stay under ~10 MB.
 */
export const CACHE_ENTRIES = 1000;

export class RevisionCache {
  private readonly entries = new Map<string, { revision: string; value: unknown }>();

  constructor(private readonly capacity = CACHE_ENTRIES) {}

  /** The cached value of `key` at `revision`, else computes, stores and returns it. */
  async get<T>(key: string, revision: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.revision === revision) {
      // Re-insert so the most recently used entry is the last to be evicted.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { revision, value });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
