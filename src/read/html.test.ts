import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ReadContext } from './context.js';
import { extractHtml, readHtml, sniffHtmlCharset } from './html.js';

const PAGE = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>انخفاض أسعار الذهب في الأسواق المحلية - جريدة الصباح</title>
  <meta name="author" content="سارة أحمد">
  <meta property="og:site_name" content="جريدة الصباح">
  <meta property="og:url" content="https://example.com/news/123">
  <meta property="article:published_time" content="2023-03-14T09:30:00+02:00">
  <meta property="article:section" content="اقتصاد">
  <link rel="canonical" href="https://example.com/other">
  <style>p { color: red; }</style>
  <script>var title = "لا تظهر";</script>
</head>
<body>
  <header><a href="/">الرئيسية</a> <span>جريدة الصباح</span></header>
  <nav><ul><li>سياسة</li><li>اقتصاد</li><li>رياضة</li></ul></nav>
  <div class="ad" aria-hidden="true">إعلان ممول</div>
  <article>
    <h1>انخفاض أسعار الذهب في الأسواق المحلية</h1>
    <p>تراجعت أسعار الذهب في الأسواق المحلية صباح اليوم
       بنسبة &quot;طفيفة&quot; مقارنة بالأسبوع الماضي.</p>
    <p>وقال تاجر في سوق الصاغة إن الإقبال على الشراء ما زال ضعيفاً،<br>متوقعاً ارتفاع الأسعار قريباً.</p>
    <script>trackView();</script>
    <blockquote>الأسعار مرشحة للارتفاع مع نهاية الشهر</blockquote>
    <ul><li>عيار 21: 2500 جنيه</li><li>عيار 24: 2850&nbsp;جنيه</li></ul>
    <p hidden>نص مخفي</p>
    <form><input name="q"><button>أرسل</button></form>
  </article>
  <aside><h2>الأكثر قراءة</h2><p>خبر جانبي لا علاقة له</p></aside>
  <footer><p>جميع الحقوق محفوظة © 2023</p></footer>
  <noscript>فعّل جافاسكربت</noscript>
</body>
</html>`;

describe('extractHtml', () => {
  const x = extractHtml(PAGE);

  it('keeps the article text, one block per line, chrome and scripts dropped', () => {
    expect(x.text).toBe(
      [
        'تراجعت أسعار الذهب في الأسواق المحلية صباح اليوم بنسبة "طفيفة" مقارنة بالأسبوع الماضي.',
        'وقال تاجر في سوق الصاغة إن الإقبال على الشراء ما زال ضعيفاً،',
        'متوقعاً ارتفاع الأسعار قريباً.',
        'الأسعار مرشحة للارتفاع مع نهاية الشهر',
        'عيار 21: 2500 جنيه',
        'عيار 24: 2850 جنيه',
      ].join('\n'),
    );
  });

  it('prefers the <h1> over a page title with a site suffix, and drops it from the text', () => {
    expect(x.title).toBe('انخفاض أسعار الذهب في الأسواق المحلية');
    expect(x.text).not.toContain('انخفاض أسعار الذهب');
  });

  it('reads author, outlet, date, category and url', () => {
    expect(x.meta).toEqual({
      author: 'سارة أحمد',
      outlet: 'جريدة الصباح',
      published: '2023-03-14',
      publishedSource: 'input',
      category: 'اقتصاد',
    });
    expect(x.url).toBe('https://example.com/news/123');
  });

  it('takes og:title first, then <title>, then <h1>', () => {
    const og = extractHtml(
      '<html><head><meta property="og:title" content="عنوان الخبر"><title>عنوان آخر</title></head><body><p>نص الخبر</p></body></html>',
    );
    expect(og.title).toBe('عنوان الخبر');
    const t = extractHtml(
      '<html><head><title>عنوان الصفحة</title></head><body><h1>عنوان مختلف</h1><p>نص</p></body></html>',
    );
    expect(t.title).toBe('عنوان الصفحة');
    expect(t.text).toBe('عنوان مختلف\nنص');
    const h = extractHtml('<html><body><h1>عنوان الخبر</h1><p>نص الخبر</p></body></html>');
    expect(h.title).toBe('عنوان الخبر');
    expect(h.text).toBe('نص الخبر');
  });

  it('handles a site prefix before the headline', () => {
    const x2 = extractHtml(
      '<html><head><title>الصباح | عنوان الخبر</title></head><body><h1>عنوان الخبر</h1><p>نص</p></body></html>',
    );
    expect(x2.title).toBe('عنوان الخبر');
  });

  it('reads the whole body when the article holds little of the text', () => {
    const long = 'فقرة طويلة من نص الصفحة خارج وسم المقال. '.repeat(5);
    const page = `<html><body><article><p>مقتطف قصير</p></article><div><p>${long}</p></div></body></html>`;
    expect(extractHtml(page).text).toBe(`مقتطف قصير\n${long.trim()}`);
  });

  it('prefers itemprop=articleBody and reads microdata author and date', () => {
    const page = `<html><body>
      <div itemscope itemtype="https://schema.org/NewsArticle">
        <span itemprop="author" itemscope><span itemprop="name">محمد علي</span></span>
        <meta itemprop="datePublished" content="2021-11-02">
        <div class="share">شارك على فيسبوك</div>
        <div itemprop="articleBody"><p>أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية.</p></div>
      </div></body></html>`;
    const x3 = extractHtml(page);
    expect(x3.text).toBe('أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية.');
    expect(x3.meta).toMatchObject({ author: 'محمد علي', published: '2021-11-02', publishedSource: 'input' });
  });

  it('reads <time datetime> inside the article, rel=author and canonical url', () => {
    const page = `<html><head><link rel="canonical" href="https://example.com/a/1"></head><body><article>
      <p>بقلم <a rel="author" href="/u/5">ليلى حسن</a></p><time datetime="2019-05-06T10:00">السادس من مايو</time>
      <p>افتتح المحافظ المستشفى الجديد بحضور عدد من المسؤولين.</p></article></body></html>`;
    const x4 = extractHtml(page);
    expect(x4.meta).toMatchObject({ author: 'ليلى حسن', published: '2019-05-06' });
    expect(x4.url).toBe('https://example.com/a/1');
  });

  it('falls back to JSON-LD metadata', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'عنوان من البيانات المنظمة',
      datePublished: '2020-02-29T08:00:00Z',
      author: [{ '@type': 'Person', name: 'خالد يوسف' }],
      publisher: { '@type': 'Organization', name: 'وكالة الأنباء' },
    });
    const x5 = extractHtml(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><p>نص</p></body></html>`,
    );
    expect(x5.title).toBe('عنوان من البيانات المنظمة');
    expect(x5.meta).toEqual({
      author: 'خالد يوسف',
      outlet: 'وكالة الأنباء',
      published: '2020-02-29',
      publishedSource: 'input',
    });
  });

  it('keeps a form that wraps the whole page (ASP.NET)', () => {
    const page = `<html><body><form id="form1"><nav>روابط</nav><div><p>نص الخبر داخل النموذج الكبير الذي يلف الصفحة كلها.</p></div></form></body></html>`;
    expect(extractHtml(page).text).toBe('نص الخبر داخل النموذج الكبير الذي يلف الصفحة كلها.');
  });

  it('reads fragments, table rows and numeric entities', () => {
    const x6 = extractHtml(
      '<p>&#1575;&#1604;&#1582;&#1576;&#1585; الأول</p><table><tr><td>المدينة</td><td>القاهرة</td></tr></table>',
    );
    expect(x6.text).toBe('الخبر الأول\nالمدينة القاهرة');
    expect(x6.title).toBeNull();
  });

  it('warns about an unparseable date', () => {
    const x7 = extractHtml(
      '<html><head><meta name="date" content="قبل ساعتين"></head><body><p>نص</p></body></html>',
    );
    expect(x7.meta.published).toBeUndefined();
    expect(x7.warnings[0]).toContain('قبل ساعتين');
  });
});

