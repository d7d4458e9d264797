/** Runs every evaluation gate and fails when a score falls below its pinned floor (eval/floors.json). */
import { runCleanEval } from './clean/run.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const failures = [...(await runCleanEval({ verbose }))];
if (failures.length > 0) {
  for (const f of failures) console.error(`FLOOR ${f}`);
  console.error(`eval: ${failures.length} floor(s) not met`);
  process.exit(1);
}
console.log('eval: all floors met');
