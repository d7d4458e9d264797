// Re-encodes an example page (written as UTF-8) into a legacy encoding, to ship inputs that
// exercise decoding: node scripts/encode-example.mjs <in.txt> <out> <encoding> [--bom]
import { readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const [input, output, encoding, bom] = process.argv.slice(2);
if (!input || !output || !encoding) {
  console.error('usage: node scripts/encode-example.mjs <in.txt> <out> <encoding> [--bom]');
  process.exit(2);
}
const text = readFileSync(input, 'utf8');
writeFileSync(output, iconv.encode(text, encoding, { addBOM: bom === '--bom' }));
