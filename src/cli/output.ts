import type { Writable } from 'node:stream';

/** Writes to a stream, waiting for 'drain' when its buffer is full (constant memory on big outputs). */
export async function writeOut(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        stream.off('error', fail);
        resolve();
      };
      const fail = (e: unknown) => {
        stream.off('drain', done);
        reject(e);
      };
      stream.once('drain', done);
      stream.once('error', fail);
    });
  }
}
