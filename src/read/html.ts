/**
 * HTML → RawDoc: body text one block per line (page chrome dropped, the article preferred when
 * it holds most of the text), title and metadata from meta tags, microdata and JSON-LD.
 */
import { parseHTML } from 'linkedom';
import type { Meta } from '../doc/index.js';
import type { ReadContext } from './context.js';
import { toIsoDate } from './dates.js';
import { decodeBytes } from './decode.js';
import type { RawDoc } from './raw-doc.js';

/** Bytes searched for a `<meta charset>` declaration; HTML requires it within the first 1024, some pages put it later. */
const CHARSET_SNIFF_BYTES = 4096;
/**
 * Share of the page's visible text an `<article>` / articleBody / `<main>` must hold to become the
 * extraction root. "Most of the text": below half, the rest of the page (lists of related
 * stories, comments) would be lost without evidence that it is debris.
 */
const CONTENT_ROOT_MIN_SHARE = 0.5;
/** Share of the page's visible text above which a `<form>` is kept: ASP.NET pages wrap the whole page in one. */
const FORM_KEEP_SHARE = 0.5;

/** Elements whose content is never text of the page. */
const NON_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'head',
  'title',
  'meta',
  'link',
]);
/** Page chrome: dropped unless it contains the article (or, for a form, most of the page). */
const CHROME = new Set(['form', 'nav', 'header', 'footer', 'aside']);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'main',
  'body',
  'html',
  'address',
  'pre',
  'hr',
  'details',
  'summary',
  'center',
]);
/** Separators between a headline and the site name in a page title: "Headline - Site", "Site | Headline". */
const TITLE_SEPARATOR = /\s+(?:[-|–—:»«•]|::|\/\/)\s+/g;
/** JSON-LD `@type`s of articles: Article, NewsArticle, ReportageNewsArticle, BlogPosting … */
const ARTICLE_TYPES = /(?:Article|BlogPosting)$/;

/**
 * Minimal view of the linkedom nodes used here (the project compiles without the DOM lib). Children
 * are walked by sibling links: linkedom rebuilds `childNodes` on every access, which is quadratic.
 */
interface HNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly firstChild: HNode | null;
  readonly lastChild: HNode | null;
  readonly nextSibling: HNode | null;
  readonly previousSibling: HNode | null;
  readonly parentNode: HNode | null;
}
interface HElement extends HNode {
  readonly localName: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
}
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function isElement(n: HNode): n is HElement {
  return n.nodeType === ELEMENT;
}

/** Attribute value by case-insensitive name (linkedom keeps attribute names as written). */
function attr(el: HElement, name: string): string | null {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    if (a && a.name.toLowerCase() === name) return a.value;
  }
  return null;
}

function tag(el: HElement): string {
  return el.localName.toLowerCase();
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text inside an element, nested scripts and styles excluded, whitespace collapsed. */
function textOf(el: HNode): string {
  const parts: string[] = [];
  const walk = (n: HNode): void => {
    if (n.nodeType === TEXT || n.nodeType === CDATA) parts.push(n.nodeValue ?? '');
    else if (isElement(n) && !NON_CONTENT.has(tag(n))) {
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
  return collapse(parts.join(''));
}

function isHidden(el: HElement): boolean {
  return attr(el, 'hidden') !== null || attr(el, 'aria-hidden')?.trim().toLowerCase() === 'true';
}

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, CHARSET_SNIFF_BYTES),
  ).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.()+-]+)/i.exec(head);
  if (!m) return null;
  const label = (m[1] as string).toLowerCase();
  // A page read from bytes cannot declare UTF-16 meaningfully (the HTML standard reads it as UTF-8).
  return /^(?:utf-?16|ucs-?2|unicode)/.test(label) ? null : label;
}

/** What `extractHtml` recovers from a page. */
export interface HtmlExtract {
  readonly title: string | null;
  /** Body text, one block element per line. */
  readonly text: string;
  readonly meta: Partial<Meta>;
  readonly url: string | null;
  readonly warnings: string[];
}

