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
import { actorAt, documentNoun, noAl, type Phrase, readPhrase, readPhraseBefore } from './phrases.js';
import type { NameResources } from './resources.js';
import { isPunct, type TextView, type Tok, tokenAt } from './view.js';
import { accusativeAdverb, isOrgHead, isProclitic, possessedRole } from './words.js';

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
    // وفق رؤيتي، بحسب رأيي: the author's own view names no speaker.
    if (p && ref.how === 'prep' && p.kind === 'other' && /(ي|نا)$/u.test((v.toks[p.first] as Tok).key))
      return null;
    if (p && (ref.how === 'subject' || ref.how === 'before' || ref.how === 'prep')) {
      const owned = this.possessedRole(ref, p);
      if (owned) return owned;
      const a = this.memory.resolve(p);
      // وكشف مهاجم لخويا القطري، وقال المدرب البرتغالي: an epithet with no holder of its own takes
      // up the person who was speaking.
      const last = this.lastSpeaker;
      if (a.kind === 'role' && last && last.at < at && last.actor.kind === 'person' && this.epithet(p))
        return last.actor;
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
    return this.carry(at, ref.feminine, this.plural(ref));
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

  /** God as the speaker of a verse (قال الله تعالى، قوله تعالى، يقول سبحانه), outside reproduced texts. */
  private divine(ref: SpeakerRef): Actor | null {
    const v = this.v;
    const next = v.toks[ref.cueTok + 1] as Tok | undefined;
    if (!next || next.sent !== ref.sent || !/^(الله|تعالي|سبحانه|عز)$/u.test(next.key)) return null;
    const cue = v.toks[ref.cueTok] as Tok;
    const reproduced = this.finding.cues.some(
      (c) =>
        c.shape === 'reproduced' &&
        c.tok < ref.cueTok &&
        (v.toks[c.tok] as Tok).para === cue.para &&
        ref.sent - c.sent <= 2,
    );
    if (reproduced) return null;
    const mention =
      next.key === 'الله' ? { start: next.wordStart, end: next.end } : { start: cue.start, end: cue.end };
    return { name: 'الله', entity: 'per:الله', kind: 'person', feminine: false, mention };
  }

  /** A pronoun: the previous speaker when the gender agrees, else the last subject of that gender. */
  private carry(at: number, feminine: boolean | null, plural = false): Actor | null {
    // (A group that spoke with a plural verb is not taken up by a singular one: وأضافوا …، مؤكدا.)
    const last = this.lastSpeaker && (plural || !this.lastSpeaker.plural) ? this.lastSpeaker : null;
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
    const v = this.v;
    for (let k = p.first + 1; k < p.last; k++) {
      const t = v.toks[k] as Tok;
      if (t.key.startsWith('ل') && t.stemStart > t.start) {
        const owner = readPhrase(v, k, p.last, this.res);
        if (owner && (owner.kind === 'org' || owner.kind === 'person'))
          return this.memory.resolve({ ...owner, span: { start: t.stemStart, end: owner.span.end } });
      }
    }
    // النشرة ← النشرة الإحصائية التي تصدرها مؤسسة النقد: the issuer the article gives the document.
    const issuer = this.documentIssuer(p);
    if (issuer) return issuer;
    const a = this.memory.literal(p);
    return { ...a, kind: 'other' };
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
        if (owner && (owner.kind === 'org' || owner.kind === 'person')) return this.memory.resolve(owner);
        break;
      }
    }
    return null;
  }
}

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
