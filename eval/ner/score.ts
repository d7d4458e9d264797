/**
 * Scoring helpers of the NER evaluation: dev-portion scores of the tagger alone and of the whole
 * entities stage (tagger + curated lexicon), and the one-core speed of the stage on news text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../../src/entities/find.js';
import type { EntityResources } from '../../src/entities/resources.js';
import type { TaggedSentence } from '../../src/entities/train/conll.js';
import type { ConllScores } from '../../src/entities/train/conlleval.js';
import { newsTexts } from '../../src/entities/train/news.js';
import {
  EVAL_DOC_SIZE,
  evaluate,
  evaluateDocuments,
  evaluateStacked,
  tagTokens,
} from '../../src/entities/train/train.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

/**
 * Scores of the bare tagger (sentence by sentence; a two-stage tagger on the same pseudo-documents
 * as the stage, since its second stage reads the document) and of the whole stage (run on pseudo-documents
 * of EVAL_DOC_SIZE consecutive sentences, so its document-level steps count) on the same sentences.
 */
export function scoreDev(
  resources: EntityResources,
  sentences: readonly TaggedSentence[],
): { tagger: ConllScores; stage: ConllScores } {
  const first = resources.first;
  return {
    tagger: first
      ? evaluateStacked(first, resources.tagger, sentences, EVAL_DOC_SIZE)
      : evaluate((a) => resources.tagger.tag(tagTokens(a)), sentences),
    stage: evaluateDocuments(
      (text, tokens, s) => findEntities(text, tokens, s, resources),
      sentences,
      EVAL_DOC_SIZE,
    ),
  };
}

/** Floor metrics of a score table: overall P/R/F1 and F1 per type. */
export function floorMetrics(s: ConllScores): Record<string, number> {
  const m: Record<string, number> = {
    f1: s.overall.f1,
    precision: s.overall.precision,
    recall: s.overall.recall,
  };
  for (const [t, p] of Object.entries(s.types)) m[`f1${t}`] = p.f1;
  return m;
}

/** Number of news articles the speed measurement tags. */
const SPEED_DOCS = 1500;

/**
 * Tokens per second of the entities stage alone (tokens and sentences computed beforehand, not
 * timed) over the first SPEED_DOCS articles of the news corpus, on one core; null without the corpus.
 */
export async function measureSpeed(
  shared: string,
  resources: EntityResources,
): Promise<{ tokensPerSecond: number; tokens: number; docs: number; entities: number } | null> {
  const path = join(shared, 'data/news/saudinewsnet-dev.jsonl.gz');
  if (!existsSync(path)) return null;
  const docs: {
    text: string;
    tokens: ReturnType<typeof tokenize>;
    sentences: ReturnType<typeof splitSentences>;
  }[] = [];
  for await (const text of newsTexts(path)) {
    const tokens = tokenize(text);
    docs.push({ text, tokens, sentences: splitSentences(text, tokens) });
    if (docs.length >= SPEED_DOCS) break;
  }
  // Warm-up on a few documents so lazy tables and JIT do not count against the measure.
  for (const d of docs.slice(0, 50)) findEntities(d.text, d.tokens, d.sentences, resources);
  let tokens = 0;
  let entities = 0;
  const t0 = process.hrtime.bigint();
  for (const d of docs) {
    entities += findEntities(d.text, d.tokens, d.sentences, resources).length;
    tokens += d.tokens.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { tokensPerSecond: tokens / seconds, tokens, docs: docs.length, entities };
}
