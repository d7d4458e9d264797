import { foldToken } from '../../entities/fold.js';
import { OUTLET_HEADS } from '../../lexicon/channels.js';
import { reportingVerbForm } from '../../lexicon/reporting-verbs.js';
import { FUNCTION_WORDS } from '../../text/function-words.js';
import { matchKey } from '../../text/normalize.js';
import {
  type Actor,
  type ActorKind,
  containsRun,
  entityAt,
  fallbackKey,
  HONORIFICS,
  nameUnits,
  personDisplay,
  ROLE_SCAN,
  roleUnits,
} from './names.js';
import {
  actorAt,
  isPhraseBreak,
  noAl,
  nounBases,
  type Phrase,
  plausibleSubject,
  readPhrase,
  readPhraseBefore,
} from './phrases.js';
import type { NameResources } from './resources.js';
import { isPunct, phraseText, type TextView, type Tok, tokenAt } from './view.js';
import { isProclitic, isRole, isTitle, KIN_WORDS, leadingAdjunct, nameLike, possessedRole } from './words.js';

/** Prepositions whose object a person named before a role may be (لقاء مع …، بحضور …). */
const PREPOSITIONS = new Set(['في', 'من', 'عن', 'علي', 'الي', 'مع', 'بين', 'لدي', 'عند', 'بحضور', 'برئاسه']);

/** A preposition word at the end of a name (على، في، من، عن، إلى). */
const TRAILING_PREPOSITION = /\s+(على|في|من|عن|إلى|الى|حسب|بحسب)$/u;

/** Whether a phrase read as an organisation runs on into a person's name. */
function personInOrg(v: TextView, q: Phrase, res: NameResources): boolean {
  for (let k = q.first + 1; k < q.last; k++) if (nameLike(v.toks[k] as Tok, res)) return true;
  return false;
}

/** Heads of a company's short form (الشركة، المجموعة). */
const COMPANY_HEADS = new Set(['شركه', 'مجموعه']);

/** Nouns of an account or site, standing for their owner when definite (ذكر الموقع، كتب الحساب). */
const ACCOUNT_NOUNS = new Set(['موقع', 'حساب', 'صفحه', 'منصه']);

/** Relative pronouns: after a short form they define it (التحالف الذي تقوده واشنطن). */
const RELATIVE_WORDS = new Set(['الذي', 'التي', 'الذين']);
/**
 * How far after a short form (الوزارة) its full name may come, in UTF-16 units, when none came
 * before (about two sentences of news prose).
 */
const LATER_ORG_REACH = 300;

/** Whether a name is a news outlet's (وكالة الأنباء، صحيفة، قناة): a channel, never an issuer. */
export function isOutlet(name: string): boolean {
  const first = nameUnits(name)[0];
  return first !== undefined && OUTLET_HEADS.has(noAl(first));
}

/** Most tokens before a byline's name in its paragraph (a place, a symbol). */
const BYLINE_START = 2;

/** A remembered mention as a speaker ranker sees it. */
export interface RankedMention {
  readonly at: number;
  /** The actor as written there. */
  readonly literal: Actor;
  /** The actor it settles to. */
  readonly actor: Actor;
  readonly subject: boolean;
  readonly curated: boolean;
  /** Whether the entities layer tags it. */
  readonly entity: boolean;
}

/** One remembered mention. */
interface Mention {
  readonly at: number;
  readonly actor: Actor;
  /** Match-key tokens of the name (kunya folded, article kept). */
  readonly units: readonly string[];
  /** Match-key tokens of the role part, without articles (متحدث باسم تنظيم …), if any. */
  readonly role: readonly string[] | null;
  /** Token range of the role part, if any. */
  readonly roleRange?: { readonly first: number; readonly last: number };
  /** Head of an organisation phrase without article (تنظيم، وزاره). */
  readonly head: string | null;
  /** Whether it names a curated actor (داعش، طالبان). */
  readonly curated?: boolean;
  /** Whether it is the subject of a verb (pronouns refer back to subjects). */
  readonly subject: boolean;
  /** Match key of the whole phrase (titles included), for honorific pronouns. */
  readonly text: string;
}

/** The actor memory of one document. */
export class ActorMemory {
  private readonly mentions: Mention[] = [];

  constructor(
    private readonly v: TextView,
    private readonly res: NameResources,
  ) {}