/** Parses a page, leaving a document even for fragments (linkedom needs an <html> root). */
function parse(html: string): HElement | null {
  let source = html;
  if (!/<html[\s>]/i.test(html)) {
    source = /<(?:head|body)[\s>]/i.test(html)
      ? `<html>${html}</html>`
      : `<html><head></head><body>${html}</body></html>`;
  }
  const { document } = parseHTML(source) as unknown as { document: { documentElement: HElement | null } };
  return document.documentElement;
}

function allElements(root: HElement): HElement[] {
  const out: HElement[] = [];
  const stack: HNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as HNode;
    if (!isElement(n)) continue;
    out.push(n);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

function contains(outer: HNode, inner: HNode): boolean {
  for (let n: HNode | null = inner; n; n = n.parentNode) if (n === outer) return true;
  return false;
}

function looksLikeUrl(s: string): boolean {
  return /^(?:https?:)?\/\//i.test(s) || /^www\./i.test(s);
}

/** JSON-LD objects of the page, flattened (arrays and @graph). */
function jsonLd(elements: readonly HElement[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) add(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) add(o['@graph']);
    }
  };
  for (const el of elements) {
    if (tag(el) !== 'script' || attr(el, 'type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      add(JSON.parse(rawText(el)));
    } catch {
      // Broken JSON-LD is common and carries nothing we could use.
    }
  }
  return out.filter((o) => {
    const t = o['@type'];
    const types = Array.isArray(t) ? t : [t];
    return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
  });
}

function rawText(el: HNode): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    s += n.nodeType === TEXT || n.nodeType === CDATA ? (n.nodeValue ?? '') : rawText(n);
  }
  return s;
}

function ldName(v: unknown): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => x !== null);
    return names.length > 0 ? names.join('، ') : null;
  }
  if (v && typeof v === 'object') return ldName((v as Record<string, unknown>).name);
  return null;
}

/**
 * Extracts title, metadata and body text from a page. The body keeps one line per block element,
 * with scripts, forms, navigation, headers, footers, asides and hidden elements dropped; when an
 * article (articleBody, `<article>`, `<main>`) holds most of the text, only it is kept. An `<h1>`
 * equal to the title is left out of the text, since the title field carries it.
 */
