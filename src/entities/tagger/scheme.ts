/**
 * Tag schemes for sequence labelling of entity spans: IOB2 (B- begins, I- continues) or BILOU
 * (also L- last and U- unit-length), and the transitions each allows.
 */
import type { EntityType } from '../train/conll.js';

/** Entity types in label order. */
export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export type Scheme = 'bio' | 'bilou';

/** A typed token range `[start, end)`. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** The labels of a scheme, `O` first. */
export function labels(scheme: Scheme): string[] {
  const parts = scheme === 'bio' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  return ['O', ...TYPES.flatMap((t) => parts.map((p) => `${p}-${t}`))];
}

/** Whether label `b` may follow label `a` (`a` null at the sentence start; `b` null at its end). */
export function allowed(scheme: Scheme, a: string | null, b: string | null): boolean {
  const ap = a?.[0] ?? 'O';
  const at = a?.slice(2) ?? '';
  const bp = b?.[0] ?? 'O';
  const bt = b?.slice(2) ?? '';
  if (scheme === 'bio') return bp !== 'I' || ((ap === 'B' || ap === 'I') && at === bt);
  const open = ap === 'B' || ap === 'I';
  if (open) return (bp === 'I' || bp === 'L') && at === bt;
  return bp === 'O' || bp === 'B' || bp === 'U';
}

/** Token spans of IOB2 tags (an I- without its B- starts a span, as conlleval does). */
export function spansOfTags(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.push({ start, end, type: type as EntityType });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const p = tag[0];
    const t = tag.slice(2);
    if (p === 'O' || tag === 'O') close(i);
    else if (p === 'B' || p === 'U' || t !== type || start < 0) {
      close(i);
      start = i;
      type = t;
    }
    if (p === 'U' || p === 'L') close(i + 1);
  });
  close(tags.length);
  return out;
}

/** Encodes token spans as labels of `scheme` over `n` tokens. */
export function tagsOfSpans(spans: readonly TokenSpan[], n: number, scheme: Scheme): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) {
      let p = i === s.start ? 'B' : 'I';
      if (scheme === 'bilou') {
        if (s.end - s.start === 1) p = 'U';
        else if (i === s.end - 1) p = 'L';
      }
      tags[i] = `${p}-${s.type}`;
    }
  }
  return tags;
}
