/**
 * Training and evaluation helpers shared by `scripts/train-ner.ts`, `eval/ner/run.ts` and the
 * tuning script: load the corpora, turn sentences into training instances through the project
 * tokenizer, train, and score on CoNLL terms over the corpus's own words.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../../text/tokenize.js';
import { documentFeatures, tagDocument } from '../tagger/document.js';
import { type FeatureConfig, FeatureExtractor, type FeatureResources } from '../tagger/features.js';
import { type ModelParams, SequenceModel } from '../tagger/model.js';
import { type Scheme, type TokenSpan, tagsOfSpans } from '../tagger/scheme.js';
import { Tagger } from '../tagger/tagger.js';
import { type AlignedSentence, align, wordTags } from './align.js';
import { readConll, type TaggedSentence } from './conll.js';
import { type ConllScores, conllScore } from './conlleval.js';
import { trainCrf } from './crf.js';
import { trainPerceptron } from './perceptron.js';
import { splitAnercorp } from './split.js';

/** The NER corpora under `<shared>/data/ner`. */
export interface Corpora {
  /** ANERcorp portions (see split.ts). */
  readonly dev: readonly TaggedSentence[];
  readonly tune: readonly TaggedSentence[];
  readonly rest: readonly TaggedSentence[];
  readonly aqmar: readonly TaggedSentence[];
  readonly wikifane: readonly TaggedSentence[];
}

