/**
 * The contract every archive backend must keep, as a reusable Vitest suite: SQLite now,
 * PostgreSQL later (`storeContract('postgres', () => openPgStore(...))`).
 */
import { describe, expect, it } from 'vitest';
import { MarsadError } from '../doc/index.js';
import { prepareDoc } from '../ingest/prepare.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { RawDoc } from '../read/raw-doc.js';
import type { PreparedDoc, Store, StoreQuery } from './types.js';

const pipeline = defaultPipeline();

/** A raw document as a reader would deliver it. */
export function rawDoc(
  text: string,
  extra: { path?: string; url?: string; title?: string; outlet?: string; published?: string } = {},
): RawDoc {
  return {
    source: { path: extra.path ?? 'test.txt', url: extra.url ?? null, encoding: 'utf-8', format: 'text' },
    text,
    title: extra.title ?? null,
    meta: {
      ...(extra.outlet ? { outlet: extra.outlet } : {}),
      ...(extra.published ? { published: extra.published, publishedSource: 'input' as const } : {}),
    },
    warnings: [],
  };
}

export function prepared(text: string, extra: Parameters<typeof rawDoc>[1] = {}): PreparedDoc {
  return prepareDoc(rawDoc(text, extra), pipeline);
}

/** A query with only a full-text part: one term or phrase against the stem columns. */
export function textQuery(match: string | null, rest: Partial<StoreQuery> = {}): StoreQuery {
  return { match, fallbackMatch: null, outlets: [], from: null, to: null, facets: [], ...rest };
}

// Invented articles: a wire story, an edited syndicated copy, and unrelated items.
const WIRE =
  'أعلنت وزارة الداخلية في بيان اليوم أن قوات الأمن أحبطت هجوما على مركز حدودي قرب مدينة الموصل وأوقفت ثلاثة مشتبه بهم بعد اشتباك قصير. وقال المتحدث باسم الوزارة إن التحقيقات مستمرة لكشف الجهة التي خططت للهجوم وإن الحدود بقيت مفتوحة أمام المسافرين. وأضاف أن الوضع تحت السيطرة الكاملة.';
const COPY = `${WIRE.replace('ثلاثة', 'أربعة')} وكانت المنطقة قد شهدت هجمات مماثلة في الأشهر الماضية.`;
const OTHER =
  'افتتح المهرجان السينمائي دورته الجديدة مساء أمس بعرض فيلم وثائقي عن تاريخ المدينة القديمة، وحضر الافتتاح عدد كبير من الفنانين والنقاد والجمهور.';
const THIRD =
  'ارتفعت أسعار النفط في الأسواق العالمية بعد إعلان منظمة أوبك خفض الإنتاج، وقال محللون إن الأسعار قد تواصل الصعود خلال الأسابيع المقبلة.';

