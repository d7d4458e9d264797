/**
 * The deterministic split of ANERcorp-train into our portions. The corpus is a run of newswire
 * articles without document marks, so it is cut into BLOCKS contiguous blocks of about equal
 * token counts (whole sentences), and blocks are dealt out by position:
 * - dev: every block with `b % 6 === 5` (5 of 30 blocks, ~16.7% of the tokens), never trained or
 *   tuned on; evaluated only for the final report and the gate;
 * - tune: `b % 6 === 2`, a slice of the training portion used to choose features, scheme and
 *   epochs (models for the ablation train on train − tune);
 * - train: everything but dev (tune included) for the released model.
 * Contiguous blocks keep an article's sentences together, so dev resembles unseen articles.
 */
import type { TaggedSentence } from './conll.js';

/** Number of contiguous blocks the corpus is cut into. */
export const BLOCKS = 30;

/** The portion a block belongs to. */
export function portionOfBlock(b: number): 'dev' | 'tune' | 'train' {
  if (b % 6 === 5) return 'dev';
  if (b % 6 === 2) return 'tune';
  return 'train';
}

/** Splits sentences into dev, tune and the rest of train (see the module comment). */
export function splitAnercorp(sentences: readonly TaggedSentence[]): {
  dev: TaggedSentence[];
  tune: TaggedSentence[];
  rest: TaggedSentence[];
} {
  const total = sentences.reduce((n, s) => n + s.words.length, 0);
  const out = { dev: [] as TaggedSentence[], tune: [] as TaggedSentence[], rest: [] as TaggedSentence[] };
  let seen = 0;
  for (const s of sentences) {
    const b = Math.min(BLOCKS - 1, Math.floor((seen * BLOCKS) / total));
    seen += s.words.length;
    const p = portionOfBlock(b);
    (p === 'dev' ? out.dev : p === 'tune' ? out.tune : out.rest).push(s);
  }
  return out;
}
