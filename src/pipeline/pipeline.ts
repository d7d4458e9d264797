import { type Doc, MarsadError, type Message } from '../doc/index.js';
import { BASE_CAPABILITIES, type Stage, type StageOutput } from './stage.js';

/** How a pipeline treats a stage that throws on one document. */
export type FailureMode = 'throw' | 'record';

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Capabilities present after the last stage. */
  readonly provides: ReadonlySet<string>;
  run(doc: Doc): Doc;
}

/**
 * Builds a pipeline from an explicit, ordered stage list. Checked now, not at run time: every
 * `requires` must be met by the base capabilities or an earlier stage, and no capability may be
 * provided twice; all problems are reported in one E_PIPELINE error.
 */
export function buildPipeline(
  stages: readonly Stage[],
  options: { onStageError?: FailureMode } = {},
): Pipeline {
  const have = new Set(BASE_CAPABILITIES);
  const problems: string[] = [];
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.push(`stage ${stage.name} appears twice`);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!have.has(need)) problems.push(`${stage.name} requires "${need}", which no earlier stage provides`);
    }
    for (const cap of stage.provides) {
      if (have.has(cap)) problems.push(`${stage.name} provides "${cap}", which is already provided`);
      have.add(cap);
    }
  }
  if (problems.length > 0) {
    throw new MarsadError('E_PIPELINE', `cannot build pipeline:\n  - ${problems.join('\n  - ')}`);
  }
  const mode = options.onStageError ?? 'throw';
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    provides: have,
    run(doc: Doc): Doc {
      let current = doc;
      for (const stage of frozen) {
        let output: StageOutput;
        try {
          output = stage.run(current);
          current = apply(current, stage, output);
        } catch (cause) {
          if (mode === 'throw') {
            if (cause instanceof MarsadError) throw cause;
            throw new MarsadError('E_STAGE', `stage ${stage.name} failed on document ${doc.id}`, {
              cause,
              input: doc.source.path ?? doc.id,
            });
          }
          const text = cause instanceof Error ? cause.message : String(cause);
          current = current.withMessages([
            { stage: stage.name, level: 'error', code: 'E_STAGE', text: `stage failed: ${text}` },
          ]);
        }
      }
      return current;
    },
  };
}

/** Writes a stage's output onto a document, refusing undeclared layers or metadata. */
function apply(doc: Doc, stage: Stage, output: StageOutput): Doc {
  const declared = new Set(stage.provides);
  let next = doc;
  for (const [name, spans] of Object.entries(output.layers ?? {})) {
    if (!declared.has(name)) {
      throw new MarsadError(
        'E_STAGE',
        `stage ${stage.name} wrote layer "${name}" it does not declare in provides`,
      );
    }
    next = next.withLayer(name, spans, stage.layerRules?.[name]);
  }
  if (output.meta) {
    for (const key of Object.keys(output.meta)) {
      if (!declared.has(`meta.${key}`)) {
        throw new MarsadError(
          'E_STAGE',
          `stage ${stage.name} wrote meta.${key} it does not declare in provides`,
        );
      }
    }
    next = next.withMeta(output.meta);
  }
  const messages: Message[] = (output.messages ?? []).map((m) => ({ ...m, stage: m.stage || stage.name }));
  return next.withMessages(messages);
}
