/**
 * Groups artifact mentions into releases (one release = one event, however often it is
 * mentioned) and finds who is behind each: the voice or signature (بصوت X، نسب إلى X، لزعيمه X،
 * يقول إنها من X، قال X في بيان) and the organisation (the subject of the release verb, the
 * speaker's group from his role: زعيم حركة طالبان، المتحدث باسم الجماعة).
 *
 * A mention that refers back (البيان، التسجيل، رسالته) joins the latest release of a compatible
 * medium; a new mention (بيانا، تسجيلا صوتيا) joins one only when nothing tells them apart (same
 * medium family and issuer, neither an earlier release in passing), else starts a release.
 */
import type { Span } from '../../doc/index.js';
import { CHANNEL_PHRASES, OUTLET_HEADS } from '../../lexicon/channels.js';
import { PLUPERFECT_WORDS } from '../../lexicon/hedges.js';
import type { Medium } from '../../lexicon/media.js';
import type { Actor } from '../quotes/actors.js';
import type { QuoteFinding } from '../quotes/find-quotes.js';
import { noAl, type Phrase, readPhrase, readPhraseBefore } from '../quotes/phrases.js';
import type { NameResources } from '../quotes/resources.js';
import type { ReleaseLookup, SpeakerResolver } from '../quotes/speakers.js';
import { display, type TextView, type Tok, tokenAt } from '../quotes/view.js';
import { isPhraseBreak, isTitle } from '../quotes/words.js';
import { type ArtifactMention, FRAME_BEFORE } from './artifacts.js';
import { sameParty } from './link.js';

/** A release found in the text. */
export interface Release {
  readonly mentions: ArtifactMention[];
  medium: Medium;
  speaker: Actor | null;
  org: Actor | null;
  readonly background: boolean;
  /** Whether the organisation was inferred (a short form, the last one mentioned), not named. */
  orgInferred: boolean;
  /** A news outlet that carried it (البيان الذي نشرته الوكالة): its reports render the release. */
  outlet?: Actor | null;
}

/** ل with a pronoun (له، لها): not a named voice. */
const PREP_PRONOUN_L = /^ل(ه|ها|هم|هما|نا|ي)$/u;
/** How far after نسب its إلى may stand, in tokens. */
const MARKER_REACH = 25;
/** How far after a marker (ظهر فيه) a name may follow a partitive (أحد قادته), in tokens. */
const PARTITIVE_REACH = 4;
/** Nouns of an account or site whose owner issues what is posted on it (لموقع الوزارة، لحساب التنظيم). */
const ACCOUNT_NOUNS = new Set(['موقع', 'حساب', 'صفحه', 'قناه', 'منصه']);
/** Role heads whose holder speaks for his group (a leader, a spokesman, a founder). */
const GROUP_ROLES = new Set([
  'زعيم',
  'قائد',
  'امير',
  'مؤسس',
  'متحدث',
  'ناطق',
  'مبعوث',
  'قيادي',
  'مسؤول',
  'مدير',
]);

function family(m: Medium): 'text' | 'voice' {
  return m === 'text' ? 'text' : 'voice';
}

function compatible(a: Medium, b: Medium): boolean {
  if (family(a) !== family(b)) return false;
  return a === b || a === 'unknown' || b === 'unknown';
}

/** Whether two actors may be the same (unknown on either side counts as the same). */
function sameActor(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b) return true;
  return sameParty(a, b);
}

