/**
 * Runs every evaluation gate and fails when a score falls below its pinned floor. A gate is a
 * folder `eval/<name>/` with a `gate.ts` exporting `runGate({ verbose })`, which returns one line
 * per floor not met; floors live in `eval/floors.json` and in each gate's own `floors.json`.
 * `npm run eval -- times` runs only the named gates.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/paths.js';

interface Gate {
  runGate(options: { verbose?: boolean }): Promise<string[]>;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const only = args.filter((a) => !a.startsWith('-'));
const dir = join(ROOT, 'eval');
const names = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'gate.ts')))
  .map((e) => e.name)
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();
const failures: string[] = [];
for (const name of names) {
  console.log(`\n== eval: ${name}`);
  const gate = (await import(pathToFileURL(join(dir, name, 'gate.ts')).href)) as Gate;
  failures.push(...(await gate.runGate({ verbose })));
}
if (failures.length > 0) {
  for (const f of failures) console.error(`FLOOR ${f}`);
  console.error(`eval: ${failures.length} floor(s) not met`);
  process.exit(1);
}
console.log(`\neval: all floors met (${names.join(', ')})`);
