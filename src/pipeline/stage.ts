import type { Doc, Message, Meta, OverlapRule, Span } from '../doc/index.js';

/**
 * What a stage hands back: new layers, metadata fields and messages. The pipeline writes them
 * onto the document and refuses anything the stage did not declare in `provides`.
 */
export interface StageOutput {
  readonly layers?: Readonly<Record<string, readonly Span[]>>;
  readonly meta?: Partial<Meta>;
  readonly messages?: readonly Message[];
}

/**
 * A pipeline stage. `requires`/`provides` name capabilities: a layer name (`tokens`), or a
 * metadata field as `meta.<field>` (`meta.published`). The base text, title, source and metadata
 * read by cleaning are always available as `text`.
 */
export interface Stage {
  /** Versioned name, e.g. `tokens.v1`; also the `stage` of messages it emits. */
  readonly name: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
  /** Overlap rules of layers this stage introduces that LAYER_RULES does not know. */
  readonly layerRules?: Readonly<Record<string, OverlapRule>>;
  run(doc: Doc): StageOutput;
}

/** Capabilities every document has before any stage runs. */
export const BASE_CAPABILITIES: readonly string[] = Object.freeze([
  'text',
  'title',
  'source',
  'meta.author',
  'meta.outlet',
  'meta.agency',
  'meta.category',
]);
