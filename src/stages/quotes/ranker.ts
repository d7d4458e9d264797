/**
 * A learned second opinion on quote speakers. The rules (`speakers.ts`) give one speaker per quote;
 * the ranker weighs it against the other actors the article names near the quote (the memory's
 * mentions from two paragraphs before the frame to the end of the quote's sentence) and picks the
 * candidate with the highest linear score. Its weights are a build output
 * (`models/speaker-ranker.json`, `npm run train:speakers`), learned from the statements gold by a
 * conditional logit over each quote's candidates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../entities/models-dir.js';
import type { Actor, ActorMemory, RankedMention } from './actors.js';
import type { RawQuote } from './find-quotes.js';
import { sameActor } from './names.js';
import { type TextView, type Tok, tokenAt } from './view.js';

/** One candidate speaker of a quote with its features (name → value; absent is 0). */
export interface SpeakerCandidate {
  readonly actor: Actor;
  readonly features: ReadonlyMap<string, number>;
}

/** The ranker's weights. */
export interface RankerModel {
  readonly version: 1;
  readonly weights: Readonly<Record<string, number>>;
}

/** File name of the ranker in models/. */
export const RANKER_FILE = 'speaker-ranker.json';

/** How many paragraphs before the frame's candidates may stand. */
const PARA_REACH = 2;
/** How far after a quote a candidate may stand (هكذا قال X), in UTF-16 units. */
const AFTER_REACH = 120;

/** Where a mention stands relative to the quote and its frame. */
function place(v: TextView, q: RawQuote, at: number): string {
  if (at >= q.span.end) return 'after';
  const cue = v.toks[q.speaker.cueTok] as Tok;
  if (at >= cue.start) return 'between';
  const sent = (v.toks[tokenAt(v, at)] as Tok).sent;
  const back = q.speaker.sent - sent;
  return back <= 0 ? 'sentence' : back === 1 ? 'back1' : back === 2 ? 'back2' : 'back3';
}

/**
 * The candidates for quote `i`: every actor named in its window (each once, at its nearest mention
 * before the quote), the rules' speaker and the previous quote's final speaker.
 */
export function speakerCandidates(
  v: TextView,
  quotes: readonly RawQuote[],
  i: number,
  rule: Actor | null,
  previous: Actor | null,
  memory: ActorMemory,
): SpeakerCandidate[] {
  const q = quotes[i] as RawQuote;
  const cue = v.toks[q.speaker.cueTok] as Tok;
  const from = v.paragraphs[Math.max(0, cue.para - PARA_REACH)]?.start ?? 0;
  const endSent = v.sentences[(v.toks[tokenAt(v, Math.max(0, q.span.end - 1))] as Tok).sent];
  const to = Math.min(endSent ? endSent.end : q.span.end, q.span.end + AFTER_REACH);
  const inQuote = (at: number) => quotes.some((x) => x.span.start <= at && at < x.span.end);
  const mentions = memory.mentionsIn(from, to).filter((m) => !(q.span.start <= m.at && m.at < q.span.end));
  // One group per settled actor: the nearest mention before the quote (else the first after).
  const groups: { actor: Actor; best: RankedMention; count: number }[] = [];
  for (const m of mentions) {
    const g = groups.find((x) => sameActor(x.actor, m.actor));
    if (!g) groups.push({ actor: m.actor, best: m, count: 1 });
    else {
      g.count++;
      if (m.at < q.span.start) g.best = m;
    }
  }
  const nearestBefore = (ok: (m: RankedMention) => boolean) => {
    let hit: RankedMention | null = null;
    for (const m of mentions) if (m.at < cue.start && ok(m)) hit = m;
    return hit;
  };
  const person = nearestBefore((m) => m.actor.kind === 'person');
  const subject = nearestBefore((m) => m.subject);
  const how = q.speaker.how;
  const out: SpeakerCandidate[] = [];
  const add = (actor: Actor, m: RankedMention | null, count: number) => {
    const f = new Map<string, number>();
    const isRule = rule !== null && sameActor(actor, rule);
    const isPrev = previous !== null && sameActor(actor, previous);
    if (isRule) {
      f.set('rule', 1);
      f.set(`rule|how=${how}`, 1);
      f.set(`rule|kind=${actor.kind}`, 1);
    }
    if (isPrev) {
      f.set('prev', 1);
      f.set(`prev|how=${how}`, 1);
    }
    f.set(`kind=${actor.kind}`, 1);
    if (m) {
      const where = place(v, q, m.at);
      f.set(`at=${where}`, 1);
      f.set(`at=${where}|how=${how}`, 1);
      f.set('dist', Math.log1p(Math.max(0, q.span.start - m.at) / 100));
      if (m.subject) f.set('subject', 1);
      if (m.entity) f.set('entity', 1);
      if (m.curated) f.set('curated', 1);
      if (inQuote(m.at)) f.set('in-quote', 1);
      if (person && sameActor(person.actor, actor)) f.set('nearest-person', 1);
      if (subject && sameActor(subject.actor, actor)) f.set('nearest-subject', 1);
      if (m.literal.kind !== actor.kind || m.literal.name !== actor.name) f.set('settled', 1);
    } else f.set('unseen', 1);
    f.set('count', Math.log1p(count));
    const fem = q.speaker.feminine;
    if (fem !== null && actor.kind === 'person')
      f.set(actor.feminine === fem ? 'gender-agrees' : 'gender-clash', 1);
    out.push({ actor, features: f });
  };
  for (const g of groups) add(g.actor, g.best, g.count);
  if (rule && !groups.some((g) => sameActor(g.actor, rule))) add(rule, null, 0);
  if (previous && !out.some((c) => sameActor(c.actor, previous))) add(previous, null, 0);
  return out;
}

/** A candidate's score under the model. */
export function scoreCandidate(model: RankerModel, c: SpeakerCandidate): number {
  let s = 0;
  for (const [k, x] of c.features) s += (model.weights[k] ?? 0) * x;
  return s;
}

/** The index of the best candidate (the rules' speaker on ties), or -1 when there is none. */
export function bestCandidate(model: RankerModel, cands: readonly SpeakerCandidate[]): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [i, c] of cands.entries()) {
    const s = scoreCandidate(model, c) + (c.features.get('rule') ? 1e-9 : 0);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/** The best candidate's actor (the rules' speaker on ties), or null when there is none. */
export function chooseSpeaker(model: RankerModel, cands: readonly SpeakerCandidate[]): Actor | null {
  return cands[bestCandidate(model, cands)]?.actor ?? null;
}

let loaded: RankerModel | null | undefined;

/** The committed ranker (models/speaker-ranker.json), or null when it has not been built. */
export function defaultRanker(): RankerModel | null {
  if (loaded !== undefined) return loaded;
  const file = join(modelsDir(), RANKER_FILE);
  loaded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RankerModel) : null;
  return loaded;
}
