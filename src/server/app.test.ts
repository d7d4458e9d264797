import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { type ApiContext, CONTENT_SECURITY_POLICY, createApp } from './app.js';
import { buildFixtureArchive, FIXTURE_DIRECTORY } from './fixture-archive.js';
import { type ContractChecker, contractChecker } from './openapi-check.js';
import { loadUi } from './static-ui.js';

const TOKEN = 'test-token-0123456789abcdef';

interface Api {
  store: Store;
  ids: string[];
  context: ApiContext;
  /** Calls the app in-process and checks the response against the OpenAPI description. */
  call(path: string, init?: RequestInit): Promise<{ status: number; body: unknown; res: Response }>;
}

const dirs: string[] = [];
let checker: ContractChecker;
const problems: string[] = [];

async function api(options: Partial<Parameters<typeof createApp>[0]> = {}): Promise<Api> {
  const store = openSqliteStore(':memory:');
  const { ids } = await buildFixtureArchive(store);
  const uploads = mkdtempSync(join(tmpdir(), 'marsad-uploads-'));
  dirs.push(uploads);
  const { app, context } = createApp({
    store,
    entities: FIXTURE_DIRECTORY,
    uploadsDir: uploads,
    ingestWorkers: 0,
    ...options,
  });
  return {
    store,
    ids,
    context,
    async call(path, init) {
      const res = await app.request(path, init);
      const type = res.headers.get('content-type');
      const text = await res.clone().text();
      const body = type?.startsWith('application/json') ? JSON.parse(text) : text;
      const documented = path !== '/api/openapi.json' && path !== '/api/nothing';
      if (path.startsWith('/api/') && documented && checker) {
        problems.push(...checker.check(init?.method ?? 'GET', path, res.status, type, body));
      }
      return { status: res.status, body, res };
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the contract, then read loosely.
type Json = any;

let open: Api;
let writer: Api;

beforeAll(async () => {
  open = await api();
  writer = await api({ token: TOKEN });
  const doc = await open.call('/api/openapi.json');
  checker = contractChecker(doc.body as Parameters<typeof contractChecker>[0]);
});

afterAll(async () => {
  await open.store.close();
  await writer.store.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the API', () => {
  it('publishes an OpenAPI 3.1 description of every route', async () => {
    const { status, body } = await open.call('/api/openapi.json');
    expect(status).toBe(200);
    const doc = body as Json;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/config',
        '/api/documents/{id}',
        '/api/entities',
        '/api/entities/{key}',
        '/api/entities/{key}/related',
        '/api/entities/{key}/timeline',
        '/api/export',
        '/api/facets',
        '/api/health',
        '/api/ingest',
        '/api/ingest/{job}',
        '/api/places',
        '/api/search',
        '/api/statements',
        '/api/stats',
      ].sort(),
    );
  });

  it('searches with snippets and highlights, collapsing duplicates unless expanded', async () => {
    const collapsed = (await open.call(`/api/search?q=${encodeURIComponent('الحمداني تلغرام')}`))
      .body as Json;
    expect(collapsed.total).toBe(3);
    expect(collapsed.hits).toHaveLength(2);
    const withCopy = collapsed.hits.find((h: Json) => h.duplicates === 1);
    expect(withCopy).toBeDefined();
    const hl = withCopy.snippet.highlights[0];
    expect(withCopy.snippet.text.slice(hl.start, hl.end)).toMatch(/الحمداني|تلغرام/u);
    const expanded = (await open.call(`/api/search?q=${encodeURIComponent('الحمداني تلغرام')}&expand=true`))
      .body as Json;
    expect(expanded.hits).toHaveLength(3);
  });

  it.each([
    ['a malformed query', `/api/search?q=${encodeURIComponent('"unclosed')}`, 400, 'E_QUERY'],
    ['a page size over the limit', '/api/search?limit=1000', 400, 'E_BAD_REQUEST'],
    ['a query over 1000 characters', `/api/search?q=${'ا'.repeat(1001)}`, 400, 'E_BAD_REQUEST'],
    ['a malformed document id', '/api/documents/..%2Fetc', 400, 'E_BAD_REQUEST'],
    ['an unknown document', '/api/documents/0000000000000000', 404, 'E_NOT_FOUND'],
    ['an unknown entity', `/api/entities/${encodeURIComponent('per:nobody')}`, 404, 'E_NOT_FOUND'],
    ['an unknown route', '/api/nothing', 404, 'E_NOT_FOUND'],
    ['a bad date filter', '/api/statements?from=July', 400, 'E_BAD_REQUEST'],
  ])('answers %s with one JSON error shape', async (_what, path, status, code) => {
    const { status: s, body } = await open.call(path);
    expect(s).toBe(status);
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('counts facets by outlet, entity, type, medium and month', async () => {
    const f = (await open.call('/api/facets')).body as Json;
    expect(f.documents).toBe(6);
    expect(f.sampled).toBe(false);
    expect(f.entities[0]).toMatchObject({ count: 3, label: expect.any(String), type: expect.any(String) });
    expect(f.media).toEqual([
      { value: 'audio', count: 2, label: null, type: null },
      { value: 'video', count: 1, label: null, type: null },
    ]);
    expect(f.months.map((m: Json) => m.value)).toEqual(['2015-07', '2015-08']);
    const filtered = (await open.call(`/api/facets?q=${encodeURIComponent('medium:video')}`)).body as Json;
    expect(filtered.documents).toBe(1);
  });

  it('returns a document with its record, duplicates, query highlights and event spans', async () => {
    const id = open.ids[0] as string;
    const { body } = await open.call(`/api/documents/${id}?q=${encodeURIComponent('الموصل')}`);
    const d = body as Json;
    expect(d.record.id).toBe(id);
    expect(d.record.entities.map((e: Json) => e.entity)).toContain('per:ابو-سالم-الحمداني');
    expect(d.duplicates.members).toHaveLength(2);
    expect(d.highlights.map((h: Json) => d.record.text.slice(h.start, h.end))).toEqual(['الموصل']);
    expect(d.eventSpans).toHaveLength(1);
    const prefix = (await open.call(`/api/documents/${id.slice(0, 8)}`)).body as Json;
    expect(prefix.record.id).toBe(id);
  });

  it('profiles an entity: registry aliases, timeline and co-occurring entities', async () => {
    const key = encodeURIComponent('per:ابو-سالم-الحمداني');
    const e = (await open.call(`/api/entities/${key}`)).body as Json;
    expect(e).toMatchObject({ name: 'أبو سالم الحمداني', type: 'PER', documents: 3, mentions: 4 });
    expect(e.aliases).toEqual(expect.arrayContaining(['الحمداني', 'أبو سالم']));
    const t = (await open.call(`/api/entities/${key}/timeline`)).body as Json;
    expect(t.points.map((p: Json) => p.period)).toEqual(['2015-07-06', '2015-07-07', '2015-07-08']);
    const r = (await open.call(`/api/entities/${key}/related?limit=5`)).body as Json;
    expect(r.entities.map((x: Json) => x.key).sort()).toEqual(['loc:iq-mosul', 'org:جماعة-النور']);
    const list = (await open.call('/api/entities?type=LOC')).body as Json;
    expect(list.entities[0]).toMatchObject({ key: 'loc:iq-mosul', documents: 3 });
  });

  it('merges a statement reported by several outlets into one release', async () => {
    const s = (await open.call('/api/statements')).body as Json;
    expect(s.total).toBe(2);
    const audio = s.releases.find((r: Json) => r.medium === 'audio');
    expect(audio.reports.map((r: Json) => r.outlet)).toEqual(['صحيفة الشرق', 'وكالة الأنباء المثال']);
    expect(audio).toMatchObject({ channel: 'Telegram', date: { value: '2015-07-06' } });
  });

  it.each([
    ['speaker alias', `speaker=${encodeURIComponent('الحمداني')}`, 1],
    ['speaker key', `speaker=${encodeURIComponent('per:خالد-المنصوري')}`, 1],
    ['medium', 'medium=video', 1],
    ['two media', 'medium=video&medium=audio', 2],
    ['attribution', 'attribution=denied', 1],
    ['release dates', 'from=2015-07-01&to=2015-07-10', 1],
    ['a speaker nobody is', 'speaker=nobody', 0],
  ])('filters statements by %s', async (_what, query, releases) => {
    const s = (await open.call(`/api/statements?${query}`)).body as Json;
    expect(s.releases).toHaveLength(releases);
  });

  it('maps places with coordinates and exports them as GeoJSON', async () => {
    const p = (await open.call('/api/places')).body as Json;
    expect(p.places[0]).toMatchObject({ key: 'loc:iq-mosul', documents: 3, lat: 36.34, lon: 43.13 });
    const { res, body } = await open.call('/api/export?format=geojson');
    expect(res.headers.get('content-type')).toContain('application/geo+json');
    const geo = JSON.parse(body as string);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(4);
    expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [43.13, 36.34] });
  });

  it('exports matching documents as JSON Lines records and CSV', async () => {
    const jsonl = await open.call('/api/export');
    const lines = (jsonl.body as string).trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(Object.keys(JSON.parse(lines[0] as string))).toContain('entities');
    const csv = await open.call(`/api/export?format=csv&q=${encodeURIComponent('outlet:"صحيفة الشرق"')}`);
    expect(csv.res.headers.get('content-disposition')).toMatch(/attachment; filename="marsad-export-/u);
    expect((csv.body as string).split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('sends a strict Content-Security-Policy and no-store on API responses', async () => {
    const { res } = await open.call('/api/stats');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe/u);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps every response checked so far within the OpenAPI description', () => {
    expect(problems).toEqual([]);
  });
});

describe('ingest through the API', () => {
  const docs = {
    documents: [{ title: 'خبر تجريبي', text: 'افتتحت البلدية حديقة جديدة للأطفال في حي السلام.' }],
  };
  const post = (a: Api, body: string, type: string, token?: string) =>
    a.call('/api/ingest', {
      method: 'POST',
      body,
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

  it('is disabled when the server has no token', async () => {
    const { status, body } = await post(open, JSON.stringify(docs), 'application/json', TOKEN);
    expect(status).toBe(403);
    expect((body as Json).error.code).toBe('E_FORBIDDEN');
  });

  it.each([
    ['without a token', undefined],
    ['with a wrong token', 'wrong-token-0123456789abcdef'],
  ])('refuses a write %s', async (_what, token) => {
    const { status, body, res } = await post(writer, JSON.stringify(docs), 'application/json', token);
    expect(status).toBe(401);
    expect((body as Json).error.code).toBe('E_UNAUTHORIZED');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/u);
    expect((await writer.store.stats()).documents).toBe(6);
  });

  it('ingests a JSON list of documents for the token holder and reports the job', async () => {
    const { status, body } = await post(writer, JSON.stringify(docs), 'application/json', TOKEN);
    expect(status).toBe(202);
    const job = body as Json;
    await writer.context.jobs?.idle();
    const done = (
      await writer.call(`/api/ingest/${job.id}`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).body as Json;
    expect(done).toMatchObject({ status: 'done', stored: 1, failed: 0 });
    const found = (await writer.call(`/api/search?q=${encodeURIComponent('حديقة')}`)).body as Json;
    expect(found.total).toBe(1);
  });

  it('ingests uploaded files (multipart) and refuses unknown file types', async () => {
    const form = new FormData();
    form.append(
      'files',
      new File(['وصلت قافلة مساعدات إلى المدينة صباح اليوم بعد انتظار طويل.'], 'قافلة.txt'),
    );
    const ok = await writer.call('/api/ingest', {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.status).toBe(202);
    expect((ok.body as Json).files[0].name).toBe('01-قافلة.txt');
    await writer.context.jobs?.idle();
    expect((await writer.call(`/api/search?q=${encodeURIComponent('قافلة')}`)).body).toMatchObject({
      total: 1,
    });
    const bad = new FormData();
    bad.append('files', new File(['MZ'], 'tool.exe'));
    const refused = await writer.call('/api/ingest', {
      method: 'POST',
      body: bad,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(refused.status).toBe(415);
    expect((refused.body as Json).error.code).toBe('E_MEDIA_TYPE');
  });

  it.each([
    ['a body that breaks the schema', JSON.stringify({ documents: [{ body: 'x' }] }), 400, 'E_BAD_REQUEST'],
    ['malformed JSON', '{"documents": [', 400, 'E_BAD_REQUEST'],
    [
      'a JSON body over 1 MiB',
      JSON.stringify({ documents: [{ text: 'ا'.repeat(700_000) }] }),
      413,
      'E_TOO_LARGE',
    ],
  ])('refuses %s', async (_what, body, status, code) => {
    const res = await post(writer, body, 'application/json', TOKEN);
    expect(res.status).toBe(status);
    expect((res.body as Json).error.code).toBe(code);
  });

  it('keeps every ingest response within the OpenAPI description', () => {
    expect(problems).toEqual([]);
  });
});

describe('the server around the API', () => {
  it('protects reads when configured, leaving configuration and health open', async () => {
    const guarded = await api({ token: TOKEN, protectReads: true });
    expect((await guarded.call('/api/search')).status).toBe(401);
    const auth = { headers: { authorization: `Bearer ${TOKEN}` } };
    expect((await guarded.call('/api/search', auth)).status).toBe(200);
    expect((await guarded.call('/api/config')).body).toMatchObject({ ingest: true, readsProtected: true });
    expect((await guarded.call('/api/health')).status).toBe(200);
    await guarded.store.close();
  });

  it('on loopback, refuses requests addressed to another host name (DNS rebinding)', async () => {
    const local = await api({ loopbackOnly: true });
    for (const host of ['127.0.0.1:8080', 'localhost', '[::1]:8080']) {
      expect((await local.call('/api/health', { headers: { host } })).status).toBe(200);
    }
    const { status, body } = await local.call('/api/health', { headers: { host: 'evil.example:8080' } });
    expect(status).toBe(403);
    expect((body as Json).error.code).toBe('E_FORBIDDEN');
    await local.store.close();
  });

  it('hides internal failures behind E_INTERNAL, without a stack', async () => {
    const lines: string[] = [];
    const failing = await api({ log: (l) => lines.push(l) });
    failing.store.search = async () => {
      throw new Error('disk on fire at /secret/path.db');
    };
    const { status, body } = await failing.call('/api/search?q=x');
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: 'E_INTERNAL', message: expect.any(String) } });
    expect(JSON.stringify(body)).not.toMatch(/secret|fire|at /u);
    expect(lines.join('\n')).toMatch(/disk on fire/u);
    await failing.store.close();
  });

  it('serves the UI: files, index.html for page routes, nothing outside its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-ui-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>مرصد</title>');
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');
    const withUi = await api({ ui: loadUi(dir) });
    const page = await withUi.call('/entity/loc%3Aiq-mosul');
    expect(page.status).toBe(200);
    expect(page.res.headers.get('content-type')).toContain('text/html');
    expect(page.res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const asset = await withUi.call('/assets/app-1.js');
    expect(asset.res.headers.get('cache-control')).toContain('immutable');
    for (const path of ['/assets/missing.js', '/../package.json', '/%2e%2e/package.json']) {
      expect((await withUi.call(path)).status).toBe(404);
    }
    await withUi.store.close();
  });
});

describe('the OpenAPI contract', () => {
  it('holds for every response of every test above', () => {
    expect(problems).toEqual([]);
  });
});
