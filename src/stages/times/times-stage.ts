import type { Span } from '../../doc/index.js';
import type { Stage } from '../../pipeline/index.js';
import type { TokenSpan } from '../tokens/index.js';
import { findTimes, TIMES_STAGE } from './find-times.js';

/**
 * Stage writing the `times` layer (TIMEX3 DATE/TIME/DURATION/SET spans with resolved values,
 * `eval/times/GUIDELINES.md`). Relative expressions are resolved against `meta.published`; when
 * cleaning left it null and the text states its date (a dateline), that date fills
 * `meta.published` with `publishedSource: 'text'`.
 */
export function times(): Stage {
  return {
    name: TIMES_STAGE,
    requires: ['tokens', 'sentences'],
    provides: ['times', 'meta.published', 'meta.publishedSource'],
    run(doc) {
      const known = doc.meta.published;
      const result = findTimes(doc.text, doc.spans<TokenSpan>('tokens'), doc.spans<Span>('sentences'), known);
      return {
        layers: { times: result.times },
        messages: result.messages,
        ...(known === null && result.published
          ? { meta: { published: result.published, publishedSource: 'text' } }
          : {}),
      };
    },
  };
}
