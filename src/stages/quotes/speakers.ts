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
import { isComplementizer } from '../../lexicon/reporting-verbs.js';
import { matchKey } from '../../text/normalize.js';
import { type Actor, ActorMemory, isOutlet } from './actors.js';
import type { Cue } from './cues.js';
import type { QuoteFinding, RawQuote } from './find-quotes.js';
import type { SpeakerRef } from './frames.js';
import { nameUnits, sameActor } from './names.js';
import {
  actorAt,
  adjectiveLike,
  documentNoun,
  noAl,
  type Phrase,
  readPhrase,
  readPhraseBefore,
} from './phrases.js';
import type { NameResources } from './resources.js';
import { isPunct, type TextView, type Tok, tokenAt } from './view.js';
import {
  accusativeAdverb,
  isOrgHead,
  isProclitic,
  isTitle,
  KIN_NOUNS,
  leadingAdjunct,
  nameLike,
  possessedRole,
} from './words.js';

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

/** Role nouns that serve as epithets of a person already named (sports and arts news). */
const EPITHET_HEADS = new Set([
  'مدرب',
  'لاعب',
  'مهاجم',
  'مدافع',
  'حارس',
  'نجم',
  'فنان',
  'شاعر',
  'كاتب',
  'رسام',
  'ممثل',
  'مطرب',
]);

/** How far into a sentence a byline's dash may stand (name- outlet- city:), in tokens. */
const BYLINE_TOKENS = 6;

