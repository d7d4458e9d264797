/**
 * `npm run eval:ner`: trains the tagger on the training portion of ANERcorp (as `npm run
 * train:ner`, in memory: the committed model is not touched), then reports CoNLL entity-level
 * precision, recall and F1 per type on the held-out dev portion, the one-core speed of the stage,
 * the model size and its load time. `--no-train` evaluates the committed model instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordClusters } from '../../src/entities/clusters.js';
import { modelsDir } from '../../src/entities/models-dir.js';
import {
  type EntityResources,
  entityRegistry,
  entityResources,
  FIRST_MODEL_FILE,
  featureResources,
  MODEL_FILE,
} from '../../src/entities/resources.js';
import { SequenceModel } from '../../src/entities/tagger/model.js';
import { decodeModel, encodeModel } from '../../src/entities/tagger/model-file.js';
import { Tagger } from '../../src/entities/tagger/tagger.js';
import { formatScores } from '../../src/entities/train/conlleval.js';
import { PROVENANCE, trainReleased } from '../../src/entities/train/release.js';
import { EVAL_DOC_SIZE, loadCorpora } from '../../src/entities/train/train.js';
import { sharedDir } from '../lib/paths.js';
import { measureSpeed, scoreDev } from './score.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Load time of the committed models in a fresh process (ms), as the CLI would see it. */
function coldLoadMs(): number {
  const out = execFileSync(process.execPath, [...process.execArgv, join(here, 'load-time.ts')], {
    encoding: 'utf8',
  });
  return Number(out.trim());
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    console.log('eval:ner: no ../shared (set MARSAD_SHARED); nothing evaluated');
    return;
  }
  const train = !process.argv.includes('--no-train');
  const corpora = loadCorpora(shared);
  const devWords = corpora.dev.reduce((n, s) => n + s.words.length, 0);
  let resources: EntityResources;
  let modelBytes: number;
  if (train) {
    const t0 = Date.now();
    const { model: params, first } = trainReleased(corpora, (l) => console.log(`  ${l}`));
    const bytes = encodeModel(params, { trainedOn: PROVENANCE });
    const firstBytes = first ? encodeModel(first, { trainedOn: `${PROVENANCE} (first stage)` }) : null;
    console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${params.features.length} features`);
    const features = featureResources(wordClusters(), entityRegistry());
    // Evaluate the quantised model exactly as it would be committed.
    const model = new SequenceModel(decodeModel(bytes));
    resources = {
      clusters: wordClusters(),
      registry: entityRegistry(),
      features,
      tagger: new Tagger(model, features),
      ...(firstBytes ? { first: new Tagger(new SequenceModel(decodeModel(firstBytes)), features) } : {}),
    };
    modelBytes = bytes.length + (firstBytes?.length ?? 0);
    const same =
      readFileSync(join(modelsDir(), MODEL_FILE)).equals(bytes) &&
      (!firstBytes ||
        (existsSync(join(modelsDir(), FIRST_MODEL_FILE)) &&
          readFileSync(join(modelsDir(), FIRST_MODEL_FILE)).equals(firstBytes)));
    console.log(
      same
        ? 'the committed model is identical'
        : 'NOTE: differs from the committed model (run npm run train:ner)',
    );
  } else {
    resources = entityResources();
    modelBytes = statSync(join(modelsDir(), MODEL_FILE)).size;
    if (resources.first) modelBytes += statSync(join(modelsDir(), FIRST_MODEL_FILE)).size;
  }
  const { tagger, stage } = scoreDev(resources, corpora.dev);
  console.log(
    `\nANERcorp dev portion (${corpora.dev.length} sentences, ${devWords} words; never trained or tuned on)`,
  );
  console.log('tagger alone:');
  console.log(formatScores(tagger));
  console.log(
    `entities stage (tagger, lexicon, places, propagation; documents of ${EVAL_DOC_SIZE} sentences):`,
  );
  console.log(formatScores(stage));
  const speed = await measureSpeed(shared, resources);
  if (speed)
    console.log(
      `\nspeed (entities stage only, one core): ${(speed.tokensPerSecond / 1000).toFixed(0)}k tokens/s over ${speed.docs} news articles (${speed.tokens} tokens, ${speed.entities} entities)`,
    );
  const total = ['clusters.bin.gz', 'gazetteer.json.gz'].reduce(
    (n, f) => n + statSync(join(modelsDir(), f)).size,
    modelBytes,
  );
  console.log(
    `model ${(modelBytes / 2 ** 20).toFixed(1)} MiB; all entity build outputs ${(total / 2 ** 20).toFixed(1)} MiB`,
  );
  console.log(`cold load of the committed models: ${coldLoadMs().toFixed(0)} ms`);
}

await main();
