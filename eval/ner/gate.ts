/**
 * The NER gate of `npm run eval`: scores the COMMITTED model (no training in CI) on the ANERcorp
 * dev portion through the whole entities stage, against the floors in eval/ner/floors.json.
 */

import { entityResources } from '../../src/entities/resources.js';
import { formatScores } from '../../src/entities/train/conlleval.js';
import { loadCorpora } from '../../src/entities/train/train.js';
import { checkFloors } from '../lib/floors.js';
import { sharedDir } from '../lib/paths.js';
import { floorMetrics, scoreDev } from './score.js';

/** Runs the gate; returns one line per floor not met. */
export async function runGate({ verbose }: { verbose?: boolean }): Promise<string[]> {
  const shared = sharedDir();
  if (!shared) {
    console.log('ner: no ../shared (set MARSAD_SHARED); skipped');
    return [];
  }
  const { dev } = loadCorpora(shared);
  const { tagger, stage } = scoreDev(entityResources(), dev);
  console.log(
    `ner.dev: F1 ${(stage.overall.f1 * 100).toFixed(1)} (P ${(stage.overall.precision * 100).toFixed(1)}, R ${(stage.overall.recall * 100).toFixed(1)}); tagger alone F1 ${(tagger.overall.f1 * 100).toFixed(1)}`,
  );
  if (verbose) console.log(formatScores(stage));
  return checkFloors('ner.dev', floorMetrics(stage));
}
