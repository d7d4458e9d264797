/**
 * The statement analysis of one document, shared by the `quotes` and `events` stages (each writes
 * its own layer from it; both compute it the same way, so quote indices agree): quotations with
 * resolved speakers, statement releases with their fields, and the content messages.
 */
import type { Message, Party, QuoteSpan, Span, TimeSpan } from '../../doc/index.js';
import type { EventSpan } from '../../doc/record.js';
import type { Actor } from '../quotes/actors.js';
import { findQuotes, type RawQuote } from '../quotes/find-quotes.js';
import type { SpeakerHow } from '../quotes/frames.js';
import { readPhrase } from '../quotes/phrases.js';
import {
  chooseSpeaker,
  defaultRanker,
  type RankerModel,
  type SpeakerCandidate,
  speakerCandidates,
} from '../quotes/ranker.js';
import { knownWords, type NameResources, nameResources } from '../quotes/resources.js';
import { SpeakerResolver } from '../quotes/speakers.js';
import { makeView, type TextView, type Tok, type ViewInput } from '../quotes/view.js';
import { findArtifacts } from './artifacts.js';
import {
  attributionOf,
  channelOf,
  dateOf,
  durationOf,
  hedgesConflict,
  hedgesOf,
  isCurrent,
  placesOf,
  sentencesOf,
  titleOf,
} from './fields.js';
import { linkQuotes, reattribute } from './link.js';
import { groupReleases, releaseLookup } from './releases.js';

/** A statement event: the contract's event fields plus the release's length. */
export interface StatementSpan extends EventSpan {
  readonly duration: { readonly value: string | null; readonly text: string | null } | null;
}

/** What the analysis finds in one document. */
export interface StatementAnalysis {
  /** Quotes in layer order (start, then longer first). */
  readonly quotes: QuoteSpan[];
  /** Statements; `quotes` are indices into `quotes`. */
  readonly statements: StatementSpan[];
  /** Content messages about quotes, without stage (the stage writing them sets it). */
  readonly messages: Omit<Message, 'stage'>[];
  /** Content messages about statements (hedges that disagree or name no release), without stage. */
  readonly statementMessages: Omit<Message, 'stage'>[];
}

const NO_PARTY: Party = Object.freeze({ name: null, entity: null });

function party(a: Actor | null): Party {
  return a ? { name: a.name, entity: a.entity } : NO_PARTY;
}

/**
 * The last analysis and what it was computed from. The quotes and events stages both read the
 * same analysis of a document, one after the other: the second gets it without redoing it.
 * Layers are frozen arrays shared between a document's versions, so identity is equality.
 */
let last: { readonly key: readonly unknown[]; readonly result: StatementAnalysis } | null = null;

/** Analyses one document (pure: the same input gives the same, shared, result). */
export function analyseStatements(
  input: ViewInput,
  res: NameResources = nameResources(),
  ranker: RankerModel | null = defaultRanker(),
): StatementAnalysis {
  const key = [
    input.text,
    input.tokens,
    input.sentences,
    input.paragraphs,
    input.entities,
    input.times,
    input.anchor,
    res,
    ranker,
  ];
  if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.result;
  const result = analyse(input, res, ranker);
  last = { key, result };
  return result;
}

/** A quote's speaker candidates as the ranker sees them, with the rules' choice (training). */
export interface SpeakerExample {
  readonly span: Span;
  readonly rule: Actor | null;
  readonly candidates: readonly SpeakerCandidate[];
}

/** The speaker candidates of every quote the rules (not a release) attribute, for training the ranker. */
export function speakerExamples(input: ViewInput, res: NameResources = nameResources()): SpeakerExample[] {
  const out: SpeakerExample[] = [];
  analyse(input, res, null, out);
  return out;
}