describe('readHtml', () => {
  const ctx: ReadContext = { path: 'examples/page.html', input: 'examples/page.html' };

  it('honours <meta charset> for windows-1256 bytes', () => {
    const html = `<html><head><meta charset="windows-1256"><title>افتتاح معرض الكتاب</title></head>
      <body><p>افتُتح معرض الكتاب الدولي اليوم بمشاركة &#1635;00 دار نشر.</p></body></html>`;
    const doc = readHtml(new Uint8Array(iconv.encode(html, 'windows-1256')), ctx);
    expect(doc.source).toEqual({
      path: 'examples/page.html',
      url: null,
      encoding: 'windows-1256',
      format: 'html',
    });
    expect(doc.title).toBe('افتتاح معرض الكتاب');
    expect(doc.text).toBe('افتُتح معرض الكتاب الدولي اليوم بمشاركة ٣00 دار نشر.');
    expect(doc.warnings).toEqual([]);
  });

  it('honours an http-equiv ISO-8859-6 declaration', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6"></head>
      <body><p>وصل الوفد إلى الرباط</p></body></html>`;
    const doc = readHtml(new Uint8Array(iconv.encode(html, 'iso-8859-6')), ctx);
    expect(doc.source.encoding).toBe('iso-8859-6');
    expect(doc.text).toBe('وصل الوفد إلى الرباط');
  });

  it('reads UTF-8 regardless of a wrong declaration', () => {
    const html = '<html><head><meta charset="windows-1256"></head><body><p>مرحباً بكم</p></body></html>';
    const doc = readHtml(new Uint8Array(Buffer.from(html)), ctx);
    expect(doc.source.encoding).toBe('utf-8');
    expect(doc.text).toBe('مرحباً بكم');
  });

  it('sniffs declared charsets', () => {
    expect(sniffHtmlCharset(new Uint8Array(Buffer.from("<meta charset='Windows-1256'>")))).toBe(
      'windows-1256',
    );
    expect(
      sniffHtmlCharset(
        new Uint8Array(Buffer.from('<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=utf-16">')),
      ),
    ).toBeNull();
    expect(sniffHtmlCharset(new Uint8Array(Buffer.from('<p>no charset</p>')))).toBeNull();
  });
});
