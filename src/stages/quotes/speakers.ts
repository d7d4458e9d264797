/**
 * Resolves quote speakers, in text order:
 * - a subject phrase names the speaker (persons to their fullest name, roles to their holder,
 *   short forms to their organisation); a document subject (وقال البيان) is its release's author;
 * - a pronoun subject (وأضاف، وقالت في بيان، وأكد سموه) is the previous quote's speaker when the
 *   gender agrees, else the last sentence or frame subject of that gender; an honorific pronoun
 *   (سموه، معاليه) prefers a person introduced with the matching title;
 * - a participle (مشيرا، قائلا) takes the speaker of the clause it hangs on.
 */
import type { Span } from '../../doc/index.js';
import { type Actor, ActorMemory } from './actors.js';
import type { Cue } from './cues.js';
import type { QuoteFinding, RawQuote } from './find-quotes.js';
import type { SpeakerRef } from './frames.js';
import { type Phrase, readPhrase } from './phrases.js';
import type { NameResources } from './resources.js';
import { isPunct, type TextView, type Tok } from './view.js';

/** Who issued a release: its voice, and the organisation behind it. */
export interface ReleaseActors {
  readonly speaker: Actor | null;
  readonly org: Actor | null;
}

/** How the resolver finds the release a document phrase (البيان، الرسالة) refers to. */
export interface ReleaseLookup {
  /** The release a mention at `at` belongs to, or the last one before `at` when none is there. */
  releaseFor(span: Span | null, at: number): ReleaseActors | null;
  /** The release a mention before a cue, in its sentence, names (بيانا أعرب فيه، كلمة … حين حث). */
  framing?(cueTok: number): ReleaseActors | null;
}

/** Titles an honorific pronoun goes with (سموه ← الأمير). */
const HONORIFIC_TITLES: Readonly<Record<string, RegExp>> = {
  سموه: /سمو|الامير|امير|ولي العهد/u,
  معاليه: /معالي|وزير/u,
  فخامته: /فخامه|الرئيس/u,
  جلالته: /جلاله|الملك/u,
  سماحته: /سماحه|الشيخ|المفتي/u,
  سموها: /سمو|الاميره|اميره/u,
  معاليها: /معالي|وزيره/u,
  فخامتها: /فخامه|الرئيسه/u,
  جلالتها: /جلاله|الملكه/u,
  سعادتها: /سعاده|السفيره|الدكتوره/u,
};

/** Speakers of the quotes of a finding, one per quote (null: no speaker found). */
export class SpeakerResolver {
  readonly memory: ActorMemory;
  private readonly resolved = new Map<number, Actor | null>();
  /** The last frame's speaker, with the gender its subject word or verb showed. */
  private lastSpeaker: { at: number; actor: Actor; feminine: boolean | null } | null = null;

  constructor(
    private readonly v: TextView,
    private readonly finding: QuoteFinding,
    private readonly res: NameResources,
    extraPhrases: readonly Phrase[] = [],
  ) {
    this.memory = new ActorMemory(v, res);
    const phrases: { phrase: Phrase; feminine: boolean | null }[] = extraPhrases.map((phrase) => ({
      phrase,
      feminine: null,
    }));
    for (const r of finding.refs.values())
      if (r.phrase)
        phrases.push({
          phrase: r.phrase,
          feminine: r.how === 'subject' || r.how === 'before' ? r.feminine : null,
        });
    this.memory.collect(phrases);
  }

  /** Forgets resolved frames (after statements are grouped, document subjects can be answered). */
  reset(): void {
    this.resolved.clear();
    this.lastSpeaker = null;
  }

