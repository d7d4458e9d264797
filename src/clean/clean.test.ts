import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../read/raw-doc.js';
import { clean } from './clean.js';

const raw = (text: string, extra: Partial<RawDoc> = {}): RawDoc => ({
  source: { path: 'fixture.txt', url: null, encoding: 'utf-8', format: 'text' },
  text,
  title: null,
  meta: {},
  warnings: [],
  ...extra,
});

// Body paragraphs written for these tests.
const P1 =
  'أعلنت وزارة الداخلية، اليوم الاثنين، توقيف خلية مسلحة كانت تخطط لهجمات في العاصمة، وفق بيان رسمي.';
const P2 =
  'وقال المتحدث باسم الوزارة إن عناصر الخلية "اعترفوا بالتخطيط لاستهداف منشآت حكومية"، مضيفاً أن التحقيقات مستمرة.';
const P3 = 'ودعا التنظيم أنصاره إلى مشاركة التسجيل على مواقع التواصل الاجتماعي، بحسب ما أفاد به مرصد محلي.';
const TITLE = 'الداخلية تعلن توقيف خلية مسلحة في العاصمة';

const page = (...lines: string[]) => lines.join('\n');
const reasons = (r: ReturnType<typeof clean>) => r.removed.map((x) => x.reason);

describe('clean: title and metadata', () => {
  it('takes the first headline-shaped line as title and drops its repeats', () => {
    const r = clean(raw(page(TITLE, '', TITLE, P1, P2)));
    expect(r.title).toBe(TITLE);
    expect(r.text).toBe(`${P1}\n${P2}`);
    expect(reasons(r)).toEqual(['title', 'repeated-title']);
  });

  it('finds no title when the page opens with a paragraph', () => {
    const r = clean(raw(page(P1, P2)));
    expect(r.title).toBeNull();
    expect(r.text).toBe(`${P1}\n${P2}`);
  });

  it('splits a site name appended to the title and keeps it as the outlet', () => {
    const r = clean(raw(page(`${TITLE} - Sada Online`, TITLE, P1, P2)));
    expect(r.title).toBe(TITLE);
    expect(r.meta.outlet).toBe('Sada Online');
  });

  it('reads a byline glued to its date, a category line and a lone author line', () => {
    const r = clean(raw(page(TITLE, 'منى الخطيب', 'شؤون محلية', 'منى الخطيب7 مارس 2021', P1, P2)));
    expect(r.meta.author).toBe('منى الخطيب');
    expect(r.meta.category).toBe('شؤون محلية');
    expect(r.meta.published).toBe('2021-03-07');
    expect(r.meta.publishedSource).toBe('text');
    expect(r.text).toBe(`${P1}\n${P2}`);
  });

  it('reads Levantine, Maghrebi and numeric date lines', () => {
    expect(clean(raw(page(TITLE, 'الخميس 5 آب/أغسطس 2021', P1))).meta.published).toBe('2021-08-05');
    expect(clean(raw(page(TITLE, 'نشر في 12 جوان 2019 على الساعة 10:20', P1))).meta.published).toBe(
      '2019-06-12',
    );
    expect(clean(raw(page(TITLE, '٢٠٢٠/١١/٠٧ - ١٤:٢٠', P1))).meta.published).toBe('2020-11-07');
    expect(clean(raw(page(TITLE, 'تاريخ النشر: 21/03/2019', P1))).meta.published).toBe('2019-03-21');
  });

  it('prefers the publication date given with the input', () => {
    const r = clean(raw(page(TITLE, '5 آب 2021', P1), { meta: { published: '2021-08-06' } }));
    expect(r.meta.published).toBe('2021-08-06');
    expect(r.meta.publishedSource).toBe('input');
  });

  it('recovers the outlet from a lone outlet line and from an opening dateline', () => {
    const lone = clean(raw(page(TITLE, 'الساحل نيوز', P1, P2)));
    expect(lone.meta.outlet).toBe('الساحل نيوز');
    const dateline = clean(raw(page(TITLE, `شبكة الفرات – ${P1}`, P2)));
    expect(dateline.meta.outlet).toBe('شبكة الفرات');
    expect(dateline.text.startsWith(P1)).toBe(true);
    expect(reasons(dateline)).toContain('dateline');
  });

  it('keeps a place dateline as body text', () => {
    const r = clean(raw(page(TITLE, `الموصل - ${P1}`, P2)));
    expect(r.text.startsWith(`الموصل - ${P1}`)).toBe(true);
  });

  it('reads wire agency credits in their usual forms', () => {
    expect(clean(raw(page(TITLE, P1, P2, 'المصدر: فرانس برس'))).meta.agency).toBe('فرانس برس');
    expect(clean(raw(page(TITLE, P1, P2, '(رويترز)'))).meta.agency).toBe('رويترز');
    expect(clean(raw(page(TITLE, P1, P2, 'أ ف ب'))).meta.agency).toBe('فرانس برس');
    const dl = clean(raw(page(TITLE, `بيروت (أ ف ب) - ${P1}`, P2)));
    expect(dl.meta.agency).toBe('فرانس برس');
    expect(dl.text.startsWith(P1)).toBe(true);
  });

  it('takes the outlet from the copyright holder when the masthead names it', () => {
    const r = clean(raw(page(TITLE, 'صدى الجنوب', P1, P2, '© 2022 صدى الجنوب. جميع الحقوق محفوظة')));
    expect(r.meta.outlet).toBe('صدى الجنوب');
    expect(r.text).toBe(`${P1}\n${P2}`);
  });
});

