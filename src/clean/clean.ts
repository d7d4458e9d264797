import { Doc, type Message, type Meta, type Removed } from '../doc/index.js';
import type { RawDoc } from '../read/raw-doc.js';
import { matchKey } from '../text/normalize.js';
import { hasArabic } from '../text/script.js';
import { arabicShare, type Block, bodyShaped, makeBlock, splitBlocks } from './blocks.js';
import { chromeVerdict, debrisVerdict, endsList, headlineShaped, menuParts } from './classify.js';
import { findDates, isoDateFromInput } from './dates.js';
import { cutDateline, cutTrailingLatin } from './inline.js';
import {
  copyrightHolder,
  type MetaLine,
  nameShaped,
  readAgencyLine,
  readCategoryLine,
  readMetaLine,
  readOutletLine,
} from './metadata-lines.js';
import type { RemovalReason } from './reasons.js';
import { splitTitle, titleShaped } from './title.js';

export const CLEAN_STAGE = 'clean.v1';

/** The outcome of cleaning one raw document. */
export interface CleanResult {
  readonly title: string | null;
  readonly text: string;
  readonly meta: Meta;
  readonly removed: readonly Removed[];
  readonly messages: readonly Message[];
}

/** Share of body characters that may follow a comment form for it to open a comment zone. */
const MAX_BODY_AFTER_COMMENTS = 0.3;
/** Headline-shaped blocks in a row at the page's end that make a headline list without header. */
const MIN_TAIL_LIST = 3;
/** A dropped block this long gets a warning: it may have been body text. */
const WARN_DROPPED_WORDS = 25;
/** A page is Arabic when this share of its letters is Arabic (then Latin-only lines are debris). */
const ARABIC_PAGE_SHARE = 0.6;

/** Blocks looked at for a headline: a masthead and a section label may stand above it. */
const TITLE_SEARCH_BLOCKS = 4;
/** A label above the headline this short is the site's masthead. */
const MASTHEAD_MAX_WORDS = 4;

/**
 * The headline block: the first block shaped like a headline, allowing short labels (masthead,
 * section) above it. A block repeated on the page is a headline even when short.
 */
function findTitleBlock(
  blocks: readonly Block[],
  verdict: readonly (RemovalReason | null)[],
  keyCount: ReadonlyMap<string, number>,
): Block | undefined {
  let seen = 0;
  for (const b of blocks) {
    if (verdict[b.index] !== null) continue;
    if (seen++ >= TITLE_SEARCH_BLOCKS) return undefined;
    const repeated = (keyCount.get(b.key) ?? 0) > 1;
    if (titleShaped(b, repeated) && (b.words > MASTHEAD_MAX_WORDS || repeated || seen === 1)) return b;
    // Only short labels may stand above the headline; anything longer means the page has none.
    if (b.words > MASTHEAD_MAX_WORDS || b.terminal) return undefined;
  }
  return undefined;
}

/** Reasons for which a long dropped block needs no second look. */
const QUIET_REASONS: ReadonlySet<RemovalReason> = new Set([
  'title',
  'repeated-title',
  'url-fragment',
  'image-debris',
]);

interface Cut {
  readonly start: number;
  readonly end: number;
  readonly reason: RemovalReason;
}

/**
 * Cleans scraped text: recovers title and metadata, drops site chrome block by block with a
 * reason for each, and keeps every body block. Pure: the same raw document gives the same result.
 */
