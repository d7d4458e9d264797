/**
 * Loads the committed build outputs (models/) once and wires them into what the tagger and the
 * canonicaliser read: word clusters and counts, the entity registry (curated lexicon + gazetteer)
 * and the tagger model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type WordClusters, wordClusters, wordCount } from './clusters.js';
import { gazetteer } from './gazetteer.js';
import { ACTORS } from './lexicon/index.js';
import { modelsDir } from './models-dir.js';
import type { PhraseIndex } from './phrase-index.js';
import { EntityRegistry } from './registry.js';
import type { FeatureResources, WordFeatures } from './tagger/features.js';
import { SequenceModel } from './tagger/model.js';
import { decodeModel } from './tagger/model-file.js';
import { Tagger } from './tagger/tagger.js';

/** File name of the tagger model in models/. */
export const MODEL_FILE = 'ner-tagger.bin.gz';
/** File name of the first-stage tagger model, read when the model in MODEL_FILE is a second stage. */
export const FIRST_MODEL_FILE = 'ner-tagger-1.bin.gz';

/** Feature resources over clusters and the registry. */
export function featureResources(clusters: WordClusters, registry: EntityRegistry): FeatureResources {
  const clustersOf = (key: string): readonly number[] | null => {
    const r = clusters.index.get(key);
    return r === undefined ? null : clusters.clusters.map((c) => c[r] as number);
  };
  /** B-/I- tags of the phrases of `list` found in the words, labelled by `label` of the match's values. */
  const tagsOf = <V>(
    list: PhraseIndex<V>,
    words: readonly WordFeatures[],
    label: (values: readonly V[]) => string,
  ): readonly string[] => {
    const tags = new Array<string>(words.length).fill('');
    const matches = list.scan(
      words.length,
      (i) => (words[i] as WordFeatures).starts,
      (i) => (words[i] as WordFeatures).unit,
    );
    for (const m of matches) {
      const type = label(m.values);
      for (let i = m.start; i < m.end; i++) tags[i] = `${i === m.start ? 'B' : 'I'}-${type}`;
    }
    return tags;
  };
  return {
    listTags: (words) => tagsOf(registry.lists, words, (values) => [...values].sort().join('/')),
    countOf: (key) => wordCount(clusters, key),
    clustersOf,
    personNameCount: (form) => registry.personCounts.get(form) ?? 0,
    phraseTags: (words) => tagsOf(registry.gazetteer, words, (values) => values[0] ?? ''),
  };
}

/** Everything the entities stage needs, loaded from models/. */
export interface EntityResources {
  readonly clusters: WordClusters;
  readonly registry: EntityRegistry;
  readonly features: FeatureResources;
  readonly tagger: Tagger;
  /**
   * The first-stage tagger when `tagger` is a second stage reading document features
   * (`tagger/document.ts`); absent for a single-stage model.
   */
  readonly first?: Tagger;
}

let cachedRegistry: EntityRegistry | null = null;

/** The registry of known entities (curated lexicon + committed gazetteer), loaded once. */
export function entityRegistry(): EntityRegistry {
  cachedRegistry ??= new EntityRegistry(gazetteer(), ACTORS);
  return cachedRegistry;
}

let cached: EntityResources | null = null;

/** Loads (once) the committed tagger model, clusters and registry. */
export function entityResources(): EntityResources {
  if (!cached) {
    const clusters = wordClusters();
    const registry = entityRegistry();
    const features = featureResources(clusters, registry);
    const model = new SequenceModel(decodeModel(readFileSync(join(modelsDir(), MODEL_FILE))));
    const first = model.params.config.document
      ? new Tagger(
          new SequenceModel(decodeModel(readFileSync(join(modelsDir(), FIRST_MODEL_FILE)))),
          features,
        )
      : undefined;
    cached = {
      clusters,
      registry,
      features,
      tagger: new Tagger(model, features),
      ...(first ? { first } : {}),
    };
  }
  return cached;
}
