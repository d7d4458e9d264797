import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  estimateJaccard,
  exactJaccard,
  NUM_BANDS,
  NUM_HASHES,
  shingleHashes,
  signature,
  signatureFromBytes,
  signatureToBytes,
} from './minhash.js';

const words = (s: string) => s.split(/\s+/u).filter(Boolean);
const BASE =
  'أعلنت وزارة الداخلية اليوم أن قوات الأمن أحبطت هجوما على مركز حدودي في المنطقة الشمالية وأوقفت ثلاثة مشتبه بهم بعد تبادل لإطلاق النار استمر ساعة وقالت الوزارة في بيان إن التحقيق جار لكشف الجهة التي تقف وراء الهجوم';

describe('minhash', () => {
  it('gives identical texts identical signatures and similarity 1', () => {
    const a = signature(shingleHashes(words(BASE)));
    const b = signature(shingleHashes(words(BASE)));
    expect(a.length).toBe(NUM_HASHES);
    expect(estimateJaccard(a, b)).toBe(1);
    expect(bandKeys(a)).toEqual(bandKeys(b));
  });

  it('estimates the Jaccard similarity of an edited copy within a few points', () => {
    const edited = `${BASE} وأضافت أن الحدود ستبقى مغلقة حتى إشعار آخر`.replace('ثلاثة', 'أربعة');
    const sa = shingleHashes(words(BASE));
    const sb = shingleHashes(words(edited));
    const exact = exactJaccard(sa, sb);
    const est = estimateJaccard(signature(sa), signature(sb));
    expect(exact).toBeGreaterThan(0.5);
    expect(Math.abs(est - exact)).toBeLessThan(0.15);
  });

  it('keeps unrelated texts apart', () => {
    const other =
      'افتتح المهرجان السينمائي دورته الجديدة مساء أمس بعرض فيلم وثائقي عن تاريخ المدينة القديمة وحضره عدد كبير من الفنانين والنقاد';
    const est = estimateJaccard(
      signature(shingleHashes(words(BASE))),
      signature(shingleHashes(words(other))),
    );
    expect(est).toBeLessThan(0.1);
  });

  it('handles texts shorter than a shingle and empty texts', () => {
    expect(shingleHashes(words('خبر عاجل')).length).toBe(1);
    const empty = signature(shingleHashes([]));
    expect(estimateJaccard(empty, empty)).toBe(0);
    expect(bandKeys(empty).length).toBe(NUM_BANDS);
  });

  it('round-trips a signature through bytes', () => {
    const sig = signature(shingleHashes(words(BASE)));
    expect(signatureFromBytes(signatureToBytes(sig))).toEqual(sig);
  });
});
