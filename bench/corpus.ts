/** The benchmark corpus: ../shared/data/news, and a generated scale-up of it. */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sharedDir } from '../eval/lib/paths.js';
import { seeded } from '../src/ingest/synthetic.js';

export interface NewsRecord {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export function newsCorpusPath(): string | null {
  const shared = sharedDir();
  const path = shared ? join(shared, 'data/news/saudinewsnet-dev.jsonl.gz') : null;
  return path && existsSync(path) ? path : null;
}

export async function readNews(path: string): Promise<NewsRecord[]> {
  const out: NewsRecord[] = [];
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) if (line.trim()) out.push(JSON.parse(line) as NewsRecord);
  return out;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!؟?])\s+/u).filter((s) => s.trim() !== '');
}

/** Share of generated copies that are near-duplicates of their original (syndication). */
const NEAR_DUPLICATE_SHARE = 0.05;

/**
 * Writes `factor` × the corpus as gzipped JSON Lines: the originals, then per extra round, for
 * each article either a near-duplicate (one sentence dropped, a credit line added; 5%) or a new
 * article made of its first half and the second half of another (distinct text, real vocabulary).
 */
export async function writeScaledCorpus(
  records: readonly NewsRecord[],
  factor: number,
  out: string,
): Promise<number> {
  const gz = createGzip({ level: 1 });
  const file = createWriteStream(out);
  gz.pipe(file);
  const rand = seeded(20150701);
  let n = 0;
  const write = async (r: NewsRecord) => {
    n++;
    if (!gz.write(`${JSON.stringify(r)}\n`)) await new Promise((res) => gz.once('drain', res));
  };
  for (let k = 0; k < factor; k++) {
    for (let i = 0; i < records.length; i++) {
      const r = records[i] as NewsRecord;
      if (k === 0) {
        await write(r);
        continue;
      }
      const own = sentencesOf(r.content ?? '');
      let content: string;
      if (rand() < NEAR_DUPLICATE_SHARE && own.length > 2) {
        const drop = Math.floor(rand() * own.length);
        content = [...own.slice(0, drop), ...own.slice(drop + 1), `(نقلا عن المصدر ${k})`].join(' ');
      } else {
        const other = records[(i * 31 + k * 7919) % records.length] as NewsRecord;
        const theirs = sentencesOf(other.content ?? '');
        content = [
          ...own.slice(0, Math.ceil(own.length / 2)),
          ...theirs.slice(Math.floor(theirs.length / 2)),
        ].join(' ');
      }
      await write({ ...r, url: `${r.url}#copy-${k}`, title: `${r.title ?? ''} (${k})`, content });
    }
  }
  await new Promise<void>((res, rej) => {
    file.on('finish', () => res());
    file.on('error', rej);
    gz.end();
  });
  return n;
}
