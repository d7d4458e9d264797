/** Shared helpers for the `times` stage tests: run the stage on an invented sentence. */
import { Doc, type Meta, type TimeSpan } from '../../doc/index.js';
import { buildPipeline } from '../../pipeline/index.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { times } from './times-stage.js';

const pipeline = buildPipeline([tokens(), sentences(), times()]);

/** The anchor the tables use: Tuesday 21 July 2015 (5 Shawwal 1436). */
export const ANCHOR = '2015-07-21';

/** Runs tokens → sentences → times on `text` with `meta`. */
export function runTimes(text: string, meta: Partial<Meta> = { published: ANCHOR }): Doc {
  return pipeline.run(
    Doc.create({
      source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
      title: null,
      text,
      meta,
    }),
  );
}

/** The expressions found in `text`, as `[text, type, value]` (calendar appended when Hijri). */
export function found(text: string, published: string | null = ANCHOR): string[][] {
  const doc = runTimes(text, { published });
  return doc.spans<TimeSpan>('times').map((s) => {
    const row = [text.slice(s.start, s.end), s.type, String(s.value)];
    return s.calendar === 'hijri' ? [...row, 'hijri'] : row;
  });
}
