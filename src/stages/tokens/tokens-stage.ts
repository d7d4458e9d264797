import type { Stage } from '../../pipeline/index.js';
import { type Token, tokenize } from '../../text/tokenize.js';

/** A span of the `tokens` layer: the token itself, `{ start, end, kind, script, key, clitics? }`. */
export type TokenSpan = Token;

/** Stage writing the `tokens` layer from the base text. */
export function tokens(): Stage {
  return {
    name: 'tokens.v1',
    requires: ['text'],
    provides: ['tokens'],
    run(doc) {
      return { layers: { tokens: tokenize(doc.text) } };
    },
  };
}
