/**
 * `npm run train:ner`: trains the entity tagger on the training portion of ANERcorp (everything
 * but the dev blocks, see src/entities/train/split.ts) with the settings of
 * src/entities/train/settings.ts, and writes `models/ner-tagger.bin.gz`. Deterministic: the same
 * data, clusters and gazetteer give the same bytes. Needs models/clusters.bin.gz
 * (scripts/build-clusters.ts) and models/gazetteer.json.gz (npm run build:gazetteers).
 * With stacking (settings.ts) the first-stage model goes to `models/ner-tagger-1.bin.gz`, next to
 * the output. `--out <file>` writes elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sharedDir } from '../eval/lib/paths.js';
import { modelsDir } from '../src/entities/models-dir.js';
import { FIRST_MODEL_FILE, MODEL_FILE } from '../src/entities/resources.js';
import { encodeModel } from '../src/entities/tagger/model-file.js';
import { PROVENANCE, trainReleased } from '../src/entities/train/release.js';
import { loadCorpora } from '../src/entities/train/train.js';

const shared = sharedDir();
if (!shared) throw new Error('train:ner: no ../shared (set MARSAD_SHARED)');
const at = process.argv.indexOf('--out');
const out = at > 0 && process.argv[at + 1] ? (process.argv[at + 1] as string) : join(modelsDir(), MODEL_FILE);
const t0 = Date.now();
const { model, first } = trainReleased(loadCorpora(shared), (l) => process.stderr.write(`train:ner: ${l}\n`));
const bytes = encodeModel(model, { trainedOn: PROVENANCE });
writeFileSync(out, bytes);
process.stderr.write(
  `train:ner: wrote ${out} (${model.features.length} features, ${(bytes.length / 2 ** 20).toFixed(1)} MiB) in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
);
if (first) {
  const firstOut = join(dirname(out), FIRST_MODEL_FILE);
  const firstBytes = encodeModel(first, { trainedOn: `${PROVENANCE} (first stage)` });
  writeFileSync(firstOut, firstBytes);
  process.stderr.write(
    `train:ner: wrote ${firstOut} (${first.features.length} features, ${(firstBytes.length / 2 ** 20).toFixed(1)} MiB)\n`,
  );
}