  /**
   * Resolves every frame in text order (a pronoun takes up the previous frame's speaker), then
   * returns each quote's speaker; `releases` answers document subjects.
   */
  resolveQuotes(releases: ReleaseLookup): (Actor | null)[] {
    const quoted = (ref: SpeakerRef): boolean => {
      const at = (this.v.toks[ref.cueTok] as Tok).start;
      return this.finding.quotes.some((q) => q.span.start <= at && at < q.span.end);
    };
    // Frames inside a quotation are the speaker's words, not the narrator's: they carry nothing over.
    const refs = [...this.finding.refs.values()]
      .filter((r) => !quoted(r))
      .sort((a, b) => a.cueTok - b.cueTok);
    for (const ref of refs) {
      const a = this.resolveRef(ref, releases);
      if (!a) continue;
      const p = ref.phrase;
      const feminine = p && p.kind !== 'pronoun' ? (ref.feminine ?? p.feminine) : ref.feminine;
      this.lastSpeaker = { at: (this.v.toks[ref.cueTok] as Tok).start, actor: a, feminine };
    }
    return this.finding.quotes.map((q) => this.resolveRef(q.speaker, releases, q));
  }

  /** Resolves the speaker of a frame (memoised by cue). */
  resolveRef(ref: SpeakerRef, releases: ReleaseLookup, q?: RawQuote): Actor | null {
    if (this.resolved.has(ref.cueTok)) return this.resolved.get(ref.cueTok) ?? null;
    const a = this.compute(ref, releases, q);
    this.resolved.set(ref.cueTok, a);
    return a;
  }

  private compute(ref: SpeakerRef, releases: ReleaseLookup, q?: RawQuote): Actor | null {
    const v = this.v;
    const at = (v.toks[ref.cueTok] as Tok).start;
    const p = ref.phrase;
    if (ref.how === 'none') return null;
    if (ref.how === 'document') {
      const r = releases.releaseFor(p ? p.span : null, at);
      if (r) return r.speaker ?? r.org;
      return p ? this.documentOwner(p) : this.carry(at, ref.feminine);
    }
    if (p && p.kind === 'document') {
      const r = releases.releaseFor(p.span, at);
      if (r && DOCUMENT_MESSAGE(v, p)) return r.speaker ?? r.org;
      return this.documentOwner(p);
    }
    if (p && p.kind === 'pronoun')
      return this.honorific(v.text.slice(p.span.start, p.span.end), at) ?? this.carry(at, false);
    if (p && (ref.how === 'subject' || ref.how === 'before' || ref.how === 'prep')) {
      const a = this.memory.resolve(p);
      // وقالت هوتوفلي: the verb tells a person's gender.
      return ref.feminine && a.kind === 'person' ? { ...a, feminine: true } : a;
    }
    // A frame with no subject of its own right after a release's mention speaks for the release.
    if (!p && (ref.how === 'pronoun' || ref.how === 'participle')) {
      const r = releases.framing?.(ref.cueTok);
      if (r && (r.speaker || r.org)) return r.speaker ?? r.org;
    }
    if (ref.how === 'participle') {
      const gov = this.governing(ref);
      if (gov) return this.resolveRef(gov, releases);
      const clause = this.clauseSubject(ref);
      if (clause) return clause;
      return this.carry(at, ref.feminine);
    }
    void q;
    // فتقول، وقالت mid-sentence: the subject of the sentence's opening verb (تروي الأستاذة … فتقول).
    const cueTok = this.v.toks[ref.cueTok] as Tok;
    const s = this.v.sentences[ref.sent];
    const afterHaith = /^(حيث|بحيث)$/u.test(this.v.toks[ref.cueTok - 1]?.key ?? '');
    if (s && (cueTok.key !== cueTok.bare || afterHaith) && ref.cueTok > s.first + 1) {
      const clause = this.clauseSubject(ref);
      if (clause && (ref.feminine === null || clause.feminine === ref.feminine || clause.kind === 'person'))
        return clause;
    }
    return this.carry(at, ref.feminine);
  }

  /** A pronoun: the previous speaker when the gender agrees, else the last subject of that gender. */
  private carry(at: number, feminine: boolean | null): Actor | null {
    const last = this.lastSpeaker;
    if (last && last.at < at && (feminine === null || last.feminine === null || last.feminine === feminine))
      return last.actor;
    return (
      this.memory.last(at, feminine, ['person', 'org', 'role', 'source']) ??
      (last && last.at < at ? last.actor : null) ??
      this.memory.last(at, null)
    );
  }

