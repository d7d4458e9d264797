/**
 * The released tagger's training recipe, shared by `npm run train:ner` and `npm run eval:ner`:
 * ANERcorp minus the dev blocks, plus the extra corpora the tuning kept, with TRAINING settings.
 */
import { wordClusters } from '../clusters.js';
import { entityRegistry, featureResources } from '../resources.js';
import type { ModelParams } from '../tagger/model.js';
import type { TaggedSentence } from './conll.js';
import { EXTRA_CORPORA, STACKING_FOLDS, TRAINING } from './settings.js';
import { type Corpora, domainsOf, NEWS_DOMAIN, trainModel, trainTwoStage } from './train.js';

/**
 * The released model's training sentences (ANERcorp minus dev, plus the chosen extra corpora)
 * with the domain of each, for domain-augmented training.
 */
export function trainingSentences(corpora: Corpora): { sentences: TaggedSentence[]; domains: string[] } {
  return domainsOf([
    { sentences: [...corpora.rest, ...corpora.tune], domain: NEWS_DOMAIN },
    ...EXTRA_CORPORA.map((x) => ({ sentences: corpora[x], domain: x })),
  ]);
}

/**
 * The released tagger: `model` is what `MODEL_FILE` holds; with stacking (STACKING_FOLDS > 0) it
 * is the second stage and `first` the first-stage model (`FIRST_MODEL_FILE`).
 */
export interface ReleasedModels {
  readonly model: ModelParams;
  readonly first: ModelParams | null;
}

/** Trains the released model(s); progress goes to `log`. */
export function trainReleased(corpora: Corpora, log: (line: string) => void): ReleasedModels {
  const { sentences, domains } = trainingSentences(corpora);
  const words = sentences.reduce((n, s) => n + s.words.length, 0);
  log(`training on ${sentences.length} sentences, ${words} words`);
  const resources = featureResources(wordClusters(), entityRegistry());
  const options = { ...TRAINING, log };
  const domainList = EXTRA_CORPORA.length > 0 ? domains : undefined;
  if (STACKING_FOLDS > 0) {
    const { first, second } = trainTwoStage(sentences, resources, options, STACKING_FOLDS, domainList);
    return { model: second, first };
  }
  return { model: trainModel(sentences, resources, options, domainList), first: null };
}

/** Provenance recorded in the model header. */
export const PROVENANCE = `ANERcorp (CAMeL train split) minus dev blocks${EXTRA_CORPORA.map((x) => ` + ${x}`).join('')}; ${TRAINING.scheme}, ${TRAINING.epochs} epochs, seed ${TRAINING.seed}${STACKING_FOLDS > 0 ? `; two stages, ${STACKING_FOLDS} jackknife folds` : ''}`;