/** Groups mentions into releases and finds their speakers and organisations. */
export function groupReleases(
  v: TextView,
  mentions: readonly ArtifactMention[],
  finding: QuoteFinding,
  resolver: SpeakerResolver,
  res: NameResources,
): Release[] {
  const releases: Release[] = [];
  const lookup: ReleaseLookup = { releaseFor: () => null };
  const outlets = new Map<ArtifactMention, Actor>();
  for (const m of mentions) {
    const { speaker, issuer, inferred, outlet } = actorsOf(v, m, finding, resolver, res, lookup, releases);
    if (outlet) outlets.set(m, outlet);
    const open = [...releases].reverse();
    if (m.anaphoric && !m.background) {
      // The release named in the same sentence, else the latest current one of its medium.
      const hit =
        open.find((r) => compatible(r.medium, m.medium) && r.mentions.some((x) => x.sent === m.sent)) ??
        open.find((r) => compatible(r.medium, m.medium) && (m.mediumWord || !r.background));
      if (hit) {
        join(hit, m, speaker, issuer);
        continue;
      }
    }
    // A mention in a sentence that already names a release of its medium is that release (وهو أول
    // تسجيل ينسب له).
    if (!m.release) {
      const same = open.find(
        (r) => compatible(r.medium, m.medium) && r.mentions.some((x) => x.sent === m.sent),
      );
      if (same && !m.background) join(same, m, speaker, issuer);
      continue;
    }
    if (!m.background) {
      const hit = open.find(
        (r) =>
          !r.background &&
          compatible(r.medium, m.medium) &&
          (inferred || r.orgInferred || sameActor(r.org, issuer)) &&
          sameActor(r.speaker, speaker) &&
          // A person's statement and an organisation's are two, unless one is inferred.
          !(r.speaker && !r.org && issuer?.kind === 'org' && !inferred) &&
          !(r.org && !r.speaker && (speaker || issuer?.kind === 'person') && !r.orgInferred),
      );
      if (hit) {
        join(hit, m, speaker, issuer, inferred);
        continue;
      }
    }
    const r: Release = {
      mentions: [m],
      medium: m.medium,
      speaker: null,
      org: null,
      background: m.background,
      orgInferred: inferred,
    };
    // Nothing names who released it (وعبر في بيان …): the organisation or person last the subject.
    let fallback: Actor | null = null;
    if (!issuer && !speaker)
      fallback = nearBy(
        v,
        resolver.memory.last((v.toks[m.tok] as Tok).start, null, ['org', 'person'], true),
        m.tok,
      );
    join(
      r,
      m,
      speaker ?? (fallback?.kind === 'person' ? fallback : null),
      issuer ?? (fallback?.kind === 'person' ? null : fallback),
    );
    releases.push(r);
  }
  for (const r of releases) r.outlet = r.mentions.map((m) => outlets.get(m)).find((a) => a) ?? null;
  // A speaker's group from his role, when no release verb named it; with neither, the
  // organisation or person the text was last about (وزعم البيان … after "كتبت القوات أن …").
  for (const r of releases) {
    if (r.speaker && !r.org) r.org = groupOf(v, r.speaker, resolver, res) ?? orgFromOthers(releases, r);
    if (!r.speaker && !r.org) {
      const at = (v.toks[(r.mentions[0] as ArtifactMention).tok] as Tok).start;
      const last = nearBy(
        v,
        resolver.memory.last(at, null, ['org', 'person'], true),
        (r.mentions[0] as ArtifactMention).tok,
      );
      if (last?.kind === 'org') r.org = last;
      else if (last) r.speaker = last;
    }
  }
  return releases;
}

function join(
  r: Release,
  m: ArtifactMention,
  speaker: Actor | null,
  issuer: Actor | null,
  inferred = true,
): void {
  if (!r.mentions.includes(m)) r.mentions.push(m);
  // A named organisation replaces an inferred one.
  if (issuer && issuer.kind === 'org' && r.orgInferred && !inferred) {
    r.org = issuer;
    r.orgInferred = false;
  }
  if (r.medium === 'unknown' && m.medium !== 'unknown') r.medium = m.medium;
  if (speaker && !r.speaker) r.speaker = speaker;
  if (issuer) {
    if (issuer.kind === 'person' || issuer.kind === 'role') {
      if (!r.speaker) r.speaker = issuer;
    } else if (!r.org && (issuer.kind === 'org' || issuer.kind === 'other')) r.org = issuer;
    else if (!r.org && !r.speaker) r.org = issuer;
  }
}

/** How far before a release an actor the text was about may stand and still be taken for its issuer, in UTF-16 units. */
const FALLBACK_REACH = 800;

/** The actor, when it is named in the release's paragraph or shortly before it. */
function nearBy(v: TextView, a: Actor | null, tok: number): Actor | null {
  if (!a) return null;
  const t = v.toks[tok] as Tok;
  const para = v.paragraphs[t.para];
  if (para && a.mention.start >= para.start) return a;
  return t.start - a.mention.end <= FALLBACK_REACH ? a : null;
}

/** Channel phrases as one match-key string each (واس، يوتيوب). */
const CHANNEL_NAMES = new Set(CHANNEL_PHRASES.map((c) => c.keys.join(' ')));

