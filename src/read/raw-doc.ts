import type { MarsadError, Meta, Source } from '../doc/index.js';

/**
 * A document as a reader delivers it: decoded text still full of site debris, plus whatever
 * metadata the input format carried. Cleaning turns it into a `Doc`.
 */
export interface RawDoc {
  readonly source: Source;
  /** Decoded text; for HTML, the body's text with one block element per line. */
  readonly text: string;
  /** Title given by the input format (JSON field, HTML <title>/og:title/<h1>), if any. */
  readonly title: string | null;
  /** Metadata given by the input format; `published` here is already ISO when parseable. */
  readonly meta: Partial<Meta>;
  /** Content problems met while reading (replacement characters, skipped fields …). */
  readonly warnings: readonly string[];
}

/** One outcome per document, or per input that failed as a whole. */
export type ReadResult =
  | { readonly ok: true; readonly doc: RawDoc }
  | { readonly ok: false; readonly error: MarsadError };