/** How far after a document noun its issuer may be named (النشرة الإحصائية التي تصدرها X), in tokens. */
const ISSUER_REACH = 8;

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
  private lastSpeaker: { at: number; actor: Actor; feminine: boolean | null; plural: boolean } | null = null;
  /** The last source reached through عن (نقلت الصحيفة عن مسؤول): what a later عنه refers to. */
  private lastSource: Actor | null = null;
  /** The turns of the dialogue so far: each framed direct quote with its speaker, in text order. */
  private turns: Turn[] = [];

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
    this.lastSource = null;
    this.turns = [];
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
    const framing = new Set(this.finding.quotes.map((q) => q.speaker.cueTok));
    for (const ref of refs) {
      // وفق تصميم عالمي: a prepositional frame that frames no quote names no speaker to carry on.
      if (ref.how === 'prep' && !framing.has(ref.cueTok)) continue;
      const a = this.resolveRef(ref, releases);
      if (!a) continue;
      if (ref.relayed && ref.phrase) this.lastSource = a;
      const p = ref.phrase;
      const feminine = p && p.kind !== 'pronoun' ? (ref.feminine ?? p.feminine) : ref.feminine;
      const plural = !p && PLURAL_FRAME.test((this.v.toks[ref.cueTok] as Tok).key);
      this.recordTurn(ref, a, feminine);
      // (The writer's own turn is no antecedent for a third-person verb: فقلت: … فقال.)
      if (a.entity === WRITER) continue;
      this.lastSpeaker = { at: (this.v.toks[ref.cueTok] as Tok).start, actor: a, feminine, plural };
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
    const found = this.computeRules(ref, releases, q);
    // A "person" whose name is a function word or a word behind a preposition (ال، بابن، قوله)
    // was misread: the phrase is a description, or the person is named elsewhere in the frame.
    const a = found && found.kind === 'person' && this.junkName(found.name) ? this.unjunk(ref) : found;
    // A frame whose subject the rules left a role, a source or nothing, but where the entities
    // layer names a person in the subject's place: that person.
    if (a && (a.kind === 'person' || a.kind === 'org' || a.entity === WRITER)) return a;
    if (ref.how === 'document' || ref.phrase?.kind === 'document' || ref.relayed) return a;
    return this.framePerson(ref) ?? a;
  }

  /** Whether a person's name is a misreading (see `compute`). */
  private junkName(name: string): boolean {
    const words = name.split(/\s+/u);
    if (words.some((w) => w === 'ال')) return true;
    if (words.length !== 1) return false;
    const k = matchKey(name);
    if (k.length <= 2) return true;
    if (this.res.personNames.has(k)) return false;
    const rest = k.slice(1);
    // (بابن رئيس الوزراء، لاسيان: a kinship noun or a known place behind the preposition.)
    if (
      /^[بل]/u.test(k) &&
      (/^(ابن|بنت|اخ|اخت|ام|اب)$/u.test(rest) || (rest.length >= 4 && this.res.places.has(rest)))
    )
      return true;
    return /\S{3,}(ها|هم|هما|نا|كم)$/u.test(k);
  }

  /** What a frame with a misread person names: a person in it, else its phrase as a description. */
  private unjunk(ref: SpeakerRef): Actor | null {
    const person = this.framePerson(ref);
    if (person) return person;
    const p = ref.phrase;
    if (p && p.kind !== 'pronoun' && p.last - p.first >= 2)
      return { ...this.memory.literal({ ...p, kind: 'role', name: p.span }), kind: 'role' };
    return null;
  }

  /**
   * The person the entities layer names in a frame's subject place: between the cue and its quote
   * (وأوضح مدير فنون أبها أحمد السروي أن، كشف المشرف العام على … علي الغامدي، أن), not governed by
   * a preposition or a noun of speech (ردا على سؤال حول X، تعليقا على تصريحات X).
   */
  private framePerson(ref: SpeakerRef): Actor | null {
    const v = this.v;
    const ents = v.entities;
    if (!ents) return null;
    // (والدة ميك فانينج: the person named is the subject's relative.)
    const head = ref.phrase ? (v.toks[ref.phrase.first] as Tok) : null;
    if (head && !head.det && !v.toks[head.i + 1]?.det && KIN_NOUNS.has(noAl(head.stem))) return null;
    const s = v.sentences[ref.sent];
    if (!s) return null;
    const cue = v.toks[ref.cueTok] as Tok;
    const quote = this.finding.quotes.find((x) => x.speaker.cueTok === ref.cueTok);
    const end = quote ? quote.span.start : s.end;
    if (end <= cue.end) return null;
    for (const e of ents) {
      if (e.type !== 'PER' || e.start < cue.end || e.end > end) continue;
      if (this.finding.quotes.some((x) => x.span.start < e.end && e.start < x.span.end)) continue;
      if (this.finding.marks.some((m) => m.content.start <= e.start && e.end <= m.content.end)) continue;
      const k = tokenAt(v, e.start);
      const first = v.toks[k] as Tok;
      const before = v.toks[k - 1] as Tok | undefined;
      if (isProclitic(first) || (before && before.i > ref.cueTok && GOVERNS.test(before.key))) continue;
      // (خلال الكلمة التي ألقاها نيابة عنه X: a person of a relative clause is not the subject.)
      if (relativeBetween(v, ref.cueTok + 1, k)) continue;
      return this.memory.personIn(e.start, e.start) ?? this.memory.literal(personPhrase(v, e));
    }
    return null;
  }

  private computeRules(ref: SpeakerRef, releases: ReleaseLookup, q?: RawQuote): Actor | null {
    const v = this.v;
    const at = (v.toks[ref.cueTok] as Tok).start;
    const p = ref.phrase;
    if (ref.how === 'none') return null;
    // قال الله تعالى، قوله تعالى: a verse (unless it opens a reproduced statement, whose issuer speaks).
    const divine = this.divine(ref);
    if (divine) return divine;
    // نقلا عنه، وأضافت نقلا عنها: the source the outlet relayed before.
    if (ref.relayed && !p && this.lastSource) return this.lastSource;
    if (ref.how === 'document') {
      const r = releases.releaseFor(p ? p.span : null, at);
      // (وأكد بيان للجالية البحرينية: a release with no issuer found may still name its author.)
      if (r && (r.speaker || r.org)) return r.speaker ?? r.org;
      return p ? this.documentOwner(p) : r ? null : this.carry(at, ref.feminine);
    }
    if (p && p.kind === 'document') {
      const r = releases.releaseFor(p.span, at);
      if (r && DOCUMENT_MESSAGE(v, p) && (r.speaker || r.org)) return r.speaker ?? r.org;
      return this.documentOwner(p);
    }
    // فقال صلى الله عليه وسلم: the eulogy names the Prophet, who was last mentioned.
    // فقلت له: «…»: the writer speaks.
    // (فقلت له مرة مستنكرا: the first person is the subject, whatever the reader took for one.)
    if (NARRATOR.test(v.toks[ref.cueTok]?.key ?? '') && !this.addressed(ref)) {
      const t = v.toks[ref.cueTok] as Tok;
      return {
        name: 'الكاتب',
        entity: WRITER,
        kind: 'role',
        feminine: false,
        mention: { start: t.stemStart, end: t.end },
      };
    }
    const eulogy = this.eulogised(ref) ?? this.eulogyAntecedent(ref);
    if (eulogy) return eulogy;
    if (p && p.kind === 'pronoun')
      return (
        this.honorific(v.text.slice(p.span.start, p.span.end), at) ??
        this.dialogue(ref, at) ??
        this.carry(at, false)
      );
    // وطبقا للفاطمي: one word after the frame that names a person the article named before.
    if (p && ref.how === 'prep' && p.kind === 'other' && p.last - p.first === 1) {
      const t = v.toks[p.first] as Tok;
      const known = this.memory.personNamed(v.text.slice(t.stemStart, t.end), at);
      if (known) return known;
    }
    // وفق رؤيتي، بحسب رأيي: the author's own view names no speaker.
    if (p && ref.how === 'prep' && p.kind === 'other' && /(ي|نا)$/u.test((v.toks[p.first] as Tok).key))
      return null;
    if (p && (ref.how === 'subject' || ref.how === 'before' || ref.how === 'prep')) {
      const owned = this.possessedRole(ref, p);
      if (owned) return owned;
      const reread = this.reread(p, ref.feminine);
      if (reread) return reread;
      const introduced =
        this.epithetHolder(p, ref.feminine, true) ??
        this.roleNamedLater(ref, p) ??
        this.knownAs(p) ??
        this.epithetName(p);
      if (introduced) return introduced;
      // مدير جامعتي الملك عبد العزيز وجدة المكلف: a role the article gave a named person, whatever
      // names of others it holds.
      if (p.kind === 'person' && p.role && p.role.start < p.name.start) {
        const full = this.memory.literal({ ...p, kind: 'role', name: p.span });
        const holder = nameUnits(full.name).length >= 4 ? this.memory.roleHolder(full, at, false) : null;
        if (holder && !holder.name.includes(this.memory.literal(p).name)) return holder;
      }
      const a = this.memory.resolve(p);
      // وكشف مهاجم لخويا القطري، وقال المدرب البرتغالي: an epithet with no holder of its own takes
      // up the person who was speaking.
      const last = this.lastSpeaker;
      if (a.kind === 'role' && last && last.at < at && last.actor.kind === 'person' && this.epithet(p))
        return last.actor;
      // لكن الممثل الكوميدي يقول، وأكد السياسي الراحل: an epithet no role holder answers is the
      // person the article was about when it first used that epithet.
      if ((a.kind === 'role' || a.kind === 'other') && a.name === this.memory.literal(p).name) {
        const person = this.epithetHolder(p, ref.feminine, false);
        if (person) return person;
      }
      // وقالت هوتوفلي: the verb tells a person's gender.
      return ref.feminine && a.kind === 'person' ? { ...a, feminine: true } : a;
    }
    // وأضافوا، مشيرين: a plural verb with no subject goes with the group its sentence named.
    if (!p && (ref.how === 'pronoun' || ref.how === 'participle')) {
      const group = this.pluralSubject(ref);
      if (group) return group;
    }
    // A participle hangs on the clause's own frame first (ظهر فيه التونسي الذي اعتبر …، قائلا).
    const gov = ref.how === 'participle' ? this.governing(ref) : null;
    // وهو ما أكده شكري بدوره، قائلا: a nearer clause with its own subject comes after that frame.
    if (ref.how === 'participle') {
      const nearer = this.nearerClause(ref, gov);
      if (nearer) return nearer;
    }
    if (gov?.phrase && gov.how !== 'pronoun') return this.resolveRef(gov, releases);
    // A frame with no subject of its own right after a release's mention speaks for the release.
    if (!p && (ref.how === 'pronoun' || ref.how === 'participle')) {
      const r = releases.framing?.(ref.cueTok);
      if (r && (r.speaker || r.org)) return r.speaker ?? r.org;
    }
    if (ref.how === 'participle') {
      if (gov) return this.resolveRef(gov, releases);
      const clause = this.clauseSubject(ref);
      if (clause) return clause;
      return this.carry(at, ref.feminine, this.plural(ref));
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
    if (cueTok.key !== cueTok.bare) {
      const adjacent = this.adjacentClause(ref);
      if (adjacent) return adjacent;
    }
    return this.dialogue(ref, at) ?? this.carry(at, ref.feminine, this.plural(ref));
  }

  /**
   * The subject of a short clause right before وقال (ضحك منصور وقال): a verb opening a clause
   * (after punctuation or with و/ف) and a person's name of one to three words up to the cue.
   */
  private adjacentClause(ref: SpeakerRef): Actor | null {
    const v = this.v;
    const s = v.sentences[ref.sent];
    if (!s) return null;
    const p = readPhraseBefore(v, ref.cueTok, s.first, this.res);
    if (!p || p.last !== ref.cueTok || p.last - p.first > 3 || p.kind !== 'person') return null;
    // (A definite noun after a noun is its genitive, وملوك العالم وحذر: only a bare name.)
    const head = v.toks[p.first] as Tok;
    if (head.stemStart > head.start || head.det) return null;
    const verb = v.toks[p.first - 1] as Tok | undefined;
    if (verb?.kind !== 'word' || verb.det || verb.sent !== ref.sent) return null;
    const before = v.toks[p.first - 2] as Tok | undefined;
    const opens = !before || before.sent !== ref.sent || before.kind === 'punct' || verb.key !== verb.bare;
    if (!opens || FUNCTION_LIKE.test(verb.key)) return null;
    const a = this.memory.resolve(p);
    return ref.feminine === null || a.kind !== 'person' || !ref.feminine || a.feminine || p.feminine
      ? a
      : null;
  }

  /**
   * Records a frame that opens a direct quote as a turn of the dialogue: its speaker, the gender
   * its verb showed, whether it asks (a question mark ends it) and whom it calls by name (يا فهد).
   */
  private recordTurn(ref: SpeakerRef, actor: Actor, feminine: boolean | null): void {
    const v = this.v;
    const q = this.finding.quotes.find((x) => x.speaker.cueTok === ref.cueTok && x.direct);
    if (!q) return;
    const text = v.text.slice(q.span.start, q.span.end);
    const after = v.text.slice(q.span.end, q.span.end + 3);
    const question = /[؟?]\s*$/u.test(text) || /^[»”"'\s]*[؟?]/u.test(after);
    const called = this.vocative(text, q.span.start);
    this.turns.push({
      at: (v.toks[ref.cueTok] as Tok).start,
      end: q.span.end,
      para: (v.toks[ref.cueTok] as Tok).para,
      actor,
      feminine: feminine ?? (actor.kind === 'person' ? actor.feminine : null),
      question,
      called,
      bare: ref.how === 'pronoun' && (ref.phrase === null || ref.phrase.kind === 'pronoun'),
    });
  }

  /** The person a quote calls by name (يا فهد، يا أبا سالم), when the article names them before. */
  private vocative(text: string, at: number): Actor | null {
    const m = /(?:^|[\s،,.:«"“])يا\s*([^\s،,.:؟?!»"”-]{2,})/u.exec(text);
    if (!m) return null;
    // (Only a person the article names: يا ولد، يا شيخ، ياسيدي call no one by name; يابن الحلال،
    // يا أبا …، يا عم are kinship words, not the name.)
    const word = m[1] as string;
    if (/^(ابن|بن|ابا|ابو|ام|عم|عمي|خال|خاله|اخ|اخي|اخت|شيخ|سيدي|رجل)$/u.test(word.replace(/[أإآ]/gu, 'ا')))
      return null;
    return this.memory.personNamed(word, at);
  }

  /** A person named by the single word at token `k`, as written without clitics. */
  private named(k: number): Actor {
    const t = this.v.toks[k] as Tok;
    const name = this.v.text.slice(t.stemStart, t.end);
    return {
      name,
      entity: `per:${t.stem}`,
      kind: 'person',
      feminine: false,
      mention: { start: t.stemStart, end: t.end },
    };
  }

  /**
   * The other person of a scene: the last name in the paragraph before the turn at `at` that is
   * not the speaker's (التقى خالد بصديقه فهد).
   */
  private sceneOther(speaker: Actor, at: number): Actor | null {
    const v = this.v;
    const k0 = tokenAt(v, at);
    const para = (v.toks[k0] as Tok).para;
    const own = new Set(speaker.name.split(/\s+/u).map((w) => noAl(w)));
    for (let k = k0 - 1; k >= 0 && (v.toks[k] as Tok).para === para; k--) {
      const t = v.toks[k] as Tok;
      if (!nameLike(t, this.res) || own.has(noAl(t.stem)) || own.has(t.stem)) continue;
      if (this.finding.quotes.some((q) => q.span.start <= t.start && t.start < q.span.end)) continue;
      // (Only a person the article names as such: many given names are common words too, عاد.)
      const known = this.memory.personNamed(v.text.slice(t.stemStart, t.end), at + 1);
      if (known && !sameActor(known, speaker)) return known;
      // جلس خالد مع جاره فهد، التقى بصديقه فهد: a companion named after a kin or companion noun.
      if (COMPANION.test(v.toks[k - 1]?.key ?? '')) return this.named(k);
    }
    return null;
  }

  /**
   * Turn-taking: a frame with no subject of its own in an ongoing dialogue (the last turn ended
   * in this or the previous paragraph, a few sentences back). The reply goes to the other
   * interlocutor (the one the last turn called by name, else the last other speaker) when the
   * verb answers (رد، أجاب), the last turn asked a question or called someone, or the verb's
   * gender does not fit the last speaker but fits the other; otherwise null (the last speaker
   * goes on, as a carried-over frame).
   */
  private dialogue(ref: SpeakerRef, at: number): Actor | null {
    const v = this.v;
    const cue = v.toks[ref.cueTok] as Tok;
    // (A participle or verbal noun hangs on its own clause: قائلين، قوله.)
    if (ref.how !== 'pronoun') return null;
    let i = this.turns.length - 1;
    while (i >= 0 && (this.turns[i] as Turn).at >= at) i--;
    const last = this.turns[i];
    if (!last || last.end > at || at - last.end > TURN_REACH || cue.para - last.para > 1) return null;
    // Whom the turn is addressed to (this quote's own vocative excludes its addressee).
    const own = this.finding.quotes.find((x) => x.speaker.cueTok === ref.cueTok);
    const ownCalled = own ? this.vocative(v.text.slice(own.span.start, own.span.end), own.span.start) : null;
    let other: Actor | null = last.called && !sameActor(last.called, last.actor) ? last.called : null;
    if (!other)
      for (let k = i - 1, prev = last; k >= 0; k--) {
        const t = this.turns[k] as Turn;
        if (prev.at - t.end > TURN_REACH) break;
        if (!sameActor(t.actor, last.actor)) {
          other = t.actor;
          break;
        }
        prev = t;
      }
    if (!other && (last.actor.kind === 'person' || last.actor.entity === WRITER))
      other = this.sceneOther(last.actor, last.at);
    const party = (a: Actor) => a.kind === 'person' || a.entity === WRITER;
    // (A third-person verb never gives the turn to the writer.)
    if (!other || other.entity === WRITER || !party(other) || !party(last.actor)) return null;
    if (ownCalled && sameActor(ownCalled, other)) return last.actor;
    const fem = ref.feminine;
    const fits = (a: Actor, f: boolean | null) =>
      fem === null || f === null || f === fem || a.feminine === fem;
    // (A name with no turn of its own has no known gender unless it was described as feminine.)
    const otherFem =
      this.turns.find((t) => sameActor(t.actor, other))?.feminine ?? (other.feminine ? true : null);
    if (!fits(other, otherFem)) return null;
    const lemma = this.finding.cues.find((c) => c.tok === ref.cueTok)?.lemma ?? '';
    // (A carried-over frame, وأضاف، وتابع, goes on with the same speaker whatever the last turn asked.)
    const turnVerb = lemma === 'قال' || lemma === 'رد' || lemma === 'أجاب';
    const reply = lemma === 'رد' || lemma === 'أجاب';
    const direct = own?.direct ?? false;
    if (!turnVerb || !direct) return null;
    if (
      reply ||
      last.question ||
      last.called !== null ||
      // قال: «…» قال: «…»: bare turns of an exchange alternate.
      (last.bare && !cue.key.startsWith('و')) ||
      (ownCalled !== null && sameActor(ownCalled, last.actor)) ||
      // قال: «…» قالت: «…»: the verb's gender fits the other, known to be of it, and not the last.
      (fem !== null && otherFem === fem && !fits(last.actor, last.feminine))
    )
      return other;
    return null;
  }

  /**
   * Whether the writer addresses someone just before a first-person-looking قلت (يا معالي الوزير
   * عندما قلت، تصريحك الذي قلت فيه): then it is "you said", not the writer's turn.
   */
  private addressed(ref: SpeakerRef): boolean {
    const v = this.v;
    for (let k = ref.cueTok - 1; k >= Math.max(0, ref.cueTok - ADDRESS_REACH); k--) {
      const t = v.toks[k] as Tok;
      if (t.sent !== ref.sent) break;
      if (t.kind !== 'word') continue;
      if (
        /^(يا|ايها|ايتها)$/u.test(t.key) ||
        (/\S{3,}(ك|كم)$/u.test(t.key) && !/^(ذلك|كذلك|لذلك|هناك|تلك)$/u.test(t.key))
      )
        return true;
    }
    return false;
  }

  /**
   * A frame with no subject right after a person and their eulogy (أتى سعد بن عبادة -رضي الله
   * عنه- فقال، عن عروة رحمه الله قال): that person.
   */
  private eulogyAntecedent(ref: SpeakerRef): Actor | null {
    const v = this.v;
    if (ref.phrase || (ref.how !== 'pronoun' && ref.how !== 'none')) return null;
    const s = v.sentences[ref.sent];
    if (!s) return null;
    let k = ref.cueTok - 1;
    const skipPunct = () => {
      while (k > s.first && isPunct(v, v.toks[k], '-–()،,')) k--;
    };
    skipPunct();
    const keys = (n: number) =>
      Array.from({ length: n }, (_, j) => v.toks[k - n + 1 + j]?.key ?? '').join(' ');
    const len = EULOGIES.find((e) => e.test(keys(e.source.split(' ').length)))?.source.split(' ').length;
    if (!len) return null;
    k -= len;
    skipPunct();
    const p = readPhraseBefore(v, k + 1, s.first, this.res);
    if (p?.kind !== 'person' || p.last !== k + 1) return null;
    return this.memory.resolve(p);
  }

  /** The Prophet for a frame whose verb the eulogy follows (فقال صلى الله عليه وسلم). */
  private eulogised(ref: SpeakerRef): Actor | null {
    const v = this.v;
    const n = ref.cueTok + 1;
    // فقال النبي صلى الله عليه وسلم: the Prophet named by his title, the eulogy left out.
    const head = v.toks[n] as Tok | undefined;
    if (
      head &&
      head.sent === ref.sent &&
      /^ال(نبي|رسول)$|^رسول$/u.test(head.stem) &&
      (!ref.phrase || ref.phrase.first === n)
    ) {
      const apostle = noAl(head.stem) === 'رسول' && v.toks[n + 1]?.key === 'الله';
      const end = apostle ? (v.toks[n + 1] as Tok).end : head.end;
      const name = v.text.slice(head.wordStart, end);
      return {
        name,
        entity: `per:${name}`,
        kind: 'person',
        feminine: false,
        mention: { start: head.wordStart, end },
      };
    }
    if (v.toks[n]?.key !== 'صلي' || v.toks[n + 1]?.key !== 'الله') return null;
    if (ref.phrase && !/^صل/u.test((v.toks[ref.phrase.first] as Tok).key)) return null;
    const before = v.text.slice(0, (v.toks[ref.cueTok] as Tok).start);
    let m: RegExpExecArray | null = null;
    for (const x of before.matchAll(PROPHET)) m = x;
    if (!m) return null;
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const name = m[2] as string;
    return {
      name,
      entity: `per:${name}`,
      kind: 'person',
      feminine: false,
      mention: { start, end: start + name.length },
    };
  }

  /** Whether a frame's verb or participle is plural (وأضافوا، مشيرين). */
  private plural(ref: SpeakerRef): boolean {
    return PLURAL_FRAME.test((this.v.toks[ref.cueTok] as Tok).key);
  }

  /**
   * A role with a possessive pronoun (نيجيريا، التي حذر رئيسها …): the role of the relative's
   * antecedent, named as such (رئيس نيجيريا) unless the article names the holder.
   */
  private possessedRole(ref: SpeakerRef, p: Phrase): Actor | null {
    const v = this.v;
    const t = v.toks[p.first] as Tok;
    if (p.last - p.first !== 1) return null;
    const role = possessedRole(noAl(t.stem));
    if (!role) return null;
    let rel = ref.cueTok - 1;
    if (!/^(التي|الذي)$/u.test(v.toks[rel]?.bare ?? '')) return null;
    const s = v.sentences[ref.sent];
    if (!s) return null;
    if (isPunct(v, v.toks[rel - 1], '،,')) rel--;
    let ante = readPhraseBefore(v, rel, s.first, this.res);
    if (!ante) return null;
    // الكاميرون ونيجيريا التي …: the relative goes with the last conjunct.
    for (let k = ante.last - 1; k > ante.first; k--) {
      const c = v.toks[k] as Tok;
      if (c.key === c.bare) continue;
      const conj = readPhrase(v, k, ante.last, this.res);
      if (conj)
        ante = {
          ...conj,
          span: { start: c.start + 1, end: conj.span.end },
          name: { start: c.start + 1, end: conj.name.end },
        };
      break;
    }
    const owner = this.memory.literal(ante);
    const name = `${role} ${owner.name}`;
    const holder = this.memory.roleHolder({ ...owner, name, kind: 'role' }, t.start, false);
    return holder ?? { name, entity: null, kind: 'role', feminine: false, mention: p.span };
  }

  /**
   * Whether a role phrase is an epithet of someone already named: a role noun (not a spokesman's
   * or an official's) described only by nisbas and proper names (المدرب البرتغالي، مهاجم لخويا القطري).
   */
  private epithet(p: Phrase): boolean {
    const v = this.v;
    const head = v.toks[p.first] as Tok;
    // Sports and arts epithets (المدرب البرتغالي، النجم المصري); an office (الوزير الإسرائيلي) may
    // well be someone else.
    if (p.last - p.first < 2 || !EPITHET_HEADS.has(noAl(head.stem).replace(/ه$/u, ''))) return false;
    for (let k = p.first + 1; k < p.last; k++) {
      const t = v.toks[k] as Tok;
      const nisba = t.det && /يه?$/u.test(t.key) && !t.maqsura;
      const proper =
        this.res.places.has(t.stem) ||
        this.res.places.has(noAl(t.stem)) ||
        actorAt(v, k, k + 1, this.res) !== null;
      const named = !t.det && k === p.first + 1 && isProclitic(t) && !isOrgHead(t);
      if (!(nisba || proper || named)) return false;
    }
    return true;
  }

  /**
   * The person a definite epithet (الممثل والفنان الكوميدي، السياسي الراحل، المقيم) stands for: the
   * nearest person introduced with that epithet (للكاتب الفلسطيني إسماعيل ناشف … يرى الكاتب), else
   * (unless `introducedOnly`) the last person named before the article first used the epithet;
   * when the phrase is the epithet noun with adjectives or coordinated epithets only.
   */
  private epithetHolder(p: Phrase, feminine: boolean | null, introducedOnly: boolean): Actor | null {
    const v = this.v;
    const headOf = (t: Tok) => noAl(t.stem).replace(/ه$/u, '');
    const head = v.toks[p.first] as Tok;
    // (نجم المنتخب الإيطالي: a head in construct with a definite noun is definite too.)
    const construct =
      !head.det && (v.toks[p.first + 1] as Tok | undefined)?.det === true && p.last - p.first >= 2;
    if (!(head.det || construct) || !EPITHET_NOUNS.has(headOf(head))) return null;
    for (let k = p.first + 1; k < p.last; k++) {
      const t = v.toks[k] as Tok;
      if (t.kind !== 'word' || !t.det) return null;
      // والفنان: a coordinated epithet; otherwise an adjective (الكوميدي، الراحل، البارز).
      if (t.key !== t.bare && !EPITHET_NOUNS.has(headOf(t))) return null;
    }
    const same = (t: Tok) => t.kind === 'word' && (t.det || construct) && noAl(t.stem) === noAl(head.stem);
    // للكاتب الفلسطيني إسماعيل ناشف … يرى الكاتب: the nearest person introduced with the epithet.
    for (let k = p.first - 1; k >= 0; k--) {
      if (!same(v.toks[k] as Tok)) continue;
      let j = k + 1;
      const sent = (v.toks[k] as Tok).sent;
      while (j < k + 4 && (v.toks[j] as Tok | undefined)?.det && (v.toks[j] as Tok).sent === sent) j++;
      // (The name right after the epithet first, then any person the phrase starts with.)
      const at = v.toks[j]?.start ?? -1;
      const named = this.memory.personIn(at, at) ?? this.memory.personIn((v.toks[k] as Tok).start, at);
      if (named) return named;
    }
    if (introducedOnly) return null;
    let first = p.first;
    for (let k = 0; k < p.first; k++)
      if (same(v.toks[k] as Tok)) {
        first = k;
        break;
      }
    return this.memory.lastPerson((v.toks[first] as Tok).start, feminine ?? (p.feminine || null));
  }

  /**
   * قال المشرف العام على البرنامج الوطني (بارع) الدكتور جاسر الحربش إن: a role whose description
   * runs on to its holder's name, which ends the frame right before the complement or colon.
   */
  private roleNamedLater(ref: SpeakerRef, p: Phrase): Actor | null {
    const v = this.v;
    if (p.kind !== 'role') return null;
    const s = v.sentences[ref.sent];
    if (!s) return null;
    let e = p.last;
    while (e < Math.min(s.last, p.last + ROLE_RUN_ON)) {
      const t = v.toks[e] as Tok;
      if (isComplementizer(t.key) || isPunct(v, t, ':«“"')) break;
      e++;
    }
    if (e === p.last || e >= Math.min(s.last, p.last + ROLE_RUN_ON)) return null;
    // (… علي الغامدي، أن: a comma may close the name.)
    let w = e - 1;
    while (w >= p.last && isPunct(v, v.toks[w], '،,')) w--;
    if (w < p.last) return null;
    const last = v.toks[w] as Tok;
    // (ردا على سؤال حول X إن: a name governed by a preposition or a noun of speech is no holder.)
    const governed = (at: number) => {
      const k = tokenAt(v, at);
      const before = v.toks[k - 1] as Tok | undefined;
      return (
        isProclitic(v.toks[k] as Tok) ||
        (before !== undefined && GOVERNS.test(before.key)) ||
        relativeBetween(v, p.last, k)
      );
    };
    const known = this.memory.personEndingAt(last.end, (v.toks[p.last] as Tok).start);
    if (known) return governed(known.mention.start) ? null : known;
    const named = readPhraseBefore(v, w + 1, p.last, this.res);
    if (named?.kind === 'person' && named.last === w + 1)
      return governed(named.span.start) ? null : this.memory.resolve(named);
    // وبين الشيخ الشريم أن: a title alone, then a family name the lexicons do not know.
    const head = v.toks[p.first] as Tok;
    if (p.last - p.first === 1 && isTitle(head) && w === p.last && last.det && !adjectiveLike(last))
      return this.memory.fullest(
        this.memory.literal({
          ...p,
          kind: 'person',
          first: w,
          last: w + 1,
          span: { start: last.stemStart, end: last.end },
          name: { start: last.stemStart, end: last.end },
        }),
      );
    return null;
  }

  /**
   * Readings the phrase reader gets wrong when a common word is also a given name or a place:
   * an outlet named in marks (شبكة “بي بي سي”، موقع "اي اس بي ان"), an office of a place
   * (محافظ عدن), an epithet (نجم المنتخب الإيطالي أندريا بيرلو).
   */
  private reread(p: Phrase, feminine: boolean | null): Actor | null {
    const v = this.v;
    const head = v.toks[p.first] as Tok;
    const headKey = noAl(head.stem);
    if (OUTLET_NOUNS.has(headKey)) {
      const pair = this.finding.marks.find(
        (m) => m.open === (v.toks[p.first + 1] as Tok | undefined)?.start && m.close !== null,
      );
      if (pair && pair.content.end > pair.content.start) {
        const name = v.text.slice(pair.content.start, pair.content.end).trim();
        const words = name.split(/\s+/u).length;
        if (words <= 5)
          return { name, entity: `org:${name}`, kind: 'org', feminine: false, mention: pair.content };
      }
    }
    if (p.kind !== 'person') return null;
    // والدة ميك فانينج: a kin noun before a name speaks for the relative, not for the one named.
    // (زوج المعلمة فيصل العمراني: after a definite relative, the name is the speaker's own.)
    const relative = v.toks[p.first + 1] as Tok | undefined;
    if (KIN_NOUNS.has(headKey) && !head.det && !relative?.det && p.name.start > head.start) {
      const role = { ...p, kind: 'role' as const, name: p.span };
      return this.memory.resolve(role);
    }
    const nameText = v.text.slice(p.name.start, p.name.end);
    // محافظ عدن: a place is no person's name; the phrase is an office.
    if ((p.role || p.name.start > p.span.start) && this.res.places.has(matchKey(nameText))) {
      const role = { ...p, kind: 'role' as const, name: p.span };
      return this.memory.resolve(role);
    }
    // نجم المنتخب الإيطالي (أندريا بيرلو): a given name that is an epithet noun.
    const first = tokenAt(v, p.name.start);
    if (first === p.first && EPITHET_NOUNS.has(headKey.replace(/ه$/u, '')) && p.last - p.first >= 2) {
      const later = v.entities?.find((e) => e.type === 'PER' && e.start > head.end && e.end <= p.span.end);
      if (later)
        return this.memory.personIn(later.start, later.start) ?? this.memory.literal(personPhrase(v, later));
      return this.epithetHolder({ ...p, kind: 'role' }, feminine, false);
    }
    return null;
  }

  /** الشاب أحمد، المواطن سالم: an epithet noun with the person's name right after it. */
  private epithetName(p: Phrase): Actor | null {
    const v = this.v;
    const head = v.toks[p.first] as Tok;
    if (p.kind !== 'other' || !head.det || p.last - p.first < 2) return null;
    if (!EPITHET_NOUNS.has(noAl(head.stem).replace(/ه$/u, ''))) return null;
    const next = v.toks[p.first + 1] as Tok;
    if (next.det || !nameLike(next, this.res)) return null;
    const span = { start: next.stemStart, end: (v.toks[p.last - 1] as Tok).end };
    return this.memory.resolve({ ...p, kind: 'person', first: p.first + 1, span, name: span, role: null });
  }

  /**
   * The name a group is given right after its short form (الجماعة التي تعرف باسم (الفرقة 30)،
   * الحركة التي تطلق على نفسها «…»).
   */
  private knownAs(p: Phrase): Actor | null {
    const v = this.v;
    if (p.kind !== 'org' || !p.definite) return null;
    let k = p.last;
    if (!/^(التي|الذي)$/u.test(v.toks[k]?.key ?? '')) return null;
    k++;
    if (/^(تعرف|يعرف|تسمي|يسمي|تدعي|يدعي)$/u.test(v.toks[k]?.key ?? '')) k++;
    else if (/^(تطلق|يطلق)$/u.test(v.toks[k]?.key ?? '') && v.toks[k + 1]?.key === 'علي') k += 3;
    else return null;
    if (/^(باسم|ب)$/u.test(v.toks[k]?.key ?? '')) k++;
    const open = v.toks[k] as Tok | undefined;
    if (!open || !isPunct(v, open, '(«“"')) return null;
    for (let j = k + 1; j < Math.min(v.toks.length, k + 8); j++) {
      const t = v.toks[j] as Tok;
      if (!isPunct(v, t, ')»”"')) continue;
      if (j === k + 1) return null;
      const start = (v.toks[k + 1] as Tok).start;
      const end = (v.toks[j - 1] as Tok).end;
      const name = v.text.slice(start, end).trim();
      return { name, entity: `org:${name}`, kind: 'org', feminine: p.feminine, mention: { start, end } };
    }
    return null;
  }

  /** God as the speaker of a verse (قال الله تعالى، قوله تعالى، يقول سبحانه), outside reproduced texts. */
  private divine(ref: SpeakerRef): Actor | null {
    const v = this.v;
    const next = v.toks[ref.cueTok + 1] as Tok | undefined;
    if (!next || next.sent !== ref.sent || !/^(الله|تعالي|سبحانه|عز)$/u.test(next.key)) return null;
    const cue = v.toks[ref.cueTok] as Tok;
    // (وفيما يلي نص البيان: ¶ قال الله تعالى: the text may open the next paragraph.)
    const reproduced = this.finding.cues.some(
      (c) =>
        c.shape === 'reproduced' &&
        c.tok < ref.cueTok &&
        cue.para - (v.toks[c.tok] as Tok).para <= 2 &&
        ref.sent - c.sent <= 2,
    );
    if (reproduced) return null;
    // بيان وزارة الداخلية ¶ قال الله تعالى: a statement's heading right before the verse.
    const s = v.sentences[ref.sent];
    const words = s ? v.toks.slice(s.first, ref.cueTok).filter((t) => t.kind === 'word') : [];
    if (s && words.length <= HEADING_REACH) {
      for (let k = s.first; k < ref.cueTok; k++) {
        const t = v.toks[k] as Tok;
        if (t.kind === 'word' && !t.det && MESSAGE_NOUNS.has(documentNoun(t.stem) ?? '')) return null;
      }
    }
    const mention =
      next.key === 'الله' ? { start: next.wordStart, end: next.end } : { start: cue.start, end: cue.end };
    return { name: 'الله', entity: 'per:الله', kind: 'person', feminine: false, mention };
  }

  /** A pronoun: the previous speaker when the gender agrees, else the last subject of that gender. */
  private carry(at: number, feminine: boolean | null, plural = false): Actor | null {
    // (A group that spoke with a plural verb is not taken up by a singular one: وأضافوا …، مؤكدا.)
    // (Nor is a man taken up by a feminine verb: وقالت after his quotes is someone else, often a
    // newspaper or a body.)
    const man = (x: { actor: Actor; feminine: boolean | null }) =>
      x.actor.kind === 'person' && !x.actor.feminine && x.feminine !== true;
    const last =
      this.lastSpeaker &&
      (plural || !this.lastSpeaker.plural) &&
      !(feminine === true && man(this.lastSpeaker))
        ? this.lastSpeaker
        : null;
    if (last && last.at < at && (feminine === null || last.feminine === null || last.feminine === feminine))
      return last.actor;
    return (
      this.memory.last(at, feminine, ['person', 'org', 'role', 'source']) ??
      (last && last.at < at ? last.actor : null) ??
      (feminine === true ? this.memory.lastMentioned(at, true, true) : null) ??
      this.memory.last(at, null) ??
      // No subject before: the last person or organisation the text named (الفنانة يارا …، إلا أنها قالت).
      this.memory.lastMentioned(at, feminine)
    );
  }

  /**
   * The group a plural frame with no subject speaks for (عبر ذوو الضحايا عن …، وأضافوا أن): the
   * nearest plural of people before the cue in its sentence (a sound plural in the nominative, or
   * a broken plural of people), when the verb or participle is plural.
   */
  private pluralSubject(ref: SpeakerRef): Actor | null {
    const v = this.v;
    const cue = v.toks[ref.cueTok] as Tok;
    if (!PLURAL_FRAME.test(cue.key)) return null;
    const s = v.sentences[ref.sent];
    if (!s) return null;
    for (let k = ref.cueTok - 1; k >= s.first; k--) {
      const t = v.toks[k] as Tok;
      if (t.kind !== 'word' || !(PLURAL_PEOPLE.has(noAl(t.bare)) || /^(ال)?\S{3,}ون$/u.test(t.bare)))
        continue;
      if (reportingVerbLike(t.key)) continue;
      const p = readPhrase(v, k, ref.cueTok, this.res);
      if (!p || p.kind === 'pronoun' || p.kind === 'document') continue;
      return this.memory.resolve(p);
    }
    return null;
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

  /**
   * The subject of a clause opened by ما، فيما، بينما or كما between a participle and the frame it
   * would otherwise hang on (وأكد كيري …، وهو ما أكده شكري بدوره، قائلا; فيما شدد كيري …، موضحا).
   */
  private nearerClause(ref: SpeakerRef, gov: SpeakerRef | null): Actor | null {
    const v = this.v;
    const s = v.sentences[ref.sent];
    if (!s) return null;
    const stop = gov ? gov.cueTok : s.first;
    for (let k = ref.cueTok - 2; k > stop; k--) {
      const t = v.toks[k] as Tok;
      if (this.finding.quotes.some((q) => q.span.start <= t.start && t.start < q.span.end)) continue;
      if (!/^و?(ما|فيما|بينما|كما)$/u.test(t.key)) continue;
      const verb = v.toks[k + 1] as Tok | undefined;
      if (verb?.kind !== 'word' || verb.det || nameLike(verb, this.res)) continue;
      const p = readPhrase(v, k + 2, ref.cueTok, this.res);
      if (!p || !(p.kind === 'person' || p.kind === 'org' || (p.kind === 'role' && p.definite))) continue;
      return this.memory.resolve(p);
    }
    return null;
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
    // من جانبه طمأن …، بدوره قال …، كما تطرق …: an adjunct before the verb.
    k += leadingAdjunct(v, k);
    const first = v.toks[k] as Tok | undefined;
    if (!first || first.det || first.kind !== 'word' || k + 1 >= ref.cueTok) return null;
    // في مرة كان …، وقال: a sentence opening with a prepositional phrase has no verb there.
    if (/^(في|من|علي|عند|بعد|قبل|مع|الي|عن|لدي|حين|عندما|لما)$/u.test(first.key)) return null;
    // ماجد الرفاعي- سبق- جدة: أعلنت …: a sentence opening with a byline has no verb there.
    for (let j = s.first; j < Math.min(ref.cueTok, s.first + BYLINE_TOKENS); j++)
      if (isPunct(v, v.toks[j], '-–—')) return null;
    const p = readPhrase(v, k + 1, ref.cueTok, this.res);
    if (!p || p.kind === 'other' || p.kind === 'document') return null;
    // ووصف سموه …، وقال: an honorific pronoun names the titled person.
    if (p.kind === 'pronoun')
      return (
        this.honorific(v.text.slice(p.span.start, p.span.end), first.start) ?? this.carry(first.start, null)
      );
    return this.memory.resolve(p);
  }

  /** A document that is not a release (تقرير لمنظمة العفو): its author after ل, else the phrase itself. */
  documentOwner(p: Phrase): Actor | null {
    const owned = this.ownerAfterL(p);
    if (owned) return owned;
    // النشرة ← النشرة الإحصائية التي تصدرها مؤسسة النقد: the issuer the article gives the document.
    const issuer = this.documentIssuer(p) ?? this.documentVoice(p);
    if (issuer) return issuer;
    // وأوضحت الدراسة ← دراسة اجتماعية أميركية: a short mention takes the described one before it.
    const v = this.v;
    const head = v.toks[p.first] as Tok;
    if (p.last - p.first === 1 && head.det) {
      for (let i = p.first - 1; i >= 0; i--) {
        const t = v.toks[i] as Tok;
        if (t.kind !== 'word' || t.det || documentNoun(t.stem) !== p.head) continue;
        const s = v.sentences[t.sent];
        const described = s ? readPhrase(v, i, s.last, this.res) : null;
        if (described?.kind === 'document' && described.last - described.first >= 2)
          return { ...this.memory.literal(described), kind: 'other' };
        break;
      }
    }
    const a = this.memory.literal(p);
    return { ...a, kind: 'other' };
  }

  /**
   * The author after ل in a document phrase (تقرير لمنظمة العفو، التقرير الأسبوعي للبورصة المصرية):
   * an organisation or person, or a definite body the lexicons do not know.
   */
  private ownerAfterL(p: Phrase): Actor | null {
    const v = this.v;
    for (let k = p.first + 1; k < p.last; k++) {
      const t = v.toks[k] as Tok;
      if (!t.key.startsWith('ل') || t.stemStart <= t.start) continue;
      const owner = readPhrase(v, k, p.last, this.res);
      if (!owner) continue;
      const span = { start: t.stemStart, end: owner.span.end };
      if (owner.kind === 'org' || owner.kind === 'person') return this.memory.resolve({ ...owner, span });
      if (owner.kind === 'other' && t.det && owner.last - owner.first >= 2)
        return { ...this.memory.literal({ ...owner, span, name: span }), kind: 'org' };
    }
    // بيان لـ«الأونروا»: ل written apart before a name in marks.
    const l = v.toks[p.last] as Tok | undefined;
    const s = l ? v.sentences[l.sent] : undefined;
    if (l && s && l.key === 'ل' && isPunct(v, v.toks[p.last + 1], '«“"')) {
      const owner = readPhrase(v, p.last + 1, s.last, this.res);
      if (owner && owner.kind !== 'pronoun' && owner.kind !== 'document')
        return owner.kind === 'org' || owner.kind === 'person'
          ? this.memory.resolve(owner)
          : { ...this.memory.literal(owner), kind: 'org' };
    }
    return null;
  }

  /**
   * Who speaks in the document elsewhere in the article (قال تحليل اقتصادي … وأضافت المجموعة في
   * التحليل): the organisation or person right before في + the same document noun.
   */
  private documentVoice(p: Phrase): Actor | null {
    const v = this.v;
    for (const t of v.toks) {
      if (t.kind !== 'word' || documentNoun(t.stem) !== p.head || v.toks[t.i - 1]?.key !== 'في') continue;
      const s = v.sentences[t.sent];
      const q = s ? readPhraseBefore(v, t.i - 1, s.first, this.res) : null;
      if (q && (q.kind === 'org' || q.kind === 'person') && q.last === t.i - 1) return this.memory.resolve(q);
    }
    return null;
  }

  /**
   * The issuer named with a mention of the same document noun at or before `p`: in a relative
   * clause (التي تصدرها X، الذي أعدته X) or after صادر عن (الصادرة عن X).
   */
  private documentIssuer(p: Phrase): Actor | null {
    const v = this.v;
    for (let i = tokenAt(v, p.span.start); i >= 0; i--) {
      const t = v.toks[i] as Tok;
      if (t.kind !== 'word' || documentNoun(t.stem) !== p.head) continue;
      const s = v.sentences[t.sent];
      if (!s) continue;
      // التقرير الأسبوعي للبورصة المصرية … وأفاد التقرير: the author the fuller mention names.
      if (i < tokenAt(v, p.span.start)) {
        const fuller = readPhrase(v, i, s.last, this.res);
        const owner = fuller && fuller.kind === 'document' ? this.ownerAfterL(fuller) : null;
        if (owner) return owner;
      }
      for (let k = i + 1; k < Math.min(s.last, i + ISSUER_REACH); k++) {
        const u = v.toks[k] as Tok;
        let from = -1;
        // الصادرة عن، الصادر عن
        if (/^(ال)?صادر(ه)?$/u.test(u.key) && /^(عن|من)$/u.test(v.toks[k + 1]?.key ?? '')) from = k + 2;
        // التي تصدرها، الذي أصدرته، التي تعدها، التي نشرتها
        else if (/^(الذي|التي)$/u.test(u.key) && /(ه|ها)$/u.test(v.toks[k + 1]?.key ?? '')) {
          from = k + 2;
          while (from < s.last && accusativeAdverb(v, v.toks[from] as Tok)) from++;
          while (
            from < s.last &&
            /^(دوريا|شهريا|سنويا|اسبوعيا|يوميا|امس|اليوم)$/u.test((v.toks[from] as Tok).key)
          )
            from++;
        }
        if (from < 0) continue;
        const owner = readPhrase(v, from, s.last, this.res);
        // (التحليل الذي نقلته وكالة الأنباء: an outlet relays a document; it does not issue it.)
        const a =
          owner && (owner.kind === 'org' || owner.kind === 'person') ? this.memory.resolve(owner) : null;
        if (a && !isOutlet(a.name)) return a;
        break;
      }
    }
    return null;
  }
}

/** One turn of a dialogue: a frame that opened a direct quote. */
interface Turn {
  readonly at: number;
  /** End of the quote. */
  readonly end: number;
  readonly para: number;
  readonly actor: Actor;
  readonly feminine: boolean | null;
  /** Whether the quote asks (ends with a question mark). */
  readonly question: boolean;
  /** The person it calls by name (يا فهد). */
  readonly called: Actor | null;
  /** Whether its frame had no subject of its own (قال: …). */
  readonly bare: boolean;
}

/** The entity key of the writer of a column speaking in the first person. */
const WRITER = 'role:الكاتب';

/**
 * Nouns of description a named person is taken up by (الممثل، السياسي، المقيم), not offices
 * (الوزير، المتحدث) whose holder may be someone else.
 */
const EPITHET_NOUNS = new Set([
  ...EPITHET_HEADS,
  'ممثل',
  'فنان',
  'فنانه',
  'سياسي',
  'مقيم',
  'مواطن',
  'مواطنه',
  'مغني',
  'مغنيه',
  'مخرج',
  'روائي',
  'اديب',
  'داعيه',
  'اعلامي',
  'اعلاميه',
  'رياضي',
  'ناشط',
  'ناشطه',
  'شاب',
  'شابه',
  'رجل',
  'سيده',
  'كوميدي',
]);

/** Whether a relative pronoun stands in tokens `[from, to)` (what follows is its clause's). */
function relativeBetween(v: TextView, from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (/^(التي|الذي|اللذين|اللتين|الذين)$/u.test((v.toks[j] as Tok).key)) return true;
  return false;
}

/** Nouns of an outlet or site whose name follows in marks (شبكة “بي بي سي”، موقع "…"). */
const OUTLET_NOUNS = new Set(['شبكه', 'موقع', 'صحيفه', 'مجله', 'قناه', 'وكاله', 'اذاعه', 'تلفزيون', 'جريده']);

/** Words after which a person is governed, not a subject (حول، على، تصريحات، سؤال). */
const GOVERNS =
  /^(عن|حول|علي|مع|ضد|بشان|الي|من|في|بين|لدي|عند|تجاه|نحو|ازاء|تصريحات|تصريح|كلام|حديث|قول|سؤال|اتهامات|دعوه|انتقادات|رساله|خطاب|مقابله|لقاء|حوار|وفاه|اغتيال|مقتل|اعتقال|نجل|ابن|شقيق|زوجه|والد)$/u;

/** A person phrase over an entity span (for an entity the memory has no mention of). */
function personPhrase(v: TextView, e: Span): Phrase {
  const first = tokenAt(v, e.start);
  let last = first;
  while (last < v.toks.length && (v.toks[last] as Tok).end <= e.end) last++;
  const span = { start: e.start, end: e.end };
  return {
    first,
    last,
    kind: 'person',
    span,
    name: span,
    role: null,
    definite: false,
    feminine: false,
    head: '',
    actor: null,
  };
}

/** How far into its sentence a statement's heading may stand before a verse it opens with, in tokens. */
const HEADING_REACH = 5;

/** How far after a role phrase its holder's name may end the frame, in tokens. */
const ROLE_RUN_ON = 16;

/** How far before قلت a vocative or a second-person word makes it "you said", in tokens. */
const ADDRESS_REACH = 8;

/** First-person verbs of saying: the writer's own turns (قلت، فقلت، قلنا، أجبت، رددت). */
const NARRATOR = /^[وف]?(قلت|قلنا|اجبت|اجبنا|رددت|رددنا)$/u;

/** Words opening a clause that are no verbs (ثم، لكن، حيث، إذا). */
const FUNCTION_LIKE =
  /^[وف]?(ثم|لكن|لكنه|حيث|اذا|اذ|لما|عندما|حين|بل|او|ام|كما|ان|قد|لقد|هو|هي|في|من|علي|الي|عن|مع)$/u;

/** Eulogies after a name, in match keys (رضي الله عنه، رحمه الله، صلى الله عليه وسلم، عليه السلام). */
const EULOGIES = [
  /^رضي الله (عنه|عنها|عنهما|عنهم)$/u,
  /^(رحمه|رحمها) الله$/u,
  /^صلي الله عليه وسلم$/u,
  /^(عليه|عليها) السلام$/u,
];

/** Kin and companion nouns a name of the scene follows (جاره، بصديقه، مع). */
const COMPANION = /^([وبل])?((جار|صديق|زوج|اخ|ابن|رفيق|زميل|ضيف|مرافق)(ه|ها|ته|تها|ي|تي)?|مع)$/u;

/** How far after the last turn's quote a reply may stand, in characters. */
const TURN_REACH = 400;

/** A mention of the Prophet (النبي، الرسول، رسول الله) with its leading clitic. */
const PROPHET = /(^|[^\p{L}][وفبل]?)(رسول الله|الرسول|النبي)(?!\p{L})/gu;

/** A plural verb or participle of saying (قالوا، وأضافوا، يقولون، مشيرين، مؤكدين). */
const PLURAL_FRAME = /^[وف]?(\S{2,}وا|ي\S{2,}ون|م\S{3,}(ين|ون))$/u;
/** Broken plurals and group nouns of people that speak as one (ذوو الضحايا، أهالي الحي، قراء الصحيفة). */
const PLURAL_PEOPLE = new Set([
  'ذوو',
  'ذوي',
  'اهالي',
  'اهل',
  'قراء',
  'شهود',
  'سكان',
  'عمال',
  'طلاب',
  'خبراء',
  'اعضاء',
  'نواب',
  'نشطاء',
  'علماء',
  'اقارب',
  'اباء',
  'زوار',
]);
/** Imperfect plural verbs end like sound plurals (يقولون): they are no group. */
function reportingVerbLike(key: string): boolean {
  return /^[وف]?[يت]\S{2,}ون$/u.test(key);
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