/** Whether a phrase is a channel's name (واس، «أعماق»), marks and proclitics aside. */
function channelName(v: TextView, p: Phrase): boolean {
  const words: string[] = [];
  for (let k = p.first; k < p.last; k++) {
    const t = v.toks[k] as Tok;
    if (t.kind === 'word') words.push(t.stem);
  }
  return CHANNEL_NAMES.has(words.join(' '));
}

/** Another release by the same speaker tells his group (لزعيمه … then للبغدادي). */
function orgFromOthers(releases: readonly Release[], r: Release): Actor | null {
  for (const o of releases)
    if (o !== r && o.org && o.speaker && r.speaker && sameParty(o.speaker, r.speaker)) return o.org;
  return null;
}

/** The group a person speaks for, from a role phrase naming him (زعيم حركة طالبان …). */
function groupOf(v: TextView, person: Actor, resolver: SpeakerResolver, res: NameResources): Actor | null {
  // An unnamed spokesman (الناطق باسم القوات المسلحة): his own phrase names the group.
  const roles =
    person.kind === 'role'
      ? [{ first: tokenAt(v, person.mention.start), last: tokenAt(v, person.mention.end - 1) + 1 }]
      : resolver.memory.rolesOf(person);
  for (const role of roles) {
    let k = role.first;
    while (k < role.last && !GROUP_ROLES.has(noAl((v.toks[k] as Tok).stem))) k++;
    if (k >= role.last) continue;
    k++;
    // الزعيم الجديد لفرع القاعدة، المتحدث الرسمي باسم …، المتحدث الأمني لوزارة …: past the
    // role's adjectives (definite nisbas and the like).
    while (
      k < role.last &&
      (v.toks[k] as Tok).det &&
      !(v.toks[k] as Tok).key.startsWith('ل') &&
      (/^(الجديد|السابق|الحالي|العام|الاعلي|الراحل|الاسبق)$/u.test((v.toks[k] as Tok).key) ||
        /ي$/u.test((v.toks[k] as Tok).key))
    )
      k++;
    if (k < role.last && /^(باسم)$/u.test((v.toks[k] as Tok).key)) k++;
    // The group ends where the holder's titles begin (باسم التحالف العميد ركن …).
    let end = k;
    while (end < role.last && !isTitle(v.toks[end] as Tok)) end++;
    const p = readPhrase(v, k, end, res);
    if (p && p.kind === 'org') return resolver.memory.resolve(p);
  }
  // وزير الخارجية الفلبيني، سفير الكويت: a minister or envoy speaks for the country of his office.
  for (const role of roles) {
    if (!STATE_OFFICES.has(noAl((v.toks[role.first] as Tok).stem))) continue;
    // (A former office holder speaks for himself: رئيس الوزراء العراقي السابق.)
    let former = false;
    for (let k = role.first; k < role.last; k++)
      if (/^(السابق|السابقه|الاسبق|الراحل)$/u.test((v.toks[k] as Tok).key)) former = true;
    if (former) continue;
    for (let k = role.first + 1; k < role.last; k++) {
      const t = v.toks[k] as Tok;
      if (t.kind !== 'word') continue;
      const bare = noAl(t.stem);
      // (A nisba names its country: الفلبيني ← الفلبين.)
      const country = [
        t.stem,
        bare,
        `ال${bare}`,
        bare.replace(/يه?$/u, ''),
        `ال${bare.replace(/يه?$/u, '')}`,
      ].find((k2) => k2.length > 2 && res.places.has(k2));
      if (!country) continue;
      const written = v.text.slice(t.stemStart, t.end);
      const name = country === t.stem || country === bare ? written : display(country);
      return {
        name,
        entity: `org:${country}`,
        kind: 'org',
        feminine: true,
        mention: { start: t.stemStart, end: t.end },
      };
    }
  }
  return null;
}

/**
 * Offices whose holder speaks for the country the office names: ministers and envoys (a head of
 * state or his deputy may speak for himself; the gold leaves those to what the article states).
 */
const STATE_OFFICES = new Set(['وزير', 'وزيره', 'سفير', 'سفيره', 'مندوب']);