  /** Remembers every phrase of `phrases` and the subject of each sentence's opening verb. */
  collect(phrases: readonly { phrase: Phrase; feminine: boolean | null }[]): void {
    const v = this.v;
    const all = [...phrases];
    for (const s of v.sentences) {
      const k = s.first + leadingAdjunct(v, s.first);
      const first = v.toks[k] as Tok | undefined;
      if (first?.kind !== 'word' || first.det || s.last - k < 3) continue;
      if (isPhraseBreak(first) || FUNCTION_WORDS.has(first.bare) || this.res.personNames.has(first.key))
        continue;
      const p = readPhrase(v, k + 1, s.last, this.res);
      // The verb's agreement tells the subject's gender (ونفت طالبان).
      // Past-tense agreement (قالت، نفت); a leading ت is no sure sign (تقدم، تولى are masculine).
      const fem = /ت$/u.test(first.key) ? true : null;
      if (p && p.kind !== 'other' && p.kind !== 'pronoun' && plausibleSubject(v, p, this.res))
        all.push({ phrase: p, feminine: fem });
      // وبدأت مصر …، وأعلنت السعودية: a country that opens the sentence acts like an organisation.
      else if (p && p.kind === 'other' && this.res.places.has((v.toks[p.first] as Tok).key)) {
        const place = readPhrase(v, p.first, p.first + 1, this.res);
        if (place) all.push({ phrase: { ...place, kind: 'org' }, feminine: fem });
      }
    }
    all.sort((a, b) => a.phrase.first - b.phrase.first);
    for (const { phrase, feminine } of all) this.remember(phrase, true, feminine);
    // Role phrases anywhere (زعيم تنظيم الدولة أبو بكر البغدادي): who holds which role.
    for (const t of v.toks) {
      if (t.kind !== 'word' || !nounBases(t.stem).some((b) => ROLE_SCAN.has(b))) continue;
      const s = v.sentences[t.sent];
      const p = s ? readPhrase(v, t.i, s.last, this.res) : null;
      if (p && p.kind === 'person' && p.role) this.remember(p, false);
    }
    // Unnamed sources anywhere (حسبما علمت الصحيفة من مصدر خاص): what "the source" later means.
    for (const t of v.toks) {
      if (t.kind !== 'word' || t.det || !SINGULAR_SOURCE.test(t.stem)) continue;
      const s = v.sentences[t.sent];
      const p = s ? readPhrase(v, t.i, s.last, this.res) : null;
      if (p && p.kind === 'source' && p.last - p.first >= 2) this.remember(p, false);
    }
    // A subject named before his role (وصل سامي العتيبي وزير الخارجية …، وكان الحربي رئيس …).
    for (const t of v.toks) {
      if (t.kind !== 'word' || !nounBases(t.stem).some((b) => ROLE_SCAN.has(b))) continue;
      const s = v.sentences[t.sent];
      if (!s || t.i - s.first < 1) continue;
      const person = readPhraseBefore(v, t.i, s.first, this.res);
      const role = readPhrase(v, t.i, s.last, this.res);
      if (person?.kind !== 'person' || person.role || role?.kind !== 'role') continue;
      // Not the object of a preposition (بحضور سامي العتيبي وزير …): a subject or apposition.
      const lead = v.toks[person.first - 1] as Tok | undefined;
      if (
        lead &&
        lead.sent === t.sent &&
        (isProclitic(v.toks[person.first] as Tok) || PREPOSITIONS.has(lead.key))
      )
        continue;
      this.addRoleHolder(person, role);
    }
    // Appositions anywhere (أبو الحسن المهاجر، المتحدث باسم التنظيم): who holds which role.
    for (const t of v.toks) {
      if (!isPunct(v, t, '،,')) continue;
      const s = v.sentences[t.sent];
      if (!s || t.i <= s.first) continue;
      const before = readPhraseBefore(v, t.i, s.first, this.res);
      const after = readPhrase(v, t.i + 1, s.last, this.res);
      if (!before || !after) continue;
      const person =
        before.kind === 'person' && after.kind === 'role'
          ? before
          : after.kind === 'person' && before.kind === 'role'
            ? after
            : null;
      const role = person === before ? after : before;
      if (!person) continue;
      this.addRoleHolder(person, role);
    }
    // Curated actors anywhere (تنظيم "داعش" in a narrative sentence): what "the organisation" means.
    for (let i = 0; i < v.toks.length; i++) {
      const hit = actorAt(v, i, v.sentences[(v.toks[i] as Tok).sent]?.last ?? i + 1, this.res);
      if (hit?.actor.type !== 'ORG') continue;
      const first = v.toks[i] as Tok;
      const mention = { start: first.wordStart, end: (v.toks[hit.next - 1] as Tok).end };
      const name = phraseText(v, i, hit.next);
      this.add({
        at: mention.start,
        actor: {
          name,
          entity: entityAt(v, mention)?.entity ?? hit.actor.id,
          kind: 'org',
          feminine: false,
          mention,
        },
        units: nameUnits(name),
        role: null,
        head: noAl(first.stem),
        curated: true,
        subject: false,
        text: matchKey(name),
      });
      i = hit.next - 1;
    }
    if (v.entities)
      for (const e of v.entities) {
        if (e.type !== 'PER' && e.type !== 'ORG') continue;
        const kind: ActorKind = e.type === 'PER' ? 'person' : 'org';
        // A preposition caught at the end of an entity (محمد بن نايف على) is no part of the name.
        let written = v.text.slice(e.start, e.end).replace(TRAILING_PREPOSITION, '');
        // A reporting verb with ف or و caught at the end (أما أبو سالم فعلق) is no part of the name.
        const lastWord = /\s(\S+)$/u.exec(written);
        if (
          lastWord &&
          /^[فو]/u.test(lastWord[1] as string) &&
          reportingVerbForm(matchKey(lastWord[1] as string))
        )
          written = written.slice(0, lastWord.index);
        const name = kind === 'person' ? personDisplay(written) : written;
        this.add({
          at: e.start,
          actor: {
            name,
            entity: e.entity,
            kind,
            feminine: false,
            mention: { start: e.start, end: e.start + written.length },
          },
          units: nameUnits(name),
          role: null,
          head: null,
          subject: false,
          text: matchKey(name),
        });
      }
    this.mentions.sort((a, b) => a.at - b.at);
    // A byline opening a paragraph (ماجد الرفاعي- سبق- جدة:، حامد القرشي – مكة) names the writer,
    // never a speaker or an issuer.
    for (let i = this.mentions.length - 1; i >= 0; i--)
      if (this.byline(this.mentions[i] as Mention)) this.mentions.splice(i, 1);
  }

