import type { JsonFieldMap } from './json.js';

/** What a reader needs to know about the input it is reading. */
export interface ReadContext {
  /** Source path as given or joined (relative stays relative), or null for stdin. */
  readonly path: string | null;
  /** Name of the input in messages: the path, or `stdin`. */
  readonly input: string;
  /** Explicit encoding label; skips detection. */
  readonly encoding?: string;
  /** JSON field names per document field, overriding the defaults. */
  readonly fields?: JsonFieldMap;
}