/** The speaker markers and issuer of one mention. */
function actorsOf(
  v: TextView,
  m: ArtifactMention,
  finding: QuoteFinding,
  resolver: SpeakerResolver,
  res: NameResources,
  lookup: ReleaseLookup,
  releases: readonly Release[],
): { speaker: Actor | null; issuer: Actor | null; inferred: boolean; outlet: Actor | null } {
  const s = v.sentences[m.sent];
  if (!s) return { speaker: null, issuer: null, inferred: true, outlet: null };
  let carrier: Actor | null = null;
  let speaker: Actor | null = null;
  let issuer: Actor | null = null;
  let inferred = false;
  const person = (a: Actor | null): Actor | null =>
    a && (a.kind === 'person' || a.kind === 'role') ? a : null;
  // لزعيمه أبو بكر البغدادي، للبغدادي، له: the voice after ل right after the phrase.
  const after = v.toks[m.last] as Tok | undefined;
  const lGenitive = after?.key.startsWith('ل') && after.kind === 'word' && after.key.length > 3;
  if (after && after.sent === m.sent && lGenitive && !PREP_PRONOUN_L.test(after.key)) {
    const p = readPhrase(v, m.last, s.last, res);
    if (p) {
      // لسواريز، لزعيمه: the ل is the preposition even where the reading kept it.
      const start = after.stemStart > after.start ? after.stemStart : after.start + 1;
      const name = p.kind === 'person' && p.name.start === after.start ? { ...p.name, start } : p.name;
      const a = resolver.memory.resolve({ ...p, span: { start, end: p.span.end }, name });
      if (p.kind === 'person') speaker = a;
      else if (p.kind === 'org') issuer = a;
      else if (ACCOUNT_NOUNS.has(p.head) || ACCOUNT_NOUNS.has(p.head.replace(/^ل/u, ''))) {
        // تغريدة لموقع وزارة النقل، تسجيل لحساب التنظيم: the owner of the account issues it.
        const owner = readPhrase(v, p.first + 1, s.last, res);
        if (owner?.kind === 'org') issuer = resolver.memory.resolve(owner);
        else if (owner?.kind === 'person') speaker = resolver.memory.resolve(owner);
      }
    }
  }
  // The genitive issuer (رسالة داعش، بيان الوزارة).
  // Only after a noun in the construct state: not after بيانا (accusative) nor after an adjective.
  const construct = m.last === m.tok + 1 && !/ا$/u.test((v.toks[m.tok] as Tok).key);
  if (
    !speaker &&
    !issuer &&
    construct &&
    after &&
    after.sent === m.sent &&
    !m.anaphoric &&
    after.kind === 'word'
  ) {
    const p = readPhrase(v, m.last, s.last, res);
    if (p && (p.kind === 'org' || p.kind === 'person') && p.first === m.last)
      issuer = resolver.memory.resolve(p);
  }
  // Markers anywhere in the sentence: بصوت X، نسب … إلى X، يقول إنها من X، ظهر (فيه) X.
  speaker = speaker ?? markerSpeaker(v, m, s, resolver, res);
  // The release verb's subject, or the frame's speaker.
  if (m.releaseVerb >= 0) {
    const rv = m.releaseVerb;
    let k = rv + 1;
    if ((v.toks[k] as Tok | undefined)?.key === 'عن' || (v.toks[k] as Tok | undefined)?.key === 'عنه') k++;
    // بيان أصدرته أمس إدارة …: a time between the verb and its subject.
    k = pastTimes(v, k, rv > m.tok ? s.last : m.tok);
    // رسالة نشرت الجمعة: a verb after the noun without the pronoun that takes it up (نشرتها) is
    // passive and has no subject.
    const passive =
      rv > m.tok && !/(ه|ها|هما|هم)$/u.test((v.toks[rv] as Tok).key) && v.toks[rv + 1]?.key !== 'عن';
    let p = (k < m.tok || rv > m.tok) && !passive ? readPhrase(v, k, rv > m.tok ? s.last : m.tok, res) : null;
    // بيان نشر على موقع وزارة الإعلام: the body on whose own site it was published issues it.
    if (passive && /^(علي|عبر)$/u.test(v.toks[k]?.key ?? '') && noAl(v.toks[k + 1]?.stem ?? '') === 'موقع') {
      const owner = readPhrase(v, k + 2, s.last, res);
      if (owner?.kind === 'org' && !OUTLET_HEADS.has(owner.head)) p = owner;
    }
    // وكان الديوان الملكي قد أصدر بيانا: the subject before the verb.
    if (!p && rv < m.tok) p = subjectBefore(v, rv, s.first, res);
    // سلاح الجو الذي وزع مقاطع فيديو: the antecedent of the relative pronoun.
    const rel = v.toks[rv - 1] as Tok | undefined;
    if (!p && rv < m.tok && rel && rel.sent === m.sent && /^(الذي|التي)$/u.test(rel.key)) {
      const ante = readPhraseBefore(v, rv - 1, s.first, res);
      if (ante && (ante.kind === 'org' || ante.kind === 'person' || ante.kind === 'role')) p = ante;
    }
    // بيان نشرته وكالة الأنباء: the outlet carried it; it is the channel, not the issuer.
    // (بيان نشرته "واس": a channel named as such carries it too.)
    const outlet = p !== null && rv > m.tok && (OUTLET_HEADS.has(p.head) || channelName(v, p));
    if (outlet && p) carrier = resolver.memory.resolve(p);
    // أصدرت السعودية بيانا: a country issues like an organisation.
    if (p && p.kind === 'other' && p.last - p.first === 1 && res.places.has((v.toks[p.first] as Tok).key))
      p = { ...p, kind: 'org' };
    // وأصدرت صحة الأحساء بيانا: a noun phrase between the release verb and its artifact is its subject.
    else if (
      p &&
      p.kind === 'other' &&
      rv < m.tok &&
      p.first === k &&
      pastTimes(v, p.last, m.tok) === m.tok &&
      p.last - p.first >= 2 &&
      (v.toks[p.first] as Tok).kind === 'word' &&
      !channelName(v, p)
    )
      p = { ...p, kind: 'org' };
    if (p && !outlet && (p.kind === 'org' || p.kind === 'person' || p.kind === 'role')) {
      const resolved = resolver.memory.resolve(p);
      // A bare short form (التنظيم) that no earlier name explains is only a guess.
      if (!issuer)
        inferred =
          p.kind === 'org' &&
          p.definite &&
          p.last - p.first <= 2 &&
          resolved.name === resolver.memory.literal(p).name;
      issuer = issuer ?? resolved;
    } else if (!outlet && rv < m.tok && (!p || p.first !== k)) {
      // نشرت بيانا: the subject is a pronoun for the last organisation or person of its gender.
      const rvTok = v.toks[rv] as Tok;
      const fem = /^[وف]?(نشرت|بثت|اصدرت|وزعت|اذاعت)/u.test(rvTok.key) || /^ت/u.test(rvTok.bare);
      if (!issuer && !m.frameCue) {
        issuer = resolver.memory.last(rvTok.start, fem, ['org', 'person'], true);
        inferred = true;
      }
    }
  }
  // A document frame (جاء في البيان) names the release, not who issued it.
  const speechCue = m.frameCue && m.frameCue.shape !== 'document' && m.frameCue.shape !== 'reproduced';
  if (m.frameCue && speechCue && m.frameCue.next !== m.tok) {
    const ref = finding.refs.get(m.frameCue.tok);
    const a = ref ? resolver.resolveRef(ref, lookup) : null;
    if (a) {
      if (person(a)) speaker = speaker ?? a;
      else issuer = issuer ?? a;
    }
  }
  void releases;
  return { speaker, issuer, inferred: inferred || (!issuer && !speaker), outlet: carrier };
}