  /** Whether a person's mention is a byline: at a paragraph's start, followed by a dash. */
  private byline(m: Mention): boolean {
    if (m.actor.kind !== 'person') return false;
    const v = this.v;
    const k = tokenAt(v, m.actor.mention.start);
    const t = v.toks[k] as Tok | undefined;
    if (!t) return false;
    const para = v.paragraphs[t.para];
    if (!para) return false;
    let first = k;
    while (first > 0 && (v.toks[first - 1] as Tok).para === t.para) first--;
    if (k - first > BYLINE_START) return false;
    let end = k;
    while (end < v.toks.length && (v.toks[end] as Tok).end <= m.actor.mention.end) end++;
    const dash = v.toks[end] as Tok | undefined;
    return dash !== undefined && dash.para === t.para && isPunct(v, dash, '-–—');
  }

  /** A named person holding a role phrase (apposition or subject: سامي العتيبي وزير …). */
  private addRoleHolder(person: Phrase, role: Phrase): void {
    const text = this.v.text;
    const actor = this.literal(person);
    this.add({
      at: person.span.start,
      actor,
      units: nameUnits(actor.name),
      role: roleUnits(text.slice(role.span.start, role.span.end)),
      roleRange: { first: role.first, last: role.last },
      head: null,
      subject: false,
      text: matchKey(text.slice(person.span.start, person.span.end)),
    });
  }

  private add(given: Mention): void {
    // (لاسيان: a preposition on a body's or a place's name read as a person is neither.)
    if (given.actor.kind === 'person' && /^[لب]\S{3,}$/u.test(given.actor.name)) {
      const rest = matchKey(given.actor.name.slice(1));
      if (this.res.places.has(rest) || this.res.actors.has(rest)) return;
    }
    // (محافظ عدن، ماليزيا التي ترأس الرابطة: a place read as a person's name is no person; a
    // country that acts is taken like an organisation.)
    const m: Mention =
      given.actor.kind === 'person' && given.role !== null && this.res.places.has(matchKey(given.actor.name))
        ? { ...given, actor: { ...given.actor, kind: 'org' }, role: null }
        : given;
    const i = this.mentions.findIndex((x) => x.at === m.at && x.actor.name === m.actor.name);
    const old = this.mentions[i];
    // A later pass may learn the mention's role (سامي العتيبي وزير الخارجية): keep it.
    if (old && m.role && !old.role)
      this.mentions[i] = { ...old, role: m.role, ...(m.roleRange ? { roleRange: m.roleRange } : {}) };
    if (old) return;
    this.mentions.push(m);
  }