export function storeContract(name: string, open: () => Store): void {
  describe(`store contract: ${name}`, () => {
    it('stores a document and returns it unchanged, layers and messages included', async () => {
      const store = open();
      const p = prepared(WIRE, {
        url: 'https://example.org/a',
        title: 'إحباط هجوم',
        outlet: 'وكالة المثال',
        published: '2015-07-20',
      });
      const [outcome] = await store.putBatch([p], { threshold: 0.6 });
      expect(outcome).toEqual({ status: 'stored', id: p.doc.id });
      expect(await store.getDocument(p.doc.id)).toEqual(p.doc);
      expect(await store.getDocument(p.doc.id.slice(0, 8))).toEqual(p.doc);
      expect(await store.getDocument('0000000000000000')).toBeNull();
      await store.close();
    });

    it('is idempotent: the same input again changes nothing and is known by its fingerprint', async () => {
      const store = open();
      const p = prepared(OTHER);
      expect(await store.knownFingerprints([p.fingerprint])).toEqual(new Set());
      await store.putBatch([p], { threshold: 0.6 });
      expect(await store.knownFingerprints([p.fingerprint])).toEqual(new Set([p.fingerprint]));
      const [again] = await store.putBatch([p], { threshold: 0.6 });
      expect(again).toEqual({ status: 'unchanged', id: p.doc.id });
      const stats = await store.stats();
      expect(stats.documents).toBe(1);
      expect(stats.sources).toBe(1);
      // The same text from another source is one document with two sources.
      await store.putBatch([prepared(OTHER, { path: 'elsewhere.txt' })], { threshold: 0.6 });
      expect((await store.stats()).sources).toBe(2);
      await store.close();
    });

    it('groups exact and near duplicates and keeps the earliest document canonical', async () => {
      const store = open();
      const late = prepared(WIRE, { published: '2015-07-21', path: 'late.txt' });
      const diacritised = prepared(WIRE.replace('أعلنت', 'أَعْلَنَت'), {
        published: '2015-07-22',
        path: 'd.txt',
      });
      const copy = prepared(COPY, { published: '2015-07-20', path: 'copy.txt' });
      const other = prepared(OTHER, { path: 'o.txt' });
      const out = await store.putBatch([late, diacritised, copy, other], { threshold: 0.6 });
      expect(out.map((o) => o.status)).toEqual(['stored', 'duplicate', 'duplicate', 'stored']);
      expect(out[1]).toMatchObject({ of: late.doc.id, similarity: 1 });
      const group = await store.duplicatesOf(late.doc.id);
      expect(group?.canonical).toBe(copy.doc.id);
      expect(group?.members.map((m) => m.id)).toEqual([copy.doc.id, late.doc.id, diacritised.doc.id]);
      expect(await store.duplicatesOf(other.doc.id)).toBeNull();
      const stats = await store.stats();
      expect(stats).toMatchObject({ documents: 4, duplicateGroups: 1, duplicates: 2 });
      await store.close();
    });

    it('writes a batch atomically: a failing document leaves nothing of the batch behind', async () => {
      const store = open();
      const good = prepared(THIRD);
      const bad = prepared(OTHER);
      const broken = {
        ...bad,
        doc: { ...bad.doc, source: { ...bad.doc.source, encoding: null as unknown as string } },
      };
      await expect(store.putBatch([good, broken], { threshold: 0.6 })).rejects.toBeInstanceOf(MarsadError);
      expect((await store.stats()).documents).toBe(0);
      expect(await store.knownFingerprints([good.fingerprint])).toEqual(new Set());
      await store.close();
    });

    it('searches with ranking, filters, collapsed duplicates and pagination', async () => {
      const store = open();
      await store.putBatch(
        [
          prepared(WIRE, { published: '2015-07-21', outlet: 'الصحيفة الأولى', title: 'هجوم على الحدود' }),
          prepared(COPY, { published: '2015-07-20', outlet: 'الصحيفة الثانية', path: 'copy.txt' }),
          prepared(OTHER, { published: '2015-06-01', outlet: 'الصحيفة الأولى' }),
          prepared(THIRD, { published: '2015-08-01', outlet: 'الصحيفة الثالثة' }),
        ],
        { threshold: 0.6 },
      );
      const q = textQuery('{title_stems stems}: "هجوم"');
      const collapsed = await store.search({ query: q, limit: 10, page: 1 });
      expect(collapsed.total).toBe(2);
      expect(collapsed.hits).toHaveLength(1);
      expect(collapsed.hits[0]?.duplicates).toBe(1);
      const expanded = await store.search({ query: q, limit: 10, page: 1, expand: true });
      expect(expanded.hits).toHaveLength(2);
      expect(expanded.hits.filter((h) => h.duplicateOf !== null)).toHaveLength(1);

      const all = textQuery(null);
      expect((await store.search({ query: all, limit: 10, page: 1 })).total).toBe(4);
      const july = textQuery(null, { from: '2015-07-01', to: '2015-07-31' });
      expect((await store.search({ query: july, limit: 10, page: 1 })).total).toBe(2);
      const outlet = textQuery(null, { outlets: ['الصحيفه الاولي'] });
      expect((await store.search({ query: outlet, limit: 10, page: 1 })).total).toBe(2);
      const page2 = await store.search({ query: all, limit: 1, page: 2 });
      expect(page2.hits).toHaveLength(1);
      expect(page2.page).toBe(2);

      const none = textQuery('{title_stems stems}: "غواصة"', {
        fallbackMatch: '{title_keys keys}: "اسعا" *',
      });
      const fb = await store.search({ query: none, limit: 10, page: 1 });
      expect(fb.fallback).toBe(true);
      expect(fb.hits).toHaveLength(1);
      await store.close();
    });

    it('exports matching documents oldest first', async () => {
      const store = open();
      const docs = [prepared(WIRE), prepared(OTHER), prepared(THIRD)];
      await store.putBatch(docs, { threshold: 0.6 });
      const ids: string[] = [];
      for await (const d of store.exportDocuments(textQuery(null))) ids.push(d.id);
      expect(ids).toEqual(docs.map((d) => d.doc.id));
      const some: string[] = [];
      for await (const d of store.exportDocuments(textQuery('{title_stems stems}: "نفط"'))) some.push(d.id);
      expect(some).toEqual([docs[2]?.doc.id]);
      await store.close();
    });
  });
}
