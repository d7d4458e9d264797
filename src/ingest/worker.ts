/** Worker thread body: prepares raw documents sent by the pool (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import { MarsadError } from '../doc/index.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { RawDoc } from '../read/raw-doc.js';
import { prepareDoc } from './prepare.js';

const pipeline = defaultPipeline({ onStageError: 'record' });

parentPort?.on('message', (msg: { seq: number; raw: RawDoc }) => {
  try {
    const prepared = prepareDoc(msg.raw, pipeline);
    parentPort?.postMessage({ seq: msg.seq, ok: true, prepared });
  } catch (e) {
    const error =
      e instanceof MarsadError
        ? { code: e.code, message: e.message, input: e.input }
        : {
            code: 'E_STAGE',
            message: e instanceof Error ? e.message : String(e),
            input: msg.raw.source.path ?? undefined,
          };
    parentPort?.postMessage({ seq: msg.seq, ok: false, error });
  }
});
