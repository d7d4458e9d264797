import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { PLAIN } from './format-text.js';
import { serveCommand } from './serve.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { io: { stdout, stderr, style: PLAIN }, out: () => out, err: () => err };
}

describe('marsad serve', () => {
  it('fills an empty archive from --if-empty, serves it on a port and prints the URL', async () => {
    const t = io();
    const db = join(dir, 'a.db');
    const server = await serveCommand(
      { db, port: 0, ui: false, ifEmpty: [join(import.meta.dirname, '../../examples')] },
      t.io,
      {},
    );
    try {
      expect(t.out()).toBe(`${server.url}\n`);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
      const health = (await (await fetch(`${server.url}api/health`)).json()) as { documents: number };
      expect(health.documents).toBeGreaterThan(5);
      expect(t.err()).toMatch(/ingest: disabled/u);
    } finally {
      await server.stop();
    }
  });

  it.each([
    ['a short token', { MARSAD_TOKEN: 'short' }, {}],
    ['protected reads without a token', {}, { protectReads: true }],
  ])('refuses to start with %s', async (_what, env, extra) => {
    await expect(
      serveCommand({ db: ':memory:', port: 0, ui: false, ...extra }, io().io, env),
    ).rejects.toMatchObject({
      code: 'E_USAGE',
    });
  });

  it('names the port when it is taken', async () => {
    const uploads = join(dir, 'uploads');
    const first = await serveCommand({ db: ':memory:', port: 0, ui: false, uploads }, io().io, {});
    try {
      await expect(
        serveCommand({ db: ':memory:', port: first.port, ui: false, uploads }, io().io, {}),
      ).rejects.toThrow(new RegExp(`port ${first.port} is in use`, 'u'));
    } finally {
      await first.stop();
    }
  });
});
