/**
 * Browser tests: the real UI (dist/ui, built by `npm run build:web` or here when missing) served
 * by the real server over the invented fixture archive, driven in headless Chromium (Debian's
 * `chromium`, installed by .ci/install-chromium.sh) through playwright-core. Every request the
 * page makes must stay on the server's origin. MARSAD_SCREENSHOTS=1 saves each page under
 * docs/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureArchive, FIXTURE_DIRECTORY } from '../../src/server/fixture-archive.js';
import { loadUi, type RunningServer, startServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';

const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const UI = join(ROOT, 'dist', 'ui');
const SHOTS = process.env.MARSAD_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : null;
const TOKEN = 'browser-test-token-0123456789';
const present = existsSync(CHROMIUM);

if (!present) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (run .ci/install-chromium.sh)`);
}

describe.skipIf(!present)('the web UI in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: RunningServer;
  let store: Store;
  let uploads: string;
  let page: Page;
  const offOrigin: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(UI, 'index.html'))) {
      const { build } = await import('vite');
      await build({ configFile: join(ROOT, 'src/web/vite.config.mjs'), logLevel: 'warn' });
    }
    store = openSqliteStore(':memory:');
    await buildFixtureArchive(store);
    uploads = mkdtempSync(join(tmpdir(), 'marsad-browser-'));
    server = await startServer({
      store,
      entities: FIXTURE_DIRECTORY,
      ui: loadUi(UI),
      token: TOKEN,
      uploadsDir: uploads,
      ingestWorkers: 0,
      host: '127.0.0.1',
      port: 0,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ar' });
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      offOrigin.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (uploads) rmSync(uploads, { recursive: true, force: true });
  });

  const go = (path: string) => page.goto(new URL(path, server.url).href);
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  it('searches, highlights the words, collapses duplicates and filters by a facet', async () => {
    await go('/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.fill('#q', 'الحمداني');
    await page.press('#q', 'Enter');
    await page.waitForSelector('.hit');
    expect(page.url()).toContain('?q=');
    expect(await page.locator('.hit').count()).toBe(2);
    expect(await page.locator('.hit mark').first().textContent()).toBe('الحمداني');
    expect(await page.locator('.hit .dups').textContent()).toContain('نسخ مكررة مطوية: 1');
    await shot('search');
    await page.click('[data-facet="outlet"] a:has-text("وكالة الأنباء المثال")');
    await page.waitForURL(/outlet/u);
    await page.waitForFunction(() => document.querySelectorAll('.hit').length === 1);
    expect(await page.locator('.hit h2').textContent()).toContain('الحمداني يظهر');
  });

  it('opens a document: clean text with annotations, details, source, removed blocks and messages', async () => {
    await go(`/?q=${encodeURIComponent('الصمود')}`);
    await page.click('.hit h2 a >> nth=0');
    await page.waitForSelector('.text p');
    const api = (await (
      await page.request.get(
        new URL(`/api/documents/${page.url().split('/doc/')[1]?.split('?')[0]}`, server.url).href,
      )
    ).json()) as { record: { text: string } };
    const shown = await page.locator('.text p').allTextContents();
    expect(shown).toEqual(api.record.text.split('\n').filter((l) => l.trim() !== ''));
    expect(await page.locator('.text a.entity').count()).toBeGreaterThan(1);
    expect(await page.locator('.text mark, .text .match').count()).toBeGreaterThan(0);
    await page.click('.text [role="button"].time >> nth=0');
    expect(await page.locator('.detail').textContent()).toContain('2015-07-06');
    await page.click('.text [role="button"].quote >> nth=0');
    expect(await page.locator('.detail').textContent()).toContain('اقتباس مباشر');
    await page.click('.text [role="button"].event >> nth=0');
    expect(await page.locator('.detail').textContent()).toContain('Telegram');
    expect(await page.locator('a[rel="noopener noreferrer nofollow"]').getAttribute('href')).toMatch(
      /^https:/u,
    );
    await shot('document');
    await go(`/?q=${encodeURIComponent('outlet:"وكالة الأنباء المثال"')}`);
    await page.click('.hit h2 a');
    await page.waitForSelector('.removed details');
    expect(await page.locator('.removed details').count()).toBe(2);
    expect(await page.locator('.messages li').count()).toBe(1);
  });

  it('shows markup inside article text as text and runs none of it', async () => {
    await go(`/?q=${encodeURIComponent('وسوما')}`);
    await page.click('.hit h2 a');
    await page.waitForSelector('.text p');
    expect(await page.locator('h1').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('.text p').first().textContent()).toContain('<img src=x onerror=alert(2)>');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
  });

  it('opens an entity: aliases, timeline, statements with every reporting outlet, co-occurrence graph', async () => {
    await go('/?q=الحمداني');
    await page.click('.hit h2 a >> nth=0');
    await page.click('.text a.entity[title="أبو سالم الحمداني"] >> nth=0');
    await page.waitForSelector('.head h1');
    expect(await page.locator('.head h1').textContent()).toContain('أبو سالم الحمداني');
    expect(await page.locator('.aliases').textContent()).toContain('أبو سالم');
    expect(await page.locator('.timeline rect').count()).toBe(3);
    await page.waitForSelector('.releases li');
    const outlets = await page.locator('.releases li').first().textContent();
    expect(outlets).toContain('صحيفة الشرق');
    expect(outlets).toContain('وكالة الأنباء المثال');
    expect(await page.locator('.graph circle').count()).toBe(3);
    await shot('entity');
  });

  it('lists statements in a table and a timeline, and filters them', async () => {
    await go('/statements');
    await page.waitForSelector('tbody tr');
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('.chart circle').count()).toBe(2);
    await shot('statements');
    await page.selectOption('select[name="medium"]', 'video');
    await page.click('.filters button[type="submit"]');
    await page.waitForURL(/medium=video/u);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    expect(await page.locator('tbody tr').textContent()).toContain('YouTube');
    await page.fill('input[name="speaker"]', 'الحمداني');
    await page.selectOption('select[name="medium"]', '');
    await page.click('.filters button[type="submit"]');
    await page.waitForURL(/speaker=/u);
    await page.waitForFunction(() => document.querySelector('tbody tr')?.textContent?.includes('Telegram'));
    expect(await page.locator('tbody tr').count()).toBe(1);
  });

  it('maps the places mentioned on the offline world map', async () => {
    await go('/map');
    await page.waitForSelector('.map circle');
    expect(await page.locator('.map path.country').count()).toBeGreaterThan(150);
    expect(await page.locator('.map circle').count()).toBe(4);
    await shot('map');
    await go('/entities');
    await page.waitForSelector('tbody tr');
    await shot('entities');
  });

  it('lets a token holder upload a file and follow the ingest to the end', async () => {
    await go('/ingest');
    await page.fill('#token', TOKEN);
    await page.click('form.token button');
    await page.waitForSelector('#files');
    await page.setInputFiles('#files', {
      name: 'قافلة.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'وصلت قافلة مساعدات طبية إلى المدينة صباح اليوم بعد انتظار دام أسبوعين عند المعبر.',
      ),
    });
    await page.click('form.upload button');
    await page.waitForSelector('.result');
    expect(await page.locator('.result').textContent()).toContain('جديدة: 1');
    await page.waitForSelector('table code');
    await shot('ingest');
    await go(`/?q=${encodeURIComponent('قافلة')}`);
    await page.waitForSelector('.hit');
    expect(await page.locator('.hit').count()).toBe(1);
  });

  it('refuses uploads without a valid token', async () => {
    await go('/ingest');
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.fill('#token', 'not-the-token-0123456789');
    await page.click('form.token button');
    await page.waitForSelector('form.token + p.error, p.error');
    expect(await page.locator('p.error').textContent()).toContain('رُفض الرمز');
    expect(await page.locator('#files').count()).toBe(0);
    const status = await page.evaluate(async () => {
      const form = new FormData();
      form.append('files', new File(['نص'], 'x.txt'));
      const res = await fetch('/api/ingest', { method: 'POST', body: form });
      return [res.status, ((await res.json()) as { error: { code: string } }).error.code];
    });
    expect(status).toEqual([401, 'E_UNAUTHORIZED']);
    expect((await store.stats()).documents).toBe(7);
  });

  it('made no request off the server origin and logged no errors', () => {
    expect(offOrigin).toEqual([]);
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });
});