export function clean(raw: RawDoc): CleanResult {
  const blocks = splitBlocks(raw.text);
  const n = blocks.length;
  const verdict: (RemovalReason | null)[] = new Array(n).fill(null);
  const cuts: Cut[][] = blocks.map(() => []);
  const messages: Message[] = raw.warnings.map((text) => ({ stage: CLEAN_STAGE, level: 'warning', text }));
  const found: { author?: string; outlet?: string; agency?: string; category?: string; published?: string } =
    {};
  const outletFallbacks: string[] = [];

  const totalLetters = blocks.reduce((s, b) => s + b.letters, 0);
  const totalArabic = blocks.reduce((s, b) => s + b.arabic, 0);
  const docIsArabic = totalLetters > 0 && totalArabic / totalLetters >= ARABIC_PAGE_SHARE;
  const keyCount = new Map<string, number>();
  for (const b of blocks) keyCount.set(b.key, (keyCount.get(b.key) ?? 0) + 1);

  // 1. Debris that is not prose.
  for (const b of blocks) {
    const v = debrisVerdict(b, docIsArabic);
    if (v) {
      verdict[b.index] = v;
      if (v === 'latin-debris') {
        const outlet = readOutletLine(b);
        if (outlet?.kind === 'outlet') outletFallbacks.push(outlet.outlet);
      }
    }
  }

  // A menu bar heading the page starts with the site's name.
  const firstBlock = blocks[0];
  const menu = firstBlock && verdict[0] === 'navigation' ? menuParts(firstBlock) : null;
  const menuSite = menu?.[0] && !readCategoryLine(makeBlock(0, menu[0], 0)) ? menu[0] : null;

  // 2. Title: from the input format, else the first block when it is shaped like a headline.
  let title: string | null = null;
  const titleSites: string[] = [];
  const mastheads: string[] = [];
  const titleKeys = new Set<string>();
  const outletLines = new Set(
    blocks.map((b) => readOutletLine(b)).flatMap((m) => (m?.kind === 'outlet' ? [matchKey(m.outlet)] : [])),
  );
  const keysOf = (skip: number) => new Set(blocks.filter((b) => b.index !== skip).map((b) => b.key));
  const inputTitle = raw.title?.trim() ? raw.title.trim() : null;
  const first = findTitleBlock(blocks, verdict, keyCount);
  if (inputTitle) {
    const parts = splitTitle(inputTitle, keysOf(-1), outletLines);
    title = parts.headline;
    if (parts.site) titleSites.push(parts.site);
    titleKeys.add(matchKey(inputTitle)).add(matchKey(parts.headline));
  } else if (first && titleShaped(first, (keyCount.get(first.key) ?? 0) > 1)) {
    const parts = splitTitle(first.text, keysOf(first.index), outletLines);
    title = parts.headline;
    verdict[first.index] = 'title';
    if (parts.site) titleSites.push(parts.site);
    titleKeys.add(first.key).add(matchKey(parts.headline));
    // Short labels above the headline are the masthead (site name) and section labels.
    for (const b of blocks.slice(0, first.index)) {
      if (verdict[b.index] !== null) continue;
      const m = readMetaLine(b);
      if (m) continue; // read with the other metadata lines below
      if (b.words <= MASTHEAD_MAX_WORDS && !b.terminal && arabicShare(b) > 0) {
        mastheads.push(b.text);
        verdict[b.index] = 'outlet';
      }
    }
  }
  if (title !== null) {
    for (const b of blocks) {
      if (verdict[b.index] !== null || !isRepeatedTitle(b, titleKeys)) continue;
      verdict[b.index] = 'repeated-title';
      // A repeat carrying "- Site Name" names the site.
      const site = splitTitle(b.text, new Set(titleKeys), outletLines).site;
      if (site && !titleKeys.has(b.key)) titleSites.push(site);
    }
  }

  // 3. Chrome vocabulary, block by block.
  for (const b of blocks) {
    if (verdict[b.index] === null)
      verdict[b.index] = chromeVerdict(b, title === null ? null : matchKey(title));
  }

  // 4. Zones: comment forms run to the end; related headers and end furniture take the
  //    headline-shaped blocks under them until body resumes.
  const bodyChars = blocks.map((b) => (verdict[b.index] === null && bodyShaped(b) ? b.text.length : 0));
  const totalBody = bodyChars.reduce((s, c) => s + c, 0);
  let after = totalBody;
  let zone: { reason: RemovalReason; kind: 'comments' | 'related' | 'end' } | null = null;
  for (const b of blocks) {
    after -= bodyChars[b.index] as number;
    const v = verdict[b.index];
    const opens = v
      ? b.hits.find((h) => h.entry.reason === v && h.entry.opensZone)?.entry.opensZone
      : undefined;
    if (v && opens) {
      if (opens === 'comments' && after > totalBody * MAX_BODY_AFTER_COMMENTS) continue;
      if (zone?.kind !== 'comments' || opens === 'comments') {
        zone = { reason: opens === 'related' ? 'related-list' : v, kind: opens };
      }
      continue;
    }
    if (!zone || v) continue;
    if (zone.kind === 'comments') verdict[b.index] = zone.reason;
    else if (endsList(b)) zone = null;
    else verdict[b.index] = zone.reason;
  }

  // 5. Metadata lines: bylines, dates, categories, outlets and credits above the body; credits
  //    and dates below it.
  const firstBody = blocks.findIndex((b) => verdict[b.index] === null && bodyShaped(b));
  const headerEnd = firstBody < 0 ? n : firstBody;
  const metaAt = new Map<number, MetaLine>();
  for (const b of blocks) {
    // A breadcrumb ("الرئيسية / أخبار اليمن") is navigation that names the section.
    if (verdict[b.index] === 'navigation' && b.index < headerEnd) {
      const c = readCategoryLine(b);
      if (c?.kind === 'category') metaAt.set(b.index, c);
      continue;
    }
    if (verdict[b.index] !== null) continue;
    const inHeader = b.index < headerEnd;
    const m = inHeader ? readMetaLine(b) : (readAgencyLine(b) ?? trailingDate(b));
    if (m) metaAt.set(b.index, m);
  }
  const bylineNames = new Set<string>();
  for (const m of metaAt.values()) if (m.kind === 'date' && m.author) bylineNames.add(matchKey(m.author));
  for (const [i, m] of metaAt) {
    switch (m.kind) {
      case 'date':
        if (m.published) found.published ??= m.published;
        if (m.author) found.author ??= m.author;
        verdict[i] = m.author ? 'byline' : 'date-line';
        break;
      case 'author':
        found.author ??= m.author;
        verdict[i] = 'byline';
        break;
      case 'category':
        found.category ??= m.category;
        verdict[i] = 'category';
        break;
      case 'outlet':
        found.outlet ??= m.outlet;
        verdict[i] = 'outlet';
        break;
      case 'agency':
        found.agency ??= m.agency;
        verdict[i] = 'agency-credit';
        break;
    }
  }
  // Names the page gives itself elsewhere (copyright holder, title suffix, Latin site line).
  for (const b of blocks) {
    if (verdict[b.index] !== 'copyright') continue;
    const holder = copyrightHolder(b);
    if (holder) outletFallbacks.push(holder);
  }
  // Arabic site names before Latin ones: the record keeps the outlet as Arabic readers know it.
  outletFallbacks.unshift(...mastheads, ...titleSites, ...(menuSite ? [menuSite] : []));
  outletFallbacks.sort((a, b) => Number(hasArabic(b)) - Number(hasArabic(a)));
  const siteNames = new Set(outletFallbacks.map((o) => matchKey(o)));
  // Bare lines in the byline cluster above the body: the site's own name is the outlet; a name
  // repeating a glued byline's name, or sitting beside other byline lines, is the author; a
  // one- or two-word label beside them is the section.
  for (const b of blocks) {
    if (b.index >= headerEnd || verdict[b.index] !== null || b.terminal) continue;
    const besideMeta = [b.index - 1, b.index + 1].some((j) => metaAt.has(j) || verdict[j] === 'title');
    if (siteNames.has(b.key) && b.words <= 5) {
      found.outlet ??= b.text;
      verdict[b.index] = 'outlet';
    } else if (nameShaped(b) && (bylineNames.has(b.key) || (besideMeta && found.author === undefined))) {
      found.author ??= b.text;
      verdict[b.index] = 'byline';
    } else if (
      b.words <= 2 &&
      besideMeta &&
      metaAt.size > 0 &&
      found.category === undefined &&
      arabicShare(b) === 1
    ) {
      found.category = b.text;
      verdict[b.index] = 'category';
    }
  }

  // 6. A headline list at the very end with no header over it.
  const tail: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    if (verdict[i] !== null) continue;
    const b = blocks[i] as Block;
    if (!headlineShaped(b)) break;
    tail.push(i);
  }
  if (tail.length >= MIN_TAIL_LIST) for (const i of tail) verdict[i] = 'related-list';

  // 7. Inline debris on kept blocks: an outlet dateline opening the body, Latin letters after
  //    the last full stop.
  const kept = blocks.filter((b) => verdict[b.index] === null);
  const firstKept = kept[0];
  if (firstKept) {
    const known = new Set(
      [...outletFallbacks, ...(found.outlet ? [found.outlet] : [])].map((o) => matchKey(o)),
    );
    const d = cutDateline(firstKept, known);
    if (d) {
      if (d.outlet) found.outlet ??= d.outlet;
      if (d.agency) found.agency ??= d.agency;
      cuts[firstKept.index]?.push({ start: d.start, end: d.end, reason: 'dateline' });
    }
  }
  for (const b of kept) {
    const t = cutTrailingLatin(b);
    if (t) cuts[b.index]?.push({ ...t, reason: 'latin-debris' });
  }

  // 8. Assemble the base text and the record of what was removed.
  const removed: Removed[] = [];
  const paragraphs: string[] = [];
  for (const b of blocks) {
    const v = verdict[b.index];
    if (v) {
      removed.push({ text: b.text, reason: v, inputStart: b.start, inputEnd: b.end });
      if (b.words >= WARN_DROPPED_WORDS && b.arabic > 0 && !QUIET_REASONS.has(v)) {
        messages.push({
          stage: CLEAN_STAGE,
          level: 'info',
          code: 'long-block-dropped',
          text: `dropped a ${b.words}-word block as ${v}: check it is not body text`,
        });
      }
      continue;
    }
    let text = b.text;
    for (const c of [...(cuts[b.index] ?? [])].sort((x, y) => y.start - x.start)) {
      removed.push({
        text: text.slice(c.start, c.end),
        reason: c.reason,
        inputStart: b.start + c.start,
        inputEnd: b.start + c.end,
      });
      text = text.slice(0, c.start) + text.slice(c.end);
    }
    text = text.replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ').trim();
    if (text) paragraphs.push(text);
  }
  removed.sort((a, b) => a.inputStart - b.inputStart);
  const text = paragraphs.join('\n');
  if (text.length === 0) {
    messages.push({
      stage: CLEAN_STAGE,
      level: 'warning',
      code: 'no-body',
      text: 'no body text left after cleaning',
    });
  }

  const input = raw.meta;
  const inputPublished = input.published ? isoDateFromInput(input.published) : null;
  const outlet = input.outlet ?? found.outlet ?? outletFallbacks[0] ?? null;
  const meta: Meta = {
    author: input.author ?? found.author ?? null,
    outlet,
    agency: input.agency ?? found.agency ?? null,
    category: input.category ?? found.category ?? null,
    published: inputPublished ?? found.published ?? null,
    publishedSource: inputPublished ? 'input' : found.published ? 'text' : null,
  };
  return { title, text, meta, removed, messages };
}

/** A block that repeats the title, alone or with a site name appended. */
function isRepeatedTitle(b: Block, titleKeys: ReadonlySet<string>): boolean {
  if (titleKeys.has(b.key)) return true;
  for (const t of titleKeys) {
    if (t.length >= 10 && b.key.startsWith(t) && b.key.length - t.length <= 40 && !bodyShaped(b)) return true;
  }
  return false;
}

/** A date line below the body ("نشر بتاريخ 5 آب 2020"), with nothing else on it. */
function trailingDate(b: Block): MetaLine | null {
  const dates = findDates(b.key);
  if (dates.length === 0 || b.words > 8) return null;
  const m = readMetaLine(b);
  return m?.kind === 'date' && !m.author ? m : null;
}

/** Cleans a raw document into an analysis document with its base text. */
export function cleanToDoc(raw: RawDoc): Doc {
  const r = clean(raw);
  return Doc.create({
    source: raw.source,
    title: r.title,
    text: r.text,
    meta: r.meta,
    removed: r.removed,
    messages: r.messages,
  });
}
