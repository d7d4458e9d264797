/**
 * Streams the unlabeled news corpus (`data/news/*.jsonl.gz`: one JSON object per line with
 * `title` and `content`) as plain texts, for learning word clusters and frequencies.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** Yields `title` and `content` of every article of a gzipped JSONL news file, in file order. */
export async function* newsTexts(path: string): AsyncGenerator<string> {
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { title?: unknown; content?: unknown };
    if (typeof row.title === 'string' && row.title !== '') yield row.title;
    if (typeof row.content === 'string' && row.content !== '') yield row.content;
  }
}