export function extractHtml(html: string): HtmlExtract {
  const root = parse(html);
  const warnings: string[] = [];
  if (!root) return { title: null, text: '', meta: {}, url: null, warnings };
  const elements = allElements(root);

  // Meta tags by name / property / itemprop, first occurrence wins.
  const metas = new Map<string, string>();
  for (const el of elements) {
    if (tag(el) !== 'meta') continue;
    const content = attr(el, 'content');
    if (content === null || collapse(content) === '') continue;
    for (const key of ['property', 'name', 'itemprop']) {
      const k = attr(el, key)?.trim().toLowerCase();
      if (k && !metas.has(k)) metas.set(k, collapse(content));
    }
  }
  const ld = jsonLd(elements);
  const ldField = (f: string): unknown => ld.find((o) => o[f] !== undefined && o[f] !== null)?.[f];
  const byTag = (name: string): HElement[] => elements.filter((el) => tag(el) === name);
  const byItemprop = (name: string): HElement[] =>
    elements.filter((el) => attr(el, 'itemprop')?.trim().split(/\s+/).includes(name));

  // Title.
  const h1s = byTag('h1')
    .map(textOf)
    .filter((t) => t !== '');
  const titleEl = byTag('title')[0];
  const pageTitle = metas.get('og:title') ?? (titleEl ? textOf(titleEl) || undefined : undefined);
  let title: string | null = pageTitle ?? h1s[0] ?? ldName(ldField('headline'));
  if (pageTitle && !h1s.includes(pageTitle)) {
    const h1 = h1s.find((h) => headlineOf(pageTitle, h));
    if (h1) title = h1;
  }

  // Metadata.
  const meta: { -readonly [K in keyof Meta]?: Meta[K] } = {};
  const author =
    metas.get('author') ??
    [metas.get('article:author')].find((a) => a !== undefined && !looksLikeUrl(a)) ??
    itempropAuthor(byItemprop('author')) ??
    elements
      .filter((el) => tag(el) === 'a' && attr(el, 'rel')?.toLowerCase().split(/\s+/).includes('author'))
      .map(textOf)
      .find((t) => t !== '') ??
    ldName(ldField('author'));
  if (author) meta.author = author;
  const outlet = metas.get('og:site_name') ?? ldName(ldField('publisher'));
  if (outlet) meta.outlet = outlet;
  const category = metas.get('article:section') ?? ldName(ldField('articleSection'));
  if (category) meta.category = category;

  // The main article: pages also use <article> for teaser cards of related stories.
  const articleEl = byTag('article').reduce<{ el: HElement; len: number } | null>((best, el) => {
    const len = textOf(el).length;
    return best && best.len >= len ? best : { el, len };
  }, null)?.el;
  const dateCandidates: (string | undefined)[] = [
    metas.get('article:published_time'),
    metas.get('date'),
    metas.get('pubdate'),
    metas.get('publishdate'),
    articleEl
      ? allElements(articleEl)
          .filter((el) => tag(el) === 'time')
          .map((el) => attr(el, 'datetime') ?? undefined)
          .find((d) => d !== undefined)
      : undefined,
    ...byItemprop('datePublished').map((el) => attr(el, 'content') ?? attr(el, 'datetime') ?? textOf(el)),
    ...[ldField('datePublished')].map((v) => (typeof v === 'string' ? v : undefined)),
  ];
  const dates = dateCandidates.filter((d): d is string => d !== undefined && d.trim() !== '');
  const published = dates.map(toIsoDate).find((d) => d !== null);
  if (published) {
    meta.published = published;
    meta.publishedSource = 'input';
  } else if (dates.length > 0) {
    warnings.push(`unparseable publication date "${dates[0]}"`);
  }

  const canonical = elements.find(
    (el) => tag(el) === 'link' && attr(el, 'rel')?.toLowerCase().split(/\s+/).includes('canonical'),
  );
  const url = metas.get('og:url') ?? (canonical ? attr(canonical, 'href')?.trim() || null : null);

  const body = byTag('body')[0] ?? root;
  const text = bodyLines(body, elements, title).join('\n');
  return { title, text, meta, url, warnings };
}

/** True when `pageTitle` is `headline` plus a site name on one side of a separator. */
function headlineOf(pageTitle: string, headline: string): boolean {
  for (const m of pageTitle.matchAll(TITLE_SEPARATOR)) {
    const left = pageTitle.slice(0, m.index).trim();
    const right = pageTitle.slice(m.index + m[0].length).trim();
    if (left === headline || right === headline) return true;
  }
  return false;
}

function itempropAuthor(els: readonly HElement[]): string | null {
  for (const el of els) {
    const content = attr(el, 'content');
    if (content && !looksLikeUrl(content)) return collapse(content);
    const name = allElements(el).find((e) => e !== el && attr(e, 'itemprop')?.split(/\s+/).includes('name'));
    const text = name ? (attr(name, 'content') ?? textOf(name)) : textOf(el);
    if (text) return collapse(text);
  }
  return null;
}