describe('clean: site chrome', () => {
  const cases: [string, string[], string][] = [
    [
      'comment forms and rules to the end',
      [
        'اكتب تعليقك',
        'لن يتم نشر بريدك الإلكتروني',
        'قواعد النشر:',
        'يمنع التجريح والإساءة للأشخاص أو للأديان، وتحذف التعليقات المخالفة.',
      ],
      'comment-form',
    ],
    ['share and follow prompts', ['شارك الخبر على فيسبوك', 'تابعونا على تلغرام'], 'share-prompt'],
    [
      'aggregator intros and outros',
      ['أعزاءنا الكرام نقدم لكم آخر الأخبار لحظة بلحظة', 'نشكركم على متابعتكم ونرجو منكم مشاركة الخبر'],
      'aggregator',
    ],
    ['short links', ['الرابط المختصر: https://ex.am/p1'], 'short-link'],
    ['copyright lines', ['جميع الحقوق محفوظة © 2023'], 'copyright'],
    ['tags lines', ['الكلمات المفتاحية: العاصمة، الداخلية'], 'tags'],
  ];
  for (const [name, chrome, reason] of cases) {
    it(`drops ${name}`, () => {
      const r = clean(raw(page(TITLE, P1, P2, ...chrome)));
      expect(r.text).toBe(`${P1}\n${P2}`);
      expect(reasons(r)).toContain(reason);
    });
  }

  it('drops a related header and the headline list under it, and resumes at body text', () => {
    const r = clean(
      raw(
        page(
          TITLE,
          P1,
          'اقرأ أيضاً',
          'انفجار يهز سوق المدينة القديمة',
          'الجيش يعلن السيطرة على تلال استراتيجية',
          P2,
        ),
      ),
    );
    expect(r.text).toBe(`${P1}\n${P2}`);
    expect(reasons(r)).toEqual(['title', 'related-header', 'related-list', 'related-list']);
  });

  it('drops a headline list at the end of the page with no header', () => {
    const r = clean(
      raw(
        page(
          TITLE,
          P1,
          P2,
          'انفجار يهز سوق المدينة القديمة',
          'الجيش يعلن السيطرة على تلال استراتيجية',
          'ارتفاع أسعار الوقود للمرة الثالثة هذا العام',
        ),
      ),
    );
    expect(r.text).toBe(`${P1}\n${P2}`);
  });

  it('drops image names, encoded URL fragments and stray Latin', () => {
    const r = clean(
      raw(page(TITLE, P1, '.jpg)', 'IMG_4471.png', '%d8%a7%d9%84%d8%b9', `${P2}  xq`, 'Sada News')),
    );
    expect(r.text).toBe(`${P1}\n${P2}`);
    expect(reasons(r)).toEqual([
      'title',
      'image-debris',
      'image-debris',
      'url-fragment',
      'latin-debris',
      'latin-debris',
    ]);
    expect(r.meta.outlet).toBe('Sada News');
  });

  it('keeps body sentences that mention sharing, comments or Telegram', () => {
    const body = [
      P1,
      P3,
      'ولم يصدر أي تعليق رسمي على التسجيل حتى الآن.',
      'ونشر التنظيم البيان على قناته في تلغرام مساء أمس.',
    ];
    const r = clean(raw(page(TITLE, ...body)));
    expect(r.text).toBe(body.join('\n'));
  });

  it('keeps a short subheading between body paragraphs', () => {
    const r = clean(raw(page(TITLE, P1, 'ردود فعل متباينة', P2)));
    expect(r.text).toBe(`${P1}\nردود فعل متباينة\n${P2}`);
  });

  it('records input offsets for every removed block', () => {
    const input = page(TITLE, P1, 'شارك الخبر على فيسبوك', P2);
    const r = clean(raw(input));
    for (const x of r.removed) expect(input.slice(x.inputStart, x.inputEnd)).toBe(x.text);
  });

  it('warns when nothing is left', () => {
    const r = clean(raw(page('اترك تعليقاً', 'شارك الخبر')));
    expect(r.text).toBe('');
    expect(r.messages.some((m) => m.code === 'no-body')).toBe(true);
  });

  it('is deterministic', () => {
    const input = page(
      TITLE,
      'منى الخطيب7 مارس 2021',
      P1,
      'اقرأ أيضاً',
      'عنوان آخر قصير هنا',
      P2,
      'اترك تعليقاً',
    );
    expect(clean(raw(input))).toEqual(clean(raw(input)));
  });
});
