/** Prints the milliseconds a fresh process takes to load the committed entity models. */
import { entityResources } from '../../src/entities/resources.js';

const t0 = process.hrtime.bigint();
entityResources();
process.stdout.write(`${Number(process.hrtime.bigint() - t0) / 1e6}\n`);
