/**
 * Document features for a second-stage tagger (stacking, after Krishnan & Manning 2006): a first
 * tagger's spans over a whole document are aggregated, and each token gets features saying how
 * the same word and the same word sequences were labelled elsewhere in the document. The second
 * stage learns how far to trust that evidence, where plain propagation trusts it always. In
 * training the first-stage spans come from jackknifed models (`train/train.ts`), so the second
 * stage sees first-stage output as good as it will be on unseen text.
 */
import { PhraseIndex } from '../phrase-index.js';
import type { EntityType } from '../train/conll.js';
import type { TagToken, WordFeatures } from './features.js';
import { type TokenSpan, TYPES } from './scheme.js';
import type { Tagger } from './tagger.js';

/** One sentence of a document: its words' features and the first stage's spans. */
export interface StagedSentence {
  readonly words: readonly WordFeatures[];
  readonly spans: readonly TokenSpan[];
}

/** Index of a type in `TYPES`, `TYPES.length` for outside any entity. */
const OUTSIDE = TYPES.length;

/** The key a word is aggregated under: its folded clitic-stripped form ('' for non-words). */
function keyOf(w: WordFeatures): string {
  return w.starts[0] ?? '';
}

/** Share of entity uses bucketed: 1 some, 2 about half, 3 most, 4 all. */
function shareBucket(entity: number, all: number): number {
  if (entity === all) return 4;
  const r = entity / all;
  return r > 0.66 ? 3 : r > 0.33 ? 2 : 1;
}

/** The most frequent type among counts (first in `TYPES` order on ties), or null for none. */
function majority(counts: ArrayLike<number>): { type: EntityType; n: number } | null {
  let best = -1;
  let n = 0;
  for (let t = 0; t < OUTSIDE; t++) {
    if ((counts[t] as number) > n) {
      n = counts[t] as number;
      best = t;
    }
  }
  return best < 0 ? null : { type: TYPES[best] as EntityType, n };
}

/**
 * Extra features of every token of every sentence of a document:
 * - `s1=` the first stage's label of the token itself (B-PER, I-ORG, O);
 * - `dt=` the majority type the first stage gave this word in the document's other sentences
 *   (`dt=O` when it was never part of an entity there), with `dr=` the share of those uses that
 *   were in an entity;
 * - `dp=` where a sequence of words the first stage marked as an entity in another sentence
 *   recurs here (B-/I- and its type), and `dp=S-PER` for the last name of a person named there in
 *   full.
 */
export function documentFeatures(sentences: readonly StagedSentence[]): string[][][] {
  const L = OUTSIDE + 1;
  const total = new Map<string, Float64Array>();
  const own: Map<string, Float64Array>[] = [];
  const labels: string[][] = [];
  const phrases = new PhraseIndex<string>();
  sentences.forEach((s, si) => {
    const tags = new Array<string>(s.words.length).fill('O');
    const types = new Array<number>(s.words.length).fill(OUTSIDE);
    for (const span of s.spans) {
      const t = TYPES.indexOf(span.type);
      for (let i = span.start; i < span.end; i++) {
        tags[i] = `${i === span.start ? 'B' : 'I'}-${span.type}`;
        types[i] = t;
      }
      const units = s.words
        .slice(span.start, span.end)
        .map((w, i) => (i === 0 ? keyOf(w) || w.unit : w.unit));
      if (units.length > 1 || (units[0] as string).length >= 3) phrases.add(units, `${si}|${span.type}`);
      const last = units.at(-1) as string;
      if (span.type === 'PER' && units.length > 1 && last.length >= 3) phrases.add([last], `${si}|S-PER`);
    }
    labels.push(tags);
    const mine = new Map<string, Float64Array>();
    s.words.forEach((w, i) => {
      const k = keyOf(w);
      if (k === '') return;
      let c = mine.get(k);
      if (!c) {
        c = new Float64Array(L);
        mine.set(k, c);
      }
      c[types[i] as number] = (c[types[i] as number] as number) + 1;
    });
    for (const [k, c] of mine) {
      let t = total.get(k);
      if (!t) {
        t = new Float64Array(L);
        total.set(k, t);
      }
      for (let l = 0; l < L; l++) t[l] = (t[l] as number) + (c[l] as number);
    }
    own.push(mine);
  });
  const other = new Float64Array(L);
  return sentences.map((s, si) => {
    const tags = labels[si] as string[];
    const out = s.words.map((_, i) => [`s1=${tags[i]}`]);
    const mine = own[si] as Map<string, Float64Array>;
    s.words.forEach((w, i) => {
      const k = keyOf(w);
      if (k === '') return;
      const t = total.get(k) as Float64Array;
      const c = mine.get(k) as Float64Array;
      let all = 0;
      for (let l = 0; l < L; l++) {
        other[l] = (t[l] as number) - (c[l] as number);
        all += other[l] as number;
      }
      if (all === 0) return;
      const m = majority(other);
      const f = out[i] as string[];
      if (!m) f.push('dt=O');
      else f.push(`dt=${m.type}`, `dr=${m.type}${shareBucket(m.n, all)}`);
    });
    const prefix = `${si}|`;
    for (const match of phrases.scan(
      s.words.length,
      (i) => (s.words[i] as WordFeatures).starts,
      (i) => (s.words[i] as WordFeatures).unit,
    )) {
      const elsewhere = match.values.filter((v) => !v.startsWith(prefix));
      if (elsewhere.length === 0) continue;
      const kinds = [...new Set(elsewhere.map((v) => v.slice(v.indexOf('|') + 1)))].sort();
      for (const kind of kinds) {
        if (kind === 'S-PER') {
          (out[match.start] as string[]).push('dp=S-PER');
          continue;
        }
        for (let i = match.start; i < match.end; i++)
          (out[i] as string[]).push(`dp=${i === match.start ? 'B' : 'I'}-${kind}`);
      }
    }
    return out;
  });
}

/** Tags a document's sentences with a first-stage tagger, then a second stage reading its document features. */
export function tagDocument(
  first: Tagger,
  second: Tagger,
  sentences: readonly (readonly TagToken[])[],
): { spans: TokenSpan[]; words: readonly WordFeatures[] }[] {
  const staged = sentences.map((tokens) => {
    const words = first.words(tokens);
    return { words, spans: first.tag(tokens, words) };
  });
  const extra = documentFeatures(staged);
  return sentences.map((tokens, i) => {
    const words = second.words(tokens);
    return { spans: second.tag(tokens, words, extra[i]), words };
  });
}
