/**
 * The tagger model file (`models/ner-tagger.bin.gz`): gzip of
 * `[u32 header length][header JSON][feature strings, '\n'-joined, UTF-8][int16 weights][float32 transitions]`,
 * little-endian. Weights are quantised to int16 with one scale (max |w| / 32767): decoding only
 * compares sums of weights, and the rounding error is far below the margins that matter.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureConfig } from './features.js';
import type { ModelParams } from './model.js';
import { labels, type Scheme } from './scheme.js';

/** What the header records besides the sizes. */
export interface ModelMeta {
  /** Free-form provenance: corpora, portion, epochs, date-free so builds are reproducible. */
  readonly trainedOn: string;
}

interface Header extends ModelMeta {
  readonly format: 'marsad-ner';
  readonly version: 1;
  readonly scheme: Scheme;
  readonly config: FeatureConfig;
  readonly labels: readonly string[];
  readonly featureCount: number;
  readonly featureBytes: number;
  readonly scale: number;
}

/** Serialises a model to the gzipped file bytes. */
export function encodeModel(params: ModelParams, meta: ModelMeta): Buffer {
  const L = labels(params.scheme).length;
  let max = 0;
  for (const w of params.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const features = Buffer.from(params.features.join('\n'), 'utf8');
  const header: Header = {
    format: 'marsad-ner',
    version: 1,
    scheme: params.scheme,
    config: params.config,
    labels: labels(params.scheme),
    featureCount: params.features.length,
    featureBytes: features.length,
    scale,
    ...meta,
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const weights = new Int16Array(params.features.length * L);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round((params.weights[i] as number) / scale);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  const body = Buffer.concat([
    len,
    head,
    features,
    Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength),
    Buffer.from(params.transitions.buffer, params.transitions.byteOffset, params.transitions.byteLength),
  ]);
  return gzipSync(body, { level: 9 });
}

/** Reads model bytes written by `encodeModel`; throws on a malformed file. */
export function decodeModel(bytes: Buffer): ModelParams & { meta: ModelMeta } {
  const body = gunzipSync(bytes);
  const headLength = body.readUInt32LE(0);
  const header = JSON.parse(body.subarray(4, 4 + headLength).toString('utf8')) as Header;
  if (header.format !== 'marsad-ner' || header.version !== 1)
    throw new Error('model: not a marsad-ner v1 file');
  const L = labels(header.scheme).length;
  if (header.labels.join(',') !== labels(header.scheme).join(','))
    throw new Error('model: label set does not match this version of the tagger');
  let at = 4 + headLength;
  const features =
    header.featureCount === 0
      ? []
      : body
          .subarray(at, at + header.featureBytes)
          .toString('utf8')
          .split('\n');
  if (features.length !== header.featureCount) throw new Error('model: feature count mismatch');
  at += header.featureBytes;
  const n = header.featureCount * L;
  const raw = new Int16Array(n);
  Buffer.from(raw.buffer).set(body.subarray(at, at + n * 2));
  at += n * 2;
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) weights[i] = (raw[i] as number) * header.scale;
  const T = (L + 1) * (L + 1);
  const transitions = new Float32Array(T);
  Buffer.from(transitions.buffer).set(body.subarray(at, at + T * 4));
  if (at + T * 4 !== body.length) throw new Error('model: trailing or missing bytes');
  return {
    scheme: header.scheme,
    config: header.config,
    features,
    weights,
    transitions,
    meta: { trainedOn: header.trainedOn },
  };
}
