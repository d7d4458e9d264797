import { entities } from '../stages/entities/index.js';
import { events } from '../stages/events/index.js';
import { quotes } from '../stages/quotes/index.js';
import { sentences } from '../stages/sentences/index.js';
import { times } from '../stages/times/index.js';
import { tokens } from '../stages/tokens/index.js';
import { buildPipeline, type FailureMode, type Pipeline } from './pipeline.js';

/** The analysis pipeline `marsad analyze` and `marsad ingest` run, in order. */
export function defaultPipeline(options: { onStageError?: FailureMode } = {}): Pipeline {
  return buildPipeline([tokens(), sentences(), entities(), times(), quotes(), events()], options);
}