/** The token after the time expressions starting at `k` (أمس، اليوم الخميس، مساء أمس), before `end`. */
function pastTimes(v: TextView, k: number, end: number): number {
  let j = k;
  while (j < end) {
    const t = v.toks[j] as Tok;
    const timed = v.times.some((x) => x.start <= t.start && t.end <= x.end);
    if (!timed && !TIME_ADVERBS.has(t.key)) break;
    j++;
  }
  return j;
}

/** Adverbs of time that may stand between a release verb and its subject. */
const TIME_ADVERBS = new Set(['امس', 'اليوم', 'مساء', 'صباح', 'ظهر', 'الليله', 'لاحقا', 'مؤخرا', 'حينها']);

/**
 * The subject standing before a release verb at the start of its clause: after كان (وكان الديوان
 * الملكي قد أصدر) or opening the sentence (الوزارة أصدرت).
 */
function subjectBefore(v: TextView, rv: number, first: number, res: NameResources): Phrase | null {
  let end = rv;
  if (/^(قد|لقد)$/u.test((v.toks[end - 1] as Tok | undefined)?.key ?? '')) end--;
  if (end <= first) return null;
  let from = first;
  if (PLUPERFECT_WORDS.has((v.toks[first] as Tok).key)) from++;
  if (end <= from) return null;
  const p = readPhrase(v, from, end, res);
  return p && p.last === end && (p.kind === 'org' || p.kind === 'person' || p.kind === 'role') ? p : null;
}

