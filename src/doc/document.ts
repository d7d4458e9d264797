import { createHash } from 'node:crypto';
import { MarsadError } from './errors.js';
import { LAYER_RULES, Layer, type OverlapRule } from './layer.js';
import type { Message } from './message.js';
import { deepFreeze, type Span } from './span.js';

/** The input format a document came from. */
export type SourceFormat = 'text' | 'html' | 'json' | 'feed-item';

/** Where a document came from. */
export interface Source {
  /** File path as given, or null for stdin. */
  readonly path: string | null;
  readonly url: string | null;
  /** Detected input encoding: utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6. */
  readonly encoding: string;
  readonly format: SourceFormat;
  /** 1-based record number within a JSON array or JSONL file; absent for single-document files. */
  readonly record?: number;
}

/** Document metadata recovered from the input or its text. */
export interface Meta {
  readonly author: string | null;
  readonly outlet: string | null;
  readonly agency: string | null;
  readonly category: string | null;
  /** TIMEX3 value of the publication date, e.g. `2017-06-13`. */
  readonly published: string | null;
  readonly publishedSource: 'input' | 'text' | null;
}

export const EMPTY_META: Meta = Object.freeze({
  author: null,
  outlet: null,
  agency: null,
  category: null,
  published: null,
  publishedSource: null,
});

/**
 * A block dropped from the input by cleaning. Offsets are UTF-16 code units into the decoded
 * input text (before cleaning), since the removed text is not part of the base text.
 */
export interface Removed {
  readonly text: string;
  readonly reason: string;
  readonly inputStart: number;
  readonly inputEnd: number;
}

/** JSON form of a layer. */
export interface LayerJSON {
  overlap: OverlapRule;
  spans: Span[];
}

/** JSON form of a whole document (lossless; the analysis record is a projection of it). */
export interface DocJSON {
  version: 1;
  id: string;
  source: Source;
  title: string | null;
  text: string;
  meta: Meta;
  removed: Removed[];
  layers: Record<string, LayerJSON>;
  messages: Message[];
}

/** Content id: sha256 of the base text, first 16 hex characters. */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export interface DocInit {
  source: Source;
  title: string | null;
  text: string;
  meta?: Partial<Meta>;
  removed?: readonly Removed[];
  messages?: readonly Message[];
}

/**
 * A document: immutable base text with named standoff span layers, metadata and messages.
 * Every `with…` method returns a new document; the base text never changes.
 */
export class Doc {
  readonly id: string;
  readonly source: Source;
  readonly title: string | null;
  readonly text: string;
  readonly meta: Meta;
  readonly removed: readonly Removed[];
  readonly messages: readonly Message[];
  private readonly layerMap: ReadonlyMap<string, Layer>;

  private constructor(
    init: Required<Omit<DocInit, 'meta'>> & { meta: Meta },
    layers: ReadonlyMap<string, Layer>,
    id: string,
  ) {
    this.id = id;
    this.source = deepFreeze({ ...init.source });
    this.title = init.title;
    this.text = init.text;
    this.meta = deepFreeze({ ...init.meta });
    this.removed = deepFreeze([...init.removed]);
    this.messages = deepFreeze([...init.messages]);
    this.layerMap = layers;
    Object.freeze(this);
  }

  static create(init: DocInit): Doc {
    return new Doc(
      {
        source: init.source,
        title: init.title,
        text: init.text,
        meta: { ...EMPTY_META, ...init.meta },
        removed: init.removed ?? [],
        messages: init.messages ?? [],
      },
      new Map(),
      documentId(init.text),
    );
  }

  /** Names of the layers present, in insertion order. */
  get layerNames(): string[] {
    return [...this.layerMap.keys()];
  }

  hasLayer(name: string): boolean {
    return this.layerMap.has(name);
  }

  /** The layer called `name`; throws E_LAYER when absent (use `hasLayer` to test). */
  layer<T extends Span = Span>(name: string): Layer<T> {
    const layer = this.layerMap.get(name);
    if (!layer) throw new MarsadError('E_LAYER', `document ${this.id} has no layer "${name}"`);
    return layer as Layer<T>;
  }

  /** Spans of layer `name`, or an empty list when the layer is absent. */
  spans<T extends Span = Span>(name: string): readonly T[] {
    return (this.layerMap.get(name)?.spans ?? []) as readonly T[];
  }

  /**
   * Returns a document with layer `name` set to `spans`, checked against the layer's overlap rule
   * (from LAYER_RULES unless `overlap` is given). Replacing an existing layer is an error.
   */
  withLayer<T extends Span>(name: string, spans: readonly T[], overlap?: OverlapRule): Doc {
    if (this.layerMap.has(name)) {
      throw new MarsadError('E_LAYER', `document ${this.id} already has a layer "${name}"`);
    }
    const rule = overlap ?? LAYER_RULES[name];
    if (!rule) {
      throw new MarsadError('E_LAYER', `layer "${name}" has no overlap rule: declare one`);
    }
    const layers = new Map(this.layerMap);
    layers.set(name, Layer.create(name, rule, spans, this.text));
    return new Doc(this.fields(), layers, this.id);
  }

  withMeta(meta: Partial<Meta>): Doc {
    return new Doc({ ...this.fields(), meta: { ...this.meta, ...meta } }, this.layerMap, this.id);
  }

  withMessages(messages: readonly Message[]): Doc {
    if (messages.length === 0) return this;
    return new Doc({ ...this.fields(), messages: [...this.messages, ...messages] }, this.layerMap, this.id);
  }

  toJSON(): DocJSON {
    const layers: Record<string, LayerJSON> = {};
    for (const [name, layer] of this.layerMap) {
      layers[name] = { overlap: layer.overlap, spans: layer.spans.map((s) => ({ ...s })) };
    }
    return {
      version: 1,
      id: this.id,
      source: { ...this.source },
      title: this.title,
      text: this.text,
      meta: { ...this.meta },
      removed: this.removed.map((r) => ({ ...r })),
      layers,
      messages: this.messages.map((m) => ({ ...m })),
    };
  }

  /** Rebuilds a document from `toJSON` output, re-checking every layer. */
  static fromJSON(json: DocJSON): Doc {
    if (json.version !== 1)
      throw new MarsadError('E_FORMAT', `unsupported document version ${String(json.version)}`);
    let doc = Doc.create({
      source: json.source,
      title: json.title,
      text: json.text,
      meta: json.meta,
      removed: json.removed,
      messages: json.messages,
    });
    if (doc.id !== json.id) {
      throw new MarsadError(
        'E_FORMAT',
        `document id ${json.id} does not match its text (expected ${doc.id})`,
      );
    }
    for (const [name, layer] of Object.entries(json.layers))
      doc = doc.withLayer(name, layer.spans, layer.overlap);
    return doc;
  }

  private fields(): Required<Omit<DocInit, 'meta'>> & { meta: Meta } {
    return {
      source: this.source,
      title: this.title,
      text: this.text,
      meta: this.meta,
      removed: this.removed,
      messages: this.messages,
    };
  }
}
