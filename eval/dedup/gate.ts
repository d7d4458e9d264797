/**
 * Dedup gate: MinHash LSH pair decisions against exact Jaccard on the last 4,000 articles of the
 * news corpus (the shingle size and band layout were chosen on the first part, by the benchmark).
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { checkFloors } from '../lib/floors.js';
import { sharedDir } from '../lib/paths.js';
import { dedupQuality, describeQuality } from './quality.js';

const SAMPLE = 4000;

export async function runGate(_options: { verbose?: boolean } = {}): Promise<string[]> {
  const shared = sharedDir();
  const path = shared ? join(shared, 'data/news/saudinewsnet-dev.jsonl.gz') : null;
  if (!path || !existsSync(path)) {
    console.log('dedup: no ../shared/data/news corpus; skipped');
    return [];
  }
  const texts: string[] = [];
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const content = (JSON.parse(line) as { content?: unknown }).content;
    if (typeof content === 'string' && content.trim()) texts.push(content);
  }
  const q = dedupQuality(texts.slice(-SAMPLE));
  console.log(`dedup/heldout: ${describeQuality(q)}`);
  return checkFloors('dedup.heldout', { precision: q.precision, recall: q.recall });
}