/** بصوت X، نسب … إلى X، يقول إنها من X، ظهر فيه X، حين ظهر زعيمه X. */
function markerSpeaker(
  v: TextView,
  m: ArtifactMention,
  s: { first: number; last: number },
  resolver: SpeakerResolver,
  res: NameResources,
): Actor | null {
  for (let k = s.first; k < s.last; k++) {
    const t = v.toks[k] as Tok;
    let from = -1;
    if (t.key === 'بصوت' || t.bare === 'بصوت') from = k + 1;
    // البيان الموقع باسم X، بتوقيع X: the signature.
    else if (
      /^(الموقع|موقع|الموقعه|موقعا)$/u.test(t.key) &&
      (v.toks[k + 1] as Tok | undefined)?.key === 'باسم'
    )
      from = k + 2;
    else if (t.key === 'بتوقيع') from = k + 1;
    else if (/^(نسب|نسبت|ونسب|ونسبت|ينسب|تنسب)$/u.test(t.key)) {
      for (let j = k + 1; j < Math.min(s.last, k + 8); j++)
        if ((v.toks[j] as Tok).key === 'الي') from = j + 1;
    } else if (/^(من)$/u.test(t.key) && k >= 2 && /^(انها|انه)$/u.test((v.toks[k - 1] as Tok).key))
      from = k + 1;
    else if (/^(ظهر|يظهر|وظهر|ويظهر)$/u.test(t.key))
      from = (v.toks[k + 1] as Tok | undefined)?.key === 'فيه' ? k + 2 : k + 1;
    if (from < 0 && /^(نسب|نسبت|ونسب|ونسبت)$/u.test(t.key)) {
      // نسب هذا التسجيل الصوتي الذي حمل عنوان "…" إلى X: إلى may come after a long object.
      for (let j = k + 1; j < Math.min(s.last, k + MARKER_REACH); j++)
        if ((v.toks[j] as Tok).key === 'الي') {
          from = j + 1;
          break;
        }
    }
    if (from < 0 || from >= s.last) continue;
    if (Math.abs(k - m.tok) > 14) continue;
    const p = readPhrase(v, from, s.last, res);
    if (p && p.kind === 'person') return resolver.memory.resolve(p);
    if (p && p.kind === 'role') return resolver.memory.resolve(p);
    // ظهر فيه أحد قادته أبو يحيى: the name after a partitive or a possessed role.
    for (let j = p?.last ?? from; j < Math.min(s.last, from + PARTITIVE_REACH); j++) {
      const t = v.toks[j] as Tok;
      if (t.kind !== 'word' || isPhraseBreak(t)) break;
      const q = readPhrase(v, j, s.last, res);
      if (q && q.kind === 'person' && q.name.start >= t.start) return resolver.memory.resolve(q);
    }
  }
  return null;
}

/** A lookup from a mention span to its release's actors. */
export function releaseLookup(v: TextView, releases: readonly Release[]): ReleaseLookup {
  return {
    framing(cueTok: number) {
      const sent = (v.toks[cueTok] as Tok).sent;
      let best: Release | null = null;
      let bestTok = -1;
      for (const r of releases)
        for (const m of r.mentions)
          if (m.sent === sent && m.tok < cueTok && m.tok >= cueTok - FRAME_BEFORE && m.tok > bestTok) {
            best = r;
            bestTok = m.tok;
          }
      return best ? { speaker: best.speaker, org: best.org } : null;
    },
    releaseFor(span: Span | null, at: number) {
      if (span) {
        const r = releases.find((x) =>
          x.mentions.some((m) => m.span.start < span.end && span.start < m.span.end),
        );
        if (r) return { speaker: r.speaker, org: r.org };
      }
      let best: Release | null = null;
      let bestAt = -1;
      for (const r of releases)
        for (const m of r.mentions)
          if (m.span.start <= at && m.span.start > bestAt) {
            best = r;
            bestAt = m.span.start;
          }
      return best ? { speaker: best.speaker, org: best.org } : null;
    },
  };
}
