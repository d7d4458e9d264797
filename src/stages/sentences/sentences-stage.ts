import type { Stage } from '../../pipeline/index.js';
import { splitParagraphs, splitSentences } from '../../text/sentences.js';
import type { TokenSpan } from '../tokens/index.js';

/** Stage writing the `sentences` and `paragraphs` layers (plain spans) from the `tokens` layer. */
export function sentences(): Stage {
  return {
    name: 'sentences.v1',
    requires: ['tokens'],
    provides: ['sentences', 'paragraphs'],
    run(doc) {
      return {
        layers: {
          sentences: splitSentences(doc.text, doc.spans<TokenSpan>('tokens')),
          paragraphs: splitParagraphs(doc.text),
        },
      };
    },
  };
}