/** Reads the corpora; the optional Wikipedia corpora are empty when absent. */
export function loadCorpora(shared: string): Corpora {
  const dir = join(shared, 'data/ner');
  const { dev, tune, rest } = splitAnercorp(readConll(join(dir, 'anercorp-train.txt'), 'anercorp'));
  const aqmarDir = join(dir, 'aqmar');
  const aqmar = existsSync(aqmarDir)
    ? readdirSync(aqmarDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .flatMap((f) => readConll(join(aqmarDir, f), 'aqmar'))
    : [];
  const wf = join(dir, 'wikifane-gold.txt');
  const wikifane = existsSync(wf) ? readConll(wf, 'wikifane') : [];
  return { dev, tune, rest, aqmar, wikifane };
}

/** Training options of one model. */
export interface TrainOptions {
  /** Averaged perceptron or CRF (L2-regularised SGD). */
  readonly learner: 'perceptron' | 'crf';
  /** CRF only: L2 strength and initial learning rate. */
  readonly l2: number;
  readonly eta: number;
  readonly scheme: Scheme;
  readonly config: FeatureConfig;
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** Feature rows whose largest |weight| is below this share of the model's largest are dropped. */
  readonly prune: number;
  /** Perceptron only: models trained with this many shuffling seeds (seed, seed + 1, …) and averaged; 1 when absent. */
  readonly seeds?: number;
  readonly log?: (line: string) => void;
}

/** The domain of the target text (ANERcorp newswire) in domain-augmented training. */
const TARGET = 'news';

/**
 * Trains a model on tagged sentences. With `domains` (one per sentence), training uses feature
 * augmentation (Daumé 2007): every feature also gets a copy private to its sentence's domain, so
 * Wikipedia corpora teach what they share with news without imposing their own conventions. The
 * news copies are then added into the shared weights, which is exact for news text, so the
 * released model has plain features only.
 */
export function trainModel(
  sentences: readonly TaggedSentence[],
  resources: FeatureResources,
  options: TrainOptions,
  domains?: readonly string[],
  extra?: readonly (readonly (readonly string[])[])[],
): ModelParams {
  const extractor = new FeatureExtractor(options.config, resources);
  const data = sentences.map((s, i) => {
    const a = align(s);
    let features = extractor.sentence(a.tokens.map((t) => tokenView(a, t)));
    const more = extra?.[i];
    if (more) features = features.map((fs, k) => [...fs, ...(more[k] ?? [])]);
    const domain = domains?.[i];
    if (domain) features = features.map((fs) => [...fs, ...fs.map((f) => `${domain}|${f}`)]);
    return { features, labels: tagsOfSpans(a.gold, a.tokens.length, options.scheme) };
  });
  const runs = options.learner === 'crf' ? 1 : Math.max(1, options.seeds ?? 1);
  const models: ModelParams[] = [];
  for (let k = 0; k < runs; k++)
    models.push(
      options.learner === 'crf'
        ? trainCrf(data, options.scheme, options.config, {
            epochs: options.epochs,
            seed: options.seed,
            minCount: options.minCount,
            l2: options.l2,
            eta: options.eta,
            onEpoch: (e, loss) => options.log?.(`epoch ${e}: loss ${loss.toFixed(0)}`),
          })
        : trainPerceptron(data, options.scheme, options.config, {
            epochs: options.epochs,
            seed: options.seed + k,
            minCount: options.minCount,
            onEpoch: (e, errors) => options.log?.(`epoch ${e}: ${errors} sentences with errors`),
          }),
    );
  const params = models.length === 1 ? (models[0] as ModelParams) : averageModels(models);
  return prune(domains ? mergeDomain(params, TARGET) : params, options.prune);
}

/** A two-stage tagger: the first stage's output feeds the second's document features (`tagger/document.ts`). */
export interface TwoStageParams {
  readonly first: ModelParams;
  readonly second: ModelParams;
}

/**
 * Pseudo-documents of training sentences: runs of `size` consecutive sentences of one domain (the
 * corpora have no document marks; consecutive sentences mostly come from one article).
 */
export function trainingDocuments(count: number, size: number, domains?: readonly string[]): number[][] {
  const docs: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < count; i++) {
    if (current.length >= size || (current.length > 0 && domains?.[i] !== domains?.[i - 1])) {
      docs.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length > 0) docs.push(current);
  return docs;
}

/**
 * Trains a stacked two-stage tagger (Krishnan & Manning 2006). The first stage is the plain
 * tagger. The second stage reads, besides the same features, document features of first-stage
 * output; in training that output comes from `folds` jackknifed first-stage models, each trained
 * without the pseudo-documents it tags, so the second stage learns how far to trust first-stage
 * output as it will be on unseen text.
 */
export function trainTwoStage(
  sentences: readonly TaggedSentence[],
  resources: FeatureResources,
  options: TrainOptions,
  folds: number,
  domains?: readonly string[],
): TwoStageParams {
  const docs = trainingDocuments(sentences.length, EVAL_DOC_SIZE, domains);
  const spans: TokenSpan[][] = new Array(sentences.length);
  for (let f = 0; f < folds; f++) {
    const held = new Set<number>();
    docs.forEach((d, k) => {
      if (k % folds === f) for (const i of d) held.add(i);
    });
    const keep = sentences.map((_, i) => i).filter((i) => !held.has(i));
    options.log?.(`stage 1, fold ${f + 1}/${folds}: ${keep.length} sentences`);
    const params = trainModel(
      keep.map((i) => sentences[i] as TaggedSentence),
      resources,
      options,
      domains ? keep.map((i) => domains[i] as string) : undefined,
    );
    const tagger = new Tagger(new SequenceModel(params), resources);
    for (const i of held) spans[i] = tagger.tag(tagTokens(align(sentences[i] as TaggedSentence)));
  }
  options.log?.('stage 1 on everything');
  const first = trainModel(sentences, resources, options, domains);
  const extractor = new FeatureExtractor(options.config, resources);
  const extra: string[][][] = new Array(sentences.length);
  for (const d of docs) {
    const staged = d.map((i) => ({
      words: tagTokens(align(sentences[i] as TaggedSentence)).map((t) => extractor.word(t)),
      spans: spans[i] as TokenSpan[],
    }));
    documentFeatures(staged).forEach((x, k) => {
      extra[d[k] as number] = x;
    });
  }
  options.log?.('stage 2');
  const second = trainModel(
    sentences,
    resources,
    { ...options, config: { ...options.config, document: true } },
    domains,
    extra,
  );
  return { first, second };
}

/** The mean of models over the same labels (a feature missing from a model has weight 0 there). */
export function averageModels(models: readonly ModelParams[]): ModelParams {
  const first = models[0] as ModelParams;
  const L = first.weights.length / Math.max(1, first.features.length);
  const names = [...new Set(models.flatMap((m) => m.features))].sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const weights = new Float32Array(names.length * L);
  const transitions = new Float32Array(first.transitions.length);
  for (const m of models) {
    m.features.forEach((f, i) => {
      const r = index.get(f) as number;
      for (let l = 0; l < L; l++)
        weights[r * L + l] =
          (weights[r * L + l] as number) + (m.weights[i * L + l] as number) / models.length;
    });
    for (let p = 0; p < transitions.length; p++)
      transitions[p] = (transitions[p] as number) + (m.transitions[p] as number) / models.length;
  }
  return { ...first, features: names, weights, transitions };
}

/** Drops feature rows with only small weights (see `TrainOptions.prune`). */
function prune(params: ModelParams, share: number): ModelParams {
  if (share <= 0) return params;
  const L = params.weights.length / Math.max(1, params.features.length);
  let max = 0;
  for (const w of params.weights) max = Math.max(max, Math.abs(w));
  const keep: number[] = [];
  for (let f = 0; f < params.features.length; f++) {
    let m = 0;
    for (let l = 0; l < L; l++) m = Math.max(m, Math.abs(params.weights[f * L + l] as number));
    if (m >= share * max) keep.push(f);
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((f, r) => {
    weights.set(params.weights.subarray(f * L, f * L + L), r * L);
  });
  return { ...params, features: keep.map((f) => params.features[f] as string), weights };
}

/** Adds the `domain|f` weights into `f` and drops every domain-private feature. */
function mergeDomain(params: ModelParams, domain: string): ModelParams {
  const L = params.weights.length / Math.max(1, params.features.length);
  const prefix = /^[a-z]+\|/u;
  const index = new Map<string, number>();
  const names: string[] = [];
  params.features.forEach((f) => {
    const m = prefix.exec(f);
    const base = m ? (m[0] === `${domain}|` ? f.slice(m[0].length) : null) : f;
    if (base !== null && !index.has(base)) {
      index.set(base, names.length);
      names.push(base);
    }
  });
  const weights = new Float32Array(names.length * L);
  params.features.forEach((f, i) => {
    const m = prefix.exec(f);
    const base = m ? (m[0] === `${domain}|` ? f.slice(m[0].length) : null) : f;
    if (base === null) return;
    const r = index.get(base) as number;
    for (let l = 0; l < L; l++)
      weights[r * L + l] = (weights[r * L + l] as number) + (params.weights[i * L + l] as number);
  });
  return { ...params, features: names, weights };
}

/** Domain labels for a training set made of ANERcorp and extra corpora. */
export function domainsOf(
  parts: readonly { readonly sentences: readonly TaggedSentence[]; readonly domain: string }[],
): {
  sentences: TaggedSentence[];
  domains: string[];
} {
  const sentences: TaggedSentence[] = [];
  const domains: string[] = [];
  for (const p of parts) {
    sentences.push(...p.sentences);
    for (let i = 0; i < p.sentences.length; i++) domains.push(p.domain);
  }
  return { sentences, domains };
}

export { TARGET as NEWS_DOMAIN };

function tokenView(a: AlignedSentence, t: AlignedSentence['tokens'][number]) {
  return { ...t, text: a.text.slice(t.start, t.end) };
}

/** Something that finds entities in a sentence's tokens: the bare tagger or the whole stage. */
export type SentenceTagger = (a: AlignedSentence) => readonly TokenSpan[];

/** CoNLL scores of a tagger over sentences (aligned through the project tokenizer). */
export function evaluate(tag: SentenceTagger, sentences: readonly TaggedSentence[]): ConllScores {
  const pairs = sentences.map((s) => {
    const a = align(s);
    return { gold: s.tags, predicted: wordTags(a, tag(a)) };
  });
  return conllScore(pairs);
}

/**
 * CoNLL scores of a two-stage tagger alone (no lexicon, no propagation) on pseudo-documents of
 * `docSize` consecutive sentences.
 */
export function evaluateStacked(
  first: Tagger,
  second: Tagger,
  sentences: readonly TaggedSentence[],
  docSize: number,
): ConllScores {
  return scorePseudoDocuments(sentences, docSize, (aligned) =>
    tagDocument(first, second, aligned.map(tagTokens)).map((t) => t.spans),
  );
}

/**
 * CoNLL scores over pseudo-documents of `docSize` consecutive sentences; `tag` gives the token
 * spans it finds in each sentence of one pseudo-document.
 */
function scorePseudoDocuments(
  sentences: readonly TaggedSentence[],
  docSize: number,
  tag: (aligned: readonly AlignedSentence[]) => readonly (readonly TokenSpan[])[],
): ConllScores {
  const pairs: { gold: readonly string[]; predicted: readonly string[] }[] = [];
  for (let d = 0; d < sentences.length; d += docSize) {
    const aligned = sentences.slice(d, d + docSize).map(align);
    const spans = tag(aligned);
    aligned.forEach((a, i) => {
      pairs.push({ gold: a.goldTags, predicted: wordTags(a, spans[i] ?? []) });
    });
  }
  return conllScore(pairs);
}

/**
 * Sentences per pseudo-document when the stage is evaluated: ANERcorp articles run from a few to
 * a few dozen sentences; 12 keeps most windows within one article.
 */
export const EVAL_DOC_SIZE = 12;

/** Finds entities in a document given its text, tokens and sentence spans (the stage's `findEntities`). */
export type DocumentFinder = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
) => readonly { start: number; end: number; type: string }[];

/**
 * CoNLL scores of the whole stage run on pseudo-documents of `docSize` consecutive sentences
 * (ANERcorp has no document marks; consecutive sentences mostly come from one article), so that
 * document-level steps (surnames, one sense per document) are measured too.
 */
export function evaluateDocuments(
  find: DocumentFinder,
  sentences: readonly TaggedSentence[],
  docSize: number,
): ConllScores {
  return scorePseudoDocuments(sentences, docSize, (aligned) => {
    let text = '';
    const tokens: Token[] = [];
    const spans: { start: number; end: number }[] = [];
    const offsets: number[] = [];
    for (const a of aligned) {
      if (text !== '') text += '\n';
      const off = text.length;
      offsets.push(off);
      text += a.text;
      spans.push({ start: off, end: off + a.text.length });
      for (const t of a.tokens) tokens.push({ ...t, start: t.start + off, end: t.end + off });
    }
    const found = find(text, tokens, spans);
    return aligned.map((a, i) => {
      const off = offsets[i] as number;
      const mine: TokenSpan[] = [];
      for (const e of found) {
        const start = a.tokens.findIndex((t) => t.start + off === e.start);
        const last = a.tokens.findIndex((t) => t.end + off === e.end);
        if (start >= 0 && last >= start)
          mine.push({ start, end: last + 1, type: e.type as TokenSpan['type'] });
      }
      return mine;
    });
  });
}

/** The tokens of an aligned sentence as the tagger reads them. */
export function tagTokens(a: AlignedSentence) {
  return a.tokens.map((t) => tokenView(a, t));
}