  /** سموه، معاليه: the last person introduced with the matching title. */
  private honorific(word: string, at: number): Actor | null {
    const key = Object.keys(HONORIFIC_TITLES).find((k) =>
      word.replace(/[\u064B-\u065F\u0640]/gu, '').endsWith(k),
    );
    if (!key) return null;
    const last = this.lastSpeaker;
    if (last && last.actor.kind === 'person') return last.actor;
    return this.memory.lastTitled(at, HONORIFIC_TITLES[key] as RegExp);
  }

  /** The frame a participle hangs on: the nearest earlier cue of the sentence that is not one. */
  private governing(ref: SpeakerRef): SpeakerRef | null {
    let best: Cue | null = null;
    for (const c of this.finding.cues) {
      if (c.sent !== ref.sent || c.tok >= ref.cueTok) continue;
      if (c.shape === 'participle' || c.shape === 'masdar' || c.shape === 'prep') continue;
      // A frame inside a quotation is the speaker's words (أن البيانات كشفت أن …).
      const at = (this.v.toks[c.tok] as Tok).start;
      if (this.finding.quotes.some((q) => q.span.start <= at && at < q.span.end)) continue;
      best = c;
    }
    return best ? (this.finding.refs.get(best.tok) ?? null) : null;
  }

  /** The subject of the sentence's opening verb (وحاول كارتر …، مؤكدا أن …). */
  private clauseSubject(ref: SpeakerRef): Actor | null {
    const v = this.v;
    const s = v.sentences[ref.sent];
    if (!s || ref.cueTok - s.first < 2) return null;
    // Past a leading adjunct ending in a comma (بدورهم، من جهته، وفي سياق متصل،).
    let k = s.first;
    for (let j = s.first; j < Math.min(ref.cueTok, s.first + 6); j++)
      if (isPunct(v, v.toks[j], '،,')) {
        k = j + 1;
        break;
      }
    // من جانبه طمأن …، بدوره قال …: an adjunct before the verb.
    const a0 = v.toks[k] as Tok | undefined;
    if (
      a0 &&
      /^(من|ومن|في|وفي)$/u.test(a0.key) &&
      /^(جانب|جهت|ناحيت)/u.test((v.toks[k + 1] as Tok | undefined)?.key ?? '')
    )
      k += 2;
    else if (a0 && /^(بدوره|بدورها|بدورهم|كذلك|ايضا)$/u.test(a0.key)) k += 1;
    const first = v.toks[k] as Tok | undefined;
    if (!first || first.det || first.kind !== 'word' || k + 1 >= ref.cueTok) return null;
    const p = readPhrase(v, k + 1, ref.cueTok, this.res);
    if (!p || p.kind === 'other' || p.kind === 'document') return null;
    return p.kind === 'pronoun' ? this.carry(first.start, null) : this.memory.resolve(p);
  }

  /** A document that is not a release (تقرير لمنظمة العفو): its author after ل, else the phrase itself. */
  documentOwner(p: Phrase): Actor | null {
    const v = this.v;
    for (let k = p.first + 1; k < p.last; k++) {
      const t = v.toks[k] as Tok;
      if (t.key.startsWith('ل') && t.stemStart > t.start) {
        const owner = readPhrase(v, k, p.last, this.res);
        if (owner && (owner.kind === 'org' || owner.kind === 'person'))
          return this.memory.resolve({ ...owner, span: { start: t.stemStart, end: owner.span.end } });
      }
    }
    const a = this.memory.literal(p);
    return { ...a, kind: 'other' };
  }
}

/** Whether a document phrase names a released message (البيان، الرسالة) rather than a report. */
function DOCUMENT_MESSAGE(_v: TextView, p: Phrase): boolean {
  return MESSAGE_NOUNS.has(p.head);
}
const MESSAGE_NOUNS = new Set([
  'بيان',
  'رساله',
  'تسجيل',
  'شريط',
  'فيديو',
  'خطاب',
  'كلمه',
  'صوت',
  'تغريده',
  'منشور',
  'بلاغ',
]);
