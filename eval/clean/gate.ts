export { runCleanEval as runGate } from './run.js';