function analyse(
  input: ViewInput,
  res: NameResources,
  ranker: RankerModel | null,
  examples?: SpeakerExample[],
): StatementAnalysis {
  const v = makeView(input, knownWords(res));
  const finding = findQuotes(v, res);
  const mentions = findArtifacts(
    v,
    finding.cues,
    res,
    finding.quotes.map((q) => q.span),
  );
  const releasePhrases = mentions.flatMap((m) => {
    if (m.releaseVerb < 0 || m.releaseVerb > m.tok) return [];
    const p = readPhrase(v, m.releaseVerb + 1, m.tok, res);
    return p ? [p] : [];
  });
  const resolver = new SpeakerResolver(v, finding, res, releasePhrases);
  const releases = groupReleases(v, mentions, finding, resolver, res);
  resolver.reset();
  const rules = resolver.resolveQuotes(releaseLookup(v, releases));
  const links = linkQuotes(v, finding.quotes, rules, releases);
  const attributed = rules.map((a, i) => {
    const l = links[i] as { release: number; framed: boolean };
    return reattribute(
      a,
      releases[l.release],
      (finding.quotes[i] as { speaker: { how: SpeakerHow } }).speaker.how,
      l.framed,
    );
  });
  // The ranker weighs each quote's speaker against the other actors near it, in text order (a
  // quote given to its release's speaker stays with it).
  const speakers: (Actor | null)[] = [];
  for (const [i, a] of attributed.entries()) {
    const own = a === rules[i];
    const cands =
      own && (ranker || examples)
        ? speakerCandidates(v, finding.quotes, i, a, speakers[i - 1] ?? null, resolver.memory)
        : [];
    if (examples && own)
      examples.push({ span: (finding.quotes[i] as RawQuote).span, rule: a, candidates: cands });
    speakers.push(ranker && own && cands.length > 0 ? chooseSpeaker(ranker, cands) : a);
  }

  const messages: Omit<Message, 'stage'>[] = [];
  const quotes: QuoteSpan[] = finding.quotes.map((q, i) => {
    const a = speakers[i] ?? null;
    if (!a)
      messages.push({
        level: 'warning',
        code: 'W_UNATTRIBUTED_QUOTE',
        text: 'quotation without a speaker',
        start: q.span.start,
        end: q.span.end,
      });
    return { start: q.span.start, end: q.span.end, direct: q.direct, speaker: party(a), cue: q.cue };
  });

  const quoteSpans: Span[] = quotes.map((q) => ({ start: q.start, end: q.end }));
  const hedges = hedgesOf(v, releases);
  const statementMessages: Omit<Message, 'stage'>[] = hedges.unplaced.map((h) => ({
    level: 'info',
    code: 'I_UNPLACED_HEDGE',
    text: `hedge (${h.attribution}) in a sentence naming no release: left out of every statement's attribution`,
    start: h.start,
    end: h.end,
  }));
  const statements: StatementSpan[] = releases.map((r, ri) => {
    const linked = links.flatMap((l, qi) => (l.release === ri ? [qi] : []));
    // With no date where the release is named, the first quote of it may tell (أكد اليوم أنه …).
    const date =
      dateOf(v, r, quoteSpans) ??
      frameDate(
        v,
        linked.map((qi) => finding.quotes[qi] as RawQuote),
      );
    const duration = durationOf(v, r, quoteSpans);
    const title = titleOf(v, r, finding.marks);
    const evidence = r.mentions.map((m) => m.span).sort((a, b) => a.start - b.start);
    const main = r.mentions[0]?.span ?? (evidence[0] as Span);
    const hedged = hedges.perRelease[ri] ?? [];
    if (hedgesConflict(hedged))
      statementMessages.push({
        level: 'warning',
        code: 'W_CONFLICTING_HEDGES',
        text: `the article both vouches for and doubts this release: kept ${attributionOf(hedged)}`,
        start: main.start,
        end: main.end,
      });
    const contentSentences = [
      ...sentencesOf(r),
      ...linked.map((qi) => sentenceOf(v, quoteSpans[qi] as Span)),
    ];
    return {
      start: main.start,
      end: main.end,
      type: 'statement',
      speaker: party(r.speaker),
      organization: party(r.org),
      medium: r.medium,
      channel: channelOf(v, r, resolver, res),
      title: title ? v.text.slice(title.start, title.end) : null,
      date: date
        ? { value: date.value, text: v.text.slice(date.start, date.end) }
        : { value: null, text: null },
      duration: duration ? { value: duration.value, text: v.text.slice(duration.start, duration.end) } : null,
      places: placesOf(v, contentSentences, res),
      quotes: linked,
      attribution: attributionOf(hedged),
      current: isCurrent(v, r, date),
      evidence,
    };
  });
  return { quotes, statements, messages, statementMessages };
}

/** A date between a quote's cue and the quote (قال … اليوم الخميس إن …). */
function frameDate(v: TextView, quotes: readonly RawQuote[]): TimeSpan | null {
  const q = quotes[0];
  if (!q) return null;
  const from = (v.toks[q.frame.first] as Tok).start;
  return (
    v.times.find((t) => {
      if ((t.type !== 'DATE' && t.type !== 'TIME') || t.start < from || t.end > q.span.start) return false;
      const k = v.toks.findIndex((x) => x.start >= t.start);
      const before = v.toks.slice(Math.max(0, k - 2), k).map((x) => x.key);
      return !before.includes('منذ') && !before.includes('خلال') && !/^\d{4}$/u.test(t.value ?? '');
    }) ?? null
  );
}

function sentenceOf(v: TextView, span: Span): number {
  const t = v.toks.find((x) => x.start >= span.start) as Tok | undefined;
  return t ? t.sent : 0;
}