  private remember(p: Phrase, subject: boolean, feminine: boolean | null = null): void {
    if (p.kind === 'document' || p.kind === 'pronoun') return;
    // والدة ميك فانينج: the one named is a relative of the subject, holding no role of it.
    const kin = this.v.toks[p.first] as Tok;
    const relative = this.v.toks[p.first + 1] as Tok | undefined;
    if (p.kind === 'person' && p.role && !kin.det && !relative?.det && KIN_WORDS.has(noAl(kin.stem))) return;
    const lit = this.literal(p);
    const actor = feminine === null ? lit : { ...lit, feminine };
    const text = matchKey(this.v.text.slice(p.span.start, p.span.end));
    const role = p.role
      ? roleUnits(this.v.text.slice(p.role.start, p.role.end))
      : p.kind === 'role'
        ? roleUnits(actor.name)
        : null;
    const nameTok = tokenAt(this.v, p.name.start);
    this.add({
      at: p.span.start,
      actor,
      units: nameUnits(actor.name),
      role,
      ...(p.role
        ? // The role before the name (المتحدث باسم التنظيم أبو محمد) or after it (أبو محمد المتحدث باسم …).
          p.role.start >= p.name.end
          ? { roleRange: { first: tokenAt(this.v, p.role.start), last: p.last } }
          : { roleRange: { first: p.first, last: nameTok } }
        : p.kind === 'role'
          ? { roleRange: { first: p.first, last: p.last } }
          : {}),
      head: p.kind === 'org' ? p.head : null,
      curated: p.actor !== null,
      subject,
      text,
    });
    // Apposition: a person and a role between commas name each other (صباح النعمان، المتحدث …،).
    const v = this.v;
    if (isPunct(v, v.toks[p.last], '،,') && (p.kind === 'person' || p.kind === 'role')) {
      const next = readPhrase(
        v,
        p.last + 1,
        v.sentences[(v.toks[p.first] as Tok).sent]?.last ?? p.last + 1,
        this.res,
      );
      if (next && next.kind !== p.kind && (next.kind === 'person' || next.kind === 'role')) {
        const person = p.kind === 'person' ? actor : this.literal(next);
        const roleP = p.kind === 'role' ? p : next;
        this.add({
          at: person.mention.start,
          actor: person,
          units: nameUnits(person.name),
          role: roleUnits(v.text.slice(roleP.span.start, roleP.span.end)),
          roleRange: { first: roleP.first, last: roleP.last },
          head: null,
          subject: false,
          text,
        });
      }
    }
  }

  /** The actor a phrase names as written (no look-up of other mentions). */
  literal(p: Phrase): Actor {
    const v = this.v;
    const first = tokenAt(v, p.name.start);
    let last = first;
    while (last < p.last && (v.toks[last] as Tok).start < p.name.end) last++;
    let name = phraseText(v, Math.max(first, p.first), Math.max(last, first + 1));
    const kind: ActorKind = p.kind === 'document' || p.kind === 'pronoun' ? 'other' : p.kind;
    if (kind === 'person') {
      name = personDisplay(name);
      // محافظ عدن نايف البكري: the place ends the office before it, the name follows it.
      const words = name.split(' ');
      if (p.role && p.role.end <= p.name.start)
        while (words.length > 1 && this.res.places.has(matchKey(words[0] as string))) words.shift();
      name = words.join(' ');
    }
    // مسؤولا ليبيا رفيعا (after لكن، إن): an unnamed source is named in the nominative.
    if (kind === 'source' && ACCUSATIVE_SOURCE.test((v.toks[p.first] as Tok).key))
      name = name
        .split(' ')
        .map((w) => (w.length > 3 && /[^ا]ا$/u.test(w) ? w.slice(0, -1) : w))
        .join(' ');
    const ent = entityAt(v, p.name);
    const entity = ent?.entity ?? p.actor?.id ?? fallbackKey(kind, name);
    return { name, entity, kind, feminine: p.feminine, mention: p.name };
  }

  /** Resolves a phrase: fullest person name, role holder, organisation behind a short form. */
  resolve(p: Phrase): Actor {
    const actor = this.literal(p);
    if (p.definite && p.last - p.first === 1 && ACCOUNT_NOUNS.has(p.head)) {
      const owner = this.accountOwner(p);
      if (owner) return owner;
    }
    if (p.kind === 'person') return this.fullest(actor);
    if (p.kind === 'role') {
      const named = this.apposition(p);
      if (named) return named;
      const holder = this.roleHolder(actor, p.span.start);
      if (holder) return holder;
    }
    // اللواء التركي: a title that is also a body's noun (لواء "brigade") before a named person's surname.
    if (p.kind === 'org' && p.last - p.first === 2 && isTitle(this.v.toks[p.first] as Tok)) {
      const rest = phraseText(this.v, p.first + 1, p.last);
      const person = this.fullest({ ...actor, name: rest, kind: 'person' });
      if (person.name !== rest) return person;
    }
    if (p.kind === 'org' && p.definite && p.last - p.first <= 2) {
      const org = this.orgFor(p, actor);
      if (org) return org;
    }
    if (p.definite && (p.kind === 'role' || p.kind === 'source' || p.kind === 'org'))
      return this.antecedent(p, actor) ?? this.lastSource(p) ?? actor;
    // (A single word, in marks or not: وأوضحت "الجوازات".)
    const words = this.v.toks.slice(p.first, p.last).filter((t) => t.kind === 'word');
    if ((p.definite || words[0]?.det) && p.kind === 'other' && words.length === 1)
      return this.shortForm(p, words[0] as Tok) ?? actor;
    return actor;
  }

