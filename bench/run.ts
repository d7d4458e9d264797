/**
 * `npm run bench`: speed, memory and dedup quality, printed (never a pass/fail test). Sections:
 * `analyze` (one core, in process) and `archive` (ingest, search, dedup, scale-up) and `load` (HTTP load on the served archive); run one with
 * `npm run bench -- archive`. BENCH_SCALE sets the scale-up factor (default 10, 1 to skip).
 */
import { cpus, totalmem } from 'node:os';
import { benchAnalyze } from './analyze.js';
import { benchArchive } from './archive.js';
import { benchLoad } from './load.js';

const sections: Record<string, () => Promise<void>> = {
  analyze: benchAnalyze,
  archive: benchArchive,
  load: benchLoad,
};
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
);
for (const [name, run] of Object.entries(sections)) {
  if (only.length === 0 || only.includes(name)) await run();
}
