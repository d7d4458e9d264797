/**
 * A trie of token sequences (alias names split into match units) for longest-match look-up over
 * a sentence. Used for gazetteer features of the tagger and for curated-lexicon mentions.
 */

interface Node<T> {
  next: Map<string, Node<T>> | null;
  values: T[] | null;
}

/** A longest match: tokens `[start, end)` and the values stored under that sequence. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly values: readonly T[];
}

/** Maps token sequences to values; one sequence may hold several values (an ambiguous alias). */
export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: null, values: null };
  /** Longest sequence stored, in units. */
  maxLength = 0;
  size = 0;

  /** Stores `value` under the unit sequence `units` (ignored when empty or already present). */
  add(units: readonly string[], value: T): void {
    if (units.length === 0) return;
    let node = this.root;
    for (const u of units) {
      node.next ??= new Map();
      let child = node.next.get(u);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(u, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) {
      node.values.push(value);
      this.size++;
    }
    this.maxLength = Math.max(this.maxLength, units.length);
  }

  /** Values stored under exactly `units`. */
  get(units: readonly string[]): readonly T[] {
    let node: Node<T> | undefined = this.root;
    for (const u of units) {
      node = node.next?.get(u);
      if (!node) return [];
    }
    return node.values ?? [];
  }

  /**
   * The longest stored sequence starting at `start`, where the first unit is any of `first(start)`
   * (a word may have several readings) and later units are `next(i)`; null when nothing matches.
   */
  longestAt(
    start: number,
    count: number,
    first: (i: number) => readonly string[],
    next: (i: number) => string,
  ): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (const u of first(start)) {
      let node = this.root.next?.get(u);
      let i = start + 1;
      while (node) {
        if (node.values && (!best || i > best.end)) best = { start, end: i, values: node.values };
        if (i >= count || !node.next) break;
        node = node.next.get(next(i));
        i++;
      }
    }
    return best;
  }

  /** Non-overlapping longest matches over `count` tokens, left to right. */
  scan(
    count: number,
    first: (i: number) => readonly string[],
    next: (i: number) => string,
  ): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < count) {
      const m = this.longestAt(i, count, first, next);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}