/** Body text lines: chooses the root, drops non-content and chrome, one line per block. */
function bodyLines(body: HElement, elements: readonly HElement[], title: string | null): string[] {
  // Visible length (non-space characters) of each element, chrome excluded except forms.
  const lengths = new Map<HNode, number>();
  const visible = (n: HNode): number => {
    if (n.nodeType === TEXT || n.nodeType === CDATA) return (n.nodeValue ?? '').replace(/\s+/g, '').length;
    if (!isElement(n)) return 0;
    const cached = lengths.get(n);
    if (cached !== undefined) return cached;
    const t = tag(n);
    let len = 0;
    if (!NON_CONTENT.has(t) && !isHidden(n) && !(CHROME.has(t) && t !== 'form')) {
      for (let c = n.firstChild; c; c = c.nextSibling) len += visible(c);
    }
    lengths.set(n, len);
    return len;
  };
  const total = visible(body);

  const inChrome = (el: HElement): boolean => {
    for (let n = el.parentNode; n && n !== body; n = n.parentNode) {
      if (
        isElement(n) &&
        ((CHROME.has(tag(n)) && tag(n) !== 'form') || isHidden(n) || NON_CONTENT.has(tag(n)))
      ) {
        return true;
      }
    }
    return false;
  };
  let root: HElement = body;
  const groups: ((el: HElement) => boolean)[] = [
    (el) => attr(el, 'itemprop')?.split(/\s+/).includes('articleBody') ?? false,
    (el) => tag(el) === 'article',
    (el) => tag(el) === 'main' || attr(el, 'role')?.trim().toLowerCase() === 'main',
  ];
  for (const inGroup of groups) {
    const candidates = elements.filter((el) => inGroup(el) && contains(body, el) && !inChrome(el));
    const best = candidates.reduce<HElement | null>(
      (a, el) => (a && visible(a) >= visible(el) ? a : el),
      null,
    );
    if (best && total > 0 && visible(best) >= CONTENT_ROOT_MIN_SHARE * total) {
      root = best;
      break;
    }
  }

  const lines: string[] = [];
  let current = '';
  let pre = 0;
  const flush = (): void => {
    const line = collapse(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (n: HNode): void => {
    if (n.nodeType === TEXT || n.nodeType === CDATA) {
      const value = n.nodeValue ?? '';
      if (pre > 0 && value.includes('\n')) {
        const parts = value.split('\n');
        parts.forEach((p, i) => {
          if (i > 0) flush();
          current += p;
        });
      } else current += value;
      return;
    }
    if (!isElement(n)) return;
    const t = tag(n);
    if (NON_CONTENT.has(t) || isHidden(n)) return;
    if (CHROME.has(t) && !contains(n, root) && !(t === 'form' && visible(n) > FORM_KEEP_SHARE * total))
      return;
    if (t === 'br') {
      flush();
      return;
    }
    if (t === 'h1' && title !== null && textOf(n) === title) {
      flush();
      return;
    }
    if (t === 'td' || t === 'th') current += ' ';
    const block = BLOCK.has(t);
    if (block) flush();
    if (t === 'pre') pre++;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (t === 'pre') pre--;
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

/**
 * HTML bytes → RawDoc (format `html`). The declared `<meta charset>` is used when the bytes carry
 * no BOM and are not UTF-8, unless it plainly does not fit them.
 */
export function readHtml(bytes: Uint8Array, ctx: ReadContext): RawDoc {
  const declared = sniffHtmlCharset(bytes);
  const decoded = decodeBytes(bytes, {
    input: ctx.input,
    encoding: ctx.encoding,
    ...(declared === null ? {} : { declared }),
  });
  return htmlToRawDoc(decoded.text, ctx, decoded.encoding, decoded.warnings);
}

/** Wraps already-decoded HTML as a RawDoc. */
export function htmlToRawDoc(
  html: string,
  ctx: ReadContext,
  encoding: string,
  warnings: readonly string[] = [],
): RawDoc {
  const x = extractHtml(html);
  const all = [...warnings, ...x.warnings];
  if (x.text === '') all.push(`${ctx.input} has no body text`);
  return {
    source: { path: ctx.path, url: x.url, encoding, format: 'html' },
    text: x.text,
    title: x.title,
    meta: x.meta,
    warnings: all,
  };
}
