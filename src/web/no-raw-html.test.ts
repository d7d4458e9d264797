import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every UI source file: article text is untrusted, so nothing may be rendered as HTML. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.(svelte|ts|js)$/u.test(e.name) && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('the web UI source', () => {
  it('never renders raw HTML (no {@html}, innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
    const files = sources(import.meta.dirname);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) =>
      /\{@html|innerHTML|outerHTML|insertAdjacentHTML|document\.write/u.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
