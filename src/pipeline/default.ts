import { sentences } from '../stages/sentences/index.js';
import { tokens } from '../stages/tokens/index.js';
import { buildPipeline, type FailureMode, type Pipeline } from './pipeline.js';

/** The analysis pipeline `marsad analyze` runs, in order. Later issues add entities, times, quotes, events. */
export function defaultPipeline(options: { onStageError?: FailureMode } = {}): Pipeline {
  return buildPipeline([tokens(), sentences()], options);
}