  /**
   * A definite noun alone (العمادة، المواقع) taking up the nearest earlier subject or organisation
   * headed by the same noun (عمادة القبول بالجامعة، مواقع إلكترونية).
   */
  private shortForm(p: Phrase, word: Tok = this.v.toks[p.first] as Tok): Actor | null {
    const head = foldToken(noAl(word.stem));
    let hit: Mention | null = null;
    let inside: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= p.span.start) break;
      if (m.units.length < 2 || (m.actor.kind !== 'other' && m.actor.kind !== 'org')) continue;
      if (!m.subject && m.actor.kind === 'other') continue;
      if (foldToken(noAl(m.units[0] ?? '')) === head) hit = m;
      // الجوازات ← المديرية العامة للجوازات: the word after ل inside a body's name.
      else if (
        m.actor.kind === 'org' &&
        m.units.slice(1).some((u) => foldToken(noAl(u.replace(/^لل/u, 'ال'))) === head)
      )
        inside = m;
    }
    return (hit ?? inside)?.actor ?? null;
  }

  /** ذكر الموقع ← لموقع وزارة النقل: the owner of the account or site named before. */
  private accountOwner(p: Phrase): Actor | null {
    const v = this.v;
    for (let k = p.first - 1; k >= 0; k--) {
      const t = v.toks[k] as Tok;
      if (t.kind !== 'word' || !ACCOUNT_NOUNS.has(noAl(t.stem).replace(/^ل/u, '')) || t.det) continue;
      const s = v.sentences[t.sent];
      const owner = s ? readPhrase(v, k + 1, s.last, this.res) : null;
      if (owner && (owner.kind === 'org' || owner.kind === 'person')) return this.resolve(owner);
    }
    return null;
  }

  /** A person named right after a role phrase, between commas (قائده، أبو بكر البغدادي). */
  private apposition(p: Phrase): Actor | null {
    const v = this.v;
    if (!isPunct(v, v.toks[p.last], '،,')) return null;
    const s = v.sentences[(v.toks[p.first] as Tok).sent];
    const next = s ? readPhrase(v, p.last + 1, s.last, this.res) : null;
    return next && next.kind === 'person' ? this.fullest(this.literal(next)) : null;
  }

  /** An earlier mention a definite phrase takes up (المصادر الأمنية ← مصادر أمنية، المسؤول ← مسؤول خليجي). */
  private antecedent(p: Phrase, a: Actor): Actor | null {
    // Compared without the article and then folded alike (أمنية and الأمنية fold differently with it).
    const bare = (u: string) => foldToken(noAl(u));
    const units = nameUnits(a.name).map(bare);
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= p.span.start) break;
      if (m.actor.kind !== a.kind && !(a.kind === 'role' && m.actor.kind === 'source')) continue;
      const mu = m.units.map(bare);
      if (mu[0] === units[0] && (containsRun(mu, units) || containsRun(units, mu)) && m.actor.name !== a.name)
        hit = m;
    }
    return hit ? this.settle(hit.actor) : null;
  }

  /**
   * وأضاف المصدر after لكن مسؤولا رفيعا قال، من مصدر خاص: a lone definite singular source noun
   * takes up the last unnamed singular source before it, whatever its noun.
   */
  private lastSource(p: Phrase): Actor | null {
    const head = this.v.toks[p.first] as Tok;
    if (p.last - p.first !== 1 || !SINGULAR_SOURCE.test(noAl(head.stem))) return null;
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= p.span.start) break;
      if (m.actor.kind !== 'source' || m.units.length < 2) continue;
      if (SINGULAR_SOURCE.test(foldToken(noAl(m.units[0] ?? '')))) hit = m;
    }
    return hit ? hit.actor : null;
  }

  /** The longest person name of the document that contains `a`'s name (the earliest on ties). */
  fullest(a: Actor): Actor {
    const units = nameUnits(a.name);
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (m.actor.kind !== 'person' || m.units.length <= units.length) continue;
      const bare = (xs: readonly string[]) => xs.map((u) => noAl(u));
      if (!containsRun(bare(m.units), bare(units))) continue;
      // براد بيت زوج جولي: a kinship word joins two people, it is no longer name of either.
      if (m.units.some((u) => KIN_WORDS.has(noAl(u)) && !units.some((x) => noAl(x) === noAl(u)))) continue;
      // حث ديل روساريو دول جنوب شرقي آسيا: a reading that ran on into a place is no fuller name.
      if (m.units.some((u) => this.res.places.has(matchKey(u)) && !units.includes(u))) continue;
      if (!best || m.units.length > best.units.length) best = m;
    }
    if (!best) return a;
    // With an entities layer the short mention already carries the person's key.
    return { ...a, name: best.actor.name, entity: this.v.entities ? a.entity : best.actor.entity };
  }

  /** The person holding a role, named near it (before first, then after). */
  roleHolder(role: Actor, at: number, loose = true): Actor | null {
    const given = roleUnits(role.name);
    // (وقال متحدثها: the role noun without its possessive pronoun.)
    const base = given.length === 1 ? possessedRole(given[0] as string) : null;
    const units = base ? [matchKey(base)] : given;
    let before: Mention | null = null;
    let after: Mention | null = null;
    for (const m of this.mentions) {
      if (m.actor.kind !== 'person' || !m.role) continue;
      // Loosely, either role inside the other; strictly (رئيس نيجيريا), the holder's role holds it all.
      if (!(containsRun(m.role, units) || (loose && containsRun(units, m.role)))) continue;
      if (m.at <= at) before = m;
      else if (!after) after = m;
    }
    let hit = before ?? after;
    // الوزير الفلبيني ← وزير خارجية الفلبين: the same head, each describing word a word of the
    // holder's role or its nisba.
    if (!hit && loose && units.length >= 2) {
      // (المدير الجامعتين ← مدير جامعتي …: a dual written whole or in construct.)
      const nisba = (u: string, w: string) =>
        u === w || u === `${w}ي` || u === `${w}يه` || `${u}ي` === w || u === `${w}ن`;
      for (const m of this.mentions) {
        if (m.actor.kind !== 'person' || !m.role || m.role[0] !== units[0]) continue;
        const role = m.role;
        if (!units.slice(1).every((u) => role.some((w) => nisba(u, w)))) continue;
        if (m.at <= at) hit = m;
        else if (!hit) hit = m;
      }
    }
    // مدير (كفيف)، المدير: with no holder of that very role, the only holder of a role of that head.
    if (!hit && loose && units.length > 0) {
      const holders = this.mentions.filter(
        (m) => m.actor.kind === 'person' && m.role && m.role[0] === units[0],
      );
      const names = new Set(holders.map((m) => this.fullest(m.actor).name));
      if (names.size === 1) hit = holders[0] ?? null;
    }
    if (!hit && units.length > 1 && HONORIFICS.has(units[0] as string)) {
      // سمو رئيس الوزراء البحريني: with no holder titled so, the holder of the role without it.
      const bare = role.name.split(/\s+/u).slice(1).join(' ');
      return this.roleHolder({ ...role, name: bare }, at, loose);
    }
    return hit ? this.fullest(hit.actor) : null;
  }

  /** The organisation a short form (التنظيم، الوزارة) stands for: the nearest longer one with its head. */
  orgFor(p: Phrase, a: Actor): Actor | null {
    let sameHead: Mention | null = null;
    let inside: Mention | null = null;
    let curated: Mention | null = null;
    let later: Mention | null = null;
    let laterAny: Mention | null = null;
    const laterNames = new Set<string>();
    // التحالف الذي تقوده …: a relative clause defines the short form itself.
    const defined = RELATIVE_WORDS.has(this.v.toks[p.last]?.key ?? '');
    // الاتحاد العماني: a describing word of the short form must be in the fuller name too (not
    // الاتحاد الكويتي).
    const second = p.last - p.first === 2 ? (this.v.toks[p.first + 1] as Tok) : null;
    const extra = second?.det ? foldToken(noAl(second.stem)) : null;
    for (const m of this.mentions) {
      if (m.actor.kind !== 'org' || m.actor.entity === a.entity) continue;
      if (extra !== null && !m.units.some((u) => foldToken(noAl(u)) === extra)) continue;
      if (m.at < p.span.start && m.curated) curated = m;
      if (m.units.length < 2) continue;
      const headed = m.head === p.head || noAl(m.units[0] ?? '') === p.head;
      if (m.at >= p.span.start) {
        // وأشارت الوزارة … وكانت وزارة الصحة: with none before, the first one soon after.
        if (!later && !defined && headed && m.at > p.span.end && m.at - p.span.end < LATER_ORG_REACH)
          later = m;
        // Further on, only when the article names no other body of that head (الهيئة … الهيئة العامة للغذاء).
        if (!defined && headed && m.at > p.span.end) laterNames.add(m.actor.name);
        if (!laterAny && !defined && headed && m.at > p.span.end) laterAny = m;
        continue;
      }
      // A subject naming the organisation beats one mentioned in passing.
      // (The entities layer gives no head: its first word is it.)
      const head = m.head ?? noAl(m.units[0] ?? '');
      if (head === p.head && (m.subject || !sameHead?.subject)) sameHead = m;
      // المجموعة ← شركة مجموعة محمد المعجل: the short form's noun inside a longer name.
      else if (m.units.slice(1).some((u) => noAl(u) === p.head)) inside = m;
    }
    // A group known by name (داعش) is what "the organisation" means when none shares the head.
    const group = p.head === 'تنظيم' || p.head === 'جماعه' || p.head === 'حركه' ? curated : null;
    const hit = sameHead ?? group ?? inside;
    if (hit) return hit.actor;
    // وقالت الشركة ← لشركة الطيران البورمية: a mention in passing names it too.
    const only = laterNames.size === 1 ? laterAny : null;
    return this.headedMention(p) ?? later?.actor ?? only?.actor ?? this.namedCompany(p) ?? null;
  }

  /**
   * A company known only by its proper name (أعلنت بيرسون …، وقالت الشركة): the nearest
   * organisation of one word the entities layer named before, when the article names no company
   * with the head.
   */
  private namedCompany(p: Phrase): Actor | null {
    if (!COMPANY_HEADS.has(p.head)) return null;
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= p.span.start) break;
      if (m.actor.kind !== 'org' || m.curated || m.units.length !== 1 || m.head !== null) continue;
      hit = m;
    }
    return hit ? hit.actor : null;
  }

  /** The last actor mentioned before `at` with the given gender (null: any), optionally of `kinds`. */
  last(
    at: number,
    feminine: boolean | null,
    kinds: readonly ActorKind[] = ['person', 'org'],
    issuers = false,
  ): Actor | null {
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= at) break;
      if (!m.subject || !kinds.includes(m.actor.kind)) continue;
      // A news outlet relays releases; it does not issue them (ذكرت الوكالة … البيان).
      if (issuers && isOutlet(m.actor.name)) continue;
      if (feminine !== null && m.actor.feminine !== feminine) continue;
      hit = m;
    }
    return hit ? this.settle(hit.actor) : null;
  }

  /**
   * The last person or organisation mentioned before `at`, subject or not; for a feminine verb,
   * preferably a person after a feminine description (الفنانة الشابة يارا) or an organisation.
   */
  lastMentioned(at: number, feminine: boolean | null = null, agreeingOnly = false): Actor | null {
    let hit: Mention | null = null;
    let agreeing: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= at) break;
      if (m.actor.kind !== 'person' && m.actor.kind !== 'org') continue;
      hit = m;
      if (feminine === true && (m.actor.kind === 'org' || this.femininePerson(m))) agreeing = m;
    }
    const best = agreeing ?? (agreeingOnly ? null : hit);
    return best ? this.settle(best.actor) : null;
  }

  /** A person whose mention ends at `end` and starts at or after `from`, at their fullest name. */
  personEndingAt(end: number, from: number): Actor | null {
    const m = this.mentions.find(
      (x) => x.actor.kind === 'person' && x.actor.mention.end === end && x.at >= from,
    );
    return m ? this.fullest(m.actor) : null;
  }

  /**
   * Every remembered mention starting in [from, to), in text order, with its actor settled (a
   * person at the fullest name, a role at its holder, a short form at its organisation): the
   * candidates a speaker ranker weighs.
   */
  mentionsIn(from: number, to: number): RankedMention[] {
    const out: RankedMention[] = [];
    for (const m of this.mentions) {
      if (m.at < from) continue;
      if (m.at >= to) break;
      out.push({
        at: m.at,
        literal: m.actor,
        actor: this.settle(m.actor),
        subject: m.subject,
        curated: m.curated === true,
        entity: entityAt(this.v, m.actor.mention) !== null,
      });
    }
    return out;
  }

  /** An actor as the memory settles it (fullest name, role holder, organisation of a short form). */
  settled(a: Actor): Actor {
    return this.settle(a);
  }

  /** The first person whose mention starts in [from, to], at their fullest name. */
  personIn(from: number, to: number): Actor | null {
    const m = this.mentions.find((x) => x.at >= from && x.at <= to && x.actor.kind === 'person');
    return m ? this.fullest(m.actor) : null;
  }

  /** The last person mentioned before `at` (of the given gender when known), at their fullest name. */
  lastPerson(at: number, feminine: boolean | null): Actor | null {
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= at) break;
      if (m.actor.kind !== 'person') continue;
      // (A name read through a verb, رزق بمولود فطلبوا, or behind a preposition, بمالك, is none.)
      if (m.units.some((u) => /\S{3,}وا$/u.test(u))) continue;
      const first = m.units[0] ?? '';
      if (/^[بل]\S{3,}$/u.test(first) && !this.res.personNames.has(first)) continue;
      if (feminine === true && !this.femininePerson(m) && !m.actor.feminine) continue;
      hit = m;
    }
    return hit ? this.fullest(hit.actor) : null;
  }

  /** Whether a person's mention follows a feminine description (الفنانة، الدكتورة، الطالبة). */
  private femininePerson(m: Mention): boolean {
    const k = tokenAt(this.v, m.at);
    const before = this.v.toks[k - 1] as Tok | undefined;
    return before !== undefined && before.kind === 'word' && /(ه|ات)$/u.test(before.key) && before.det;
  }

  /** Token ranges of the roles a person is named with (زعيم حركة طالبان before his name). */
  rolesOf(person: Actor): { first: number; last: number }[] {
    const units = nameUnits(person.name).map((u) => noAl(u));
    const out: { first: number; last: number }[] = [];
    for (const m of this.mentions) {
      if (m.actor.kind !== 'person' || !m.roleRange) continue;
      const mu = m.units.map((u) => noAl(u));
      if (
        containsRun(units, mu) ||
        containsRun(mu, units) ||
        (person.entity !== null && m.actor.entity === person.entity)
      )
        out.push(m.roleRange);
    }
    return out;
  }

  /** The last person before `at` with a name token spelt `word` (as written, clitics aside): يا فهد. */
  personNamed(word: string, at: number): Actor | null {
    const key = nameUnits(word)[0];
    if (!key) return null;
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= at) break;
      if (m.actor.kind === 'person' && m.units.some((u) => noAl(u) === noAl(key))) hit = m;
    }
    return hit ? this.settle(hit.actor) : null;
  }

  /** The last person before `at` whose phrase matches `title` (الأمير for سموه). */
  lastTitled(at: number, title: RegExp): Actor | null {
    let hit: Mention | null = null;
    for (const m of this.mentions) {
      if (m.at >= at) break;
      if (m.actor.kind === 'person' && title.test(m.text)) hit = m;
    }
    return hit ? this.settle(hit.actor) : null;
  }

  private settle(a: Actor): Actor {
    if (a.kind === 'person') return this.fullest(a);
    if (a.kind === 'role') return this.roleHolder(a, a.mention.start) ?? a;
    if (a.kind === 'org') return this.fullOrg(a) ?? a;
    return a;
  }

  /** The fuller organisation a remembered short form (الوزارة، الحركة الأفغانية) stands for. */
  private fullOrg(a: Actor): Actor | null {
    const units = nameUnits(a.name);
    if (units.length > 2 || !units[0]?.startsWith('ال')) return null;
    const v = this.v;
    const first = tokenAt(v, a.mention.start);
    const s = v.sentences[(v.toks[first] as Tok).sent];
    const p = s ? readPhrase(v, first, s.last, this.res) : null;
    return p && p.kind === 'org' && p.definite ? this.orgFor(p, a) : null;
  }

  /**
   * The nearest earlier mention of a short form's head noun starting a longer name anywhere in the
   * text, as object or in a prepositional phrase (لشركة الطيران البورمية، عن وزارة الداخلية).
   */
  private headedMention(p: Phrase): Actor | null {
    const v = this.v;
    for (let k = p.first - 1; k >= 0; k--) {
      const t = v.toks[k] as Tok;
      if (t.kind !== 'word' || noAl(t.stem) !== p.head) continue;
      const s = v.sentences[t.sent];
      let q = s ? readPhrase(v, k, s.last, this.res) : null;
      // (تقدم المجلس القومي للطفولة ببلاغ: a definite name ends before a complement with ب or في.)
      if (q && t.det)
        for (let j = q.first + 1; j < q.last; j++) {
          const u = v.toks[j] as Tok;
          if (
            u.kind === 'word' &&
            (/^(في|ضد|الي|علي|عن|من|مع)$/u.test(u.key) || (u.key.startsWith('ب') && isProclitic(u)))
          ) {
            const w = v.toks[j - 1] as Tok;
            q = {
              ...q,
              last: j,
              span: { start: q.span.start, end: w.end },
              name: { start: q.name.start, end: w.end },
            };
            break;
          }
        }
      // (المجلس القومي للسكان: a definite head described at length is a name too; الشركة الجديدة is not.)
      if (q?.kind !== 'org' || q.last - q.first < (t.det ? 3 : 2)) continue;
      // (Not the unit of a role, with its holder's name: مستشار الديوان الملكي للشؤون … فهد العسكر.)
      if (t.det && (isRole(v.toks[k - 1] as Tok) || isTitle(v.toks[k - 1] as Tok))) continue;
      if (t.det && personInOrg(v, q, this.res)) continue;
      const start = t.stemStart > t.start ? t.stemStart : t.start;
      return this.literal({ ...q, span: { start, end: q.span.end }, name: { start, end: q.name.end } });
    }
    return null;
  }
}

export { type Actor, type ActorKind, fallbackKey, nameUnits, personDisplay } from './names.js';

/** Source nouns in the accusative with tanween alif (مسؤولا، مصدرا). */
const ACCUSATIVE_SOURCE = /^(مسؤولا|مصدرا|متحدثا|ناطقا|خبيرا|محللا|مختصا|دبلوماسيا)$/u;

/** Singular nouns of an unnamed source, without the article (مصدر، مسؤول، مسؤولا). */
const SINGULAR_SOURCE = /^(مصدر|مسؤول|مسئول|متحدث|ناطق|مصدرا|مسؤولا)$/u;
