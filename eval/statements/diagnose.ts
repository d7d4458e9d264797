/**
 * Speaker errors by kind, as counts only (safe on the unseen splits: no text, no article, no name
 * is printed). For each matched quote whose speaker is wrong, one kind:
 * - `none`: the system gave no speaker;
 * - `partial`: the two names share a word but neither is a run of the other (a name form);
 * - `other-speaker`: the system named another speaker of the same article's gold;
 * - `in-article`: the system's name is written elsewhere in the article, but speaks no gold quote;
 * - `noise`: anything else (a misread phrase).
 * and where the gold mention stands: `frame` (within its sentence's reach before the quote, or
 * right after it) or `far` (earlier, taken up by a pronoun or a role), split by direct/indirect;
 * and where the system's name stands (`in-frame`: written in that reach too, else `elsewhere`)
 * with the type of its entity key (per, org, role, src …); and speaker accuracy by the frame the
 * quote was read from (subject after the verb, before it, pronoun, participle, document …), and for
 * wrong carried-over frames whether the speaker changed from the previous quote or the previous
 * quote was wrong too; and wrong statement organisations by kind (missing, spurious, partial name,
 * the statement's speaker, another actor of the article, noise).
 *
 * Usage: npx tsx eval/statements/diagnose.ts [--splits dev3,test,test2]
 */
import { fileURLToPath } from 'node:url';
import { findQuotes } from '../../src/stages/quotes/find-quotes.js';
import { viewInput } from '../../src/stages/quotes/quotes-stage.js';
import { knownWords, nameResources } from '../../src/stages/quotes/resources.js';
import { makeView } from '../../src/stages/quotes/view.js';
import { matchKey } from '../../src/text/normalize.js';
import { sharedDir } from '../lib/paths.js';
import { loadContents, readGold } from './check-gold.js';
import { analyseText, articleOf, SPLITS, type Split, statementPipeline } from './gate.js';
import { namesAgree, nameWords, scoreArticle } from './score.js';

/** How far before a quote its frame's subject may stand, in UTF-16 units. */
const FRAME_REACH = 160;

export type ErrorKind = 'none' | 'partial' | 'other-speaker' | 'in-article' | 'noise';

/** The kind of a wrong speaker (see the file comment). */
export function errorKind(
  gold: string,
  system: string | null,
  otherGold: readonly string[],
  text: string,
): ErrorKind {
  if (system === null) return 'none';
  const g = new Set(nameWords(gold));
  if (nameWords(system).some((w) => g.has(w))) return 'partial';
  if (otherGold.some((o) => namesAgree(o, system))) return 'other-speaker';
  return matchKey(text).includes(matchKey(system)) ? 'in-article' : 'noise';
}

async function main(splits: readonly Split[]): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    console.log('diagnose: ../shared not found (set MARSAD_SHARED)');
    return;
  }
  const { pipeline } = await statementPipeline();
  for (const split of splits) {
    if (split === 'seeds') continue;
    const lines = readGold(split);
    const contents = await loadContents(shared, new Set(lines.flatMap((l) => (l.url ? [l.url] : []))));
    const kinds = new Map<string, number>();
    const where = new Map<string, number>();
    const system = new Map<string, number>();
    const frames = new Map<string, { right: number; all: number }>();
    const carried = new Map<string, number>();
    const orgs = new Map<string, number>();
    let wrong = 0;
    let matched = 0;
    for (const line of lines) {
      const text = line.url ? contents.get(line.url) : undefined;
      if (text === undefined) continue;
      const doc = analyseText(pipeline, text, line.anchor);
      const art = articleOf(doc, null);
      const score = scoreArticle(line, art);
      // The frame each system quote was read from (how its speaker was found).
      const res = nameResources();
      const view = makeView(viewInput(doc), knownWords(res));
      const how = new Map(findQuotes(view, res).quotes.map((q) => [q.span.start, q.speaker.how]));
      const names = line.quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : []));
      // Statement organisations the system got wrong: missing, spurious, a partial name, or another.
      for (const sp of score.statementPairs) {
        if (!sp.system || !sp.wrong.includes('organization')) continue;
        const gold = sp.gold.organization?.name ?? null;
        const sys = sp.system.organization.name;
        const kind =
          gold === null
            ? 'gold-null'
            : sys === null
              ? 'system-null'
              : nameWords(sys).some((w) => nameWords(gold).includes(w))
                ? 'partial'
                : sp.system.speaker.name !== null && namesAgree(gold, sp.system.speaker.name)
                  ? 'gold-is-system-speaker'
                  : matchKey(text).includes(matchKey(sys))
                    ? 'in-article'
                    : 'noise';
        orgs.set(kind, (orgs.get(kind) ?? 0) + 1);
      }
      for (const p of score.quotePairs) {
        if (!p.system) continue;
        matched++;
        const h = how.get(p.system.start) ?? 'unknown';
        const tally = frames.get(h) ?? { right: 0, all: 0 };
        frames.set(h, { right: tally.right + (p.speakerOk ? 1 : 0), all: tally.all + 1 });
        if (p.speakerOk || !p.gold.speaker) continue;
        wrong++;
        // A carried-over frame: the error comes with the previous quote's, or the speaker changed.
        if (h === 'pronoun' || h === 'participle') {
          const gi = line.quotes.indexOf(p.gold);
          const prev = gi > 0 ? score.quotePairs[gi - 1] : undefined;
          const chain = !prev?.gold.speaker
            ? 'first'
            : !namesAgree(prev.gold.speaker.name, p.gold.speaker.name)
              ? 'speaker-changed'
              : prev.speakerOk
                ? 'same-speaker,previous-right'
                : 'same-speaker,previous-wrong';
          carried.set(chain, (carried.get(chain) ?? 0) + 1);
        }
        const gold = p.gold.speaker;
        const others = names.filter((n) => !namesAgree(n, gold.name));
        const kind = errorKind(gold.name, p.system.speaker.name, others, text);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const near =
          (gold.start <= p.gold.start && p.gold.start - gold.end <= FRAME_REACH) ||
          (gold.start >= p.gold.end && gold.start - p.gold.end <= FRAME_REACH / 2);
        const key = `${near ? 'frame' : 'far'}/${p.gold.direct ? 'direct' : 'indirect'}`;
        where.set(key, (where.get(key) ?? 0) + 1);
        // Where the system's name stands: in the quote's frame too (a misread frame) or not.
        const sys = p.system.speaker;
        if (sys.name !== null) {
          const before = matchKey(text.slice(Math.max(0, p.gold.start - FRAME_REACH), p.gold.start));
          const placed = before.includes(matchKey(sys.name)) ? 'in-frame' : 'elsewhere';
          const type = /^([a-z]+):/u.exec(sys.entity ?? '')?.[1] ?? 'none';
          const goldType = art.entities?.find(
            (e) => e.start < gold.end && gold.start < e.end && (e.type === 'PER' || e.type === 'ORG'),
          )?.type;
          const inStatement = art.statements.length > 0 ? 'stmt-article' : 'no-stmt';
          const k2 = `${h}:${placed}/${type}/gold-${goldType ?? 'x'}/${inStatement}`;
          system.set(k2, (system.get(k2) ?? 0) + 1);
        }
      }
    }
    const list = (m: Map<string, number>) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(' · ');
    console.log(`${split.padEnd(6)} matched ${matched}, wrong speakers ${wrong}`);
    console.log(`  kind   ${list(kinds)}`);
    console.log(`  where  ${list(where)}`);
    console.log(`  system ${list(system)}`);
    console.log(`  carried ${list(carried)}`);
    console.log(`  org    ${list(orgs)}`);
    console.log(
      `  frame  ${[...frames.entries()]
        .sort((a, b) => b[1].all - a[1].all)
        .map(([k, t]) => `${k} ${t.right}/${t.all}`)
        .join(' · ')}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--splits');
  const list = i >= 0 ? (args[i + 1] ?? '').split(',') : SPLITS.filter((s) => s !== 'seeds');
  const bad = list.filter((x) => !(SPLITS as readonly string[]).includes(x));
  if (bad.length > 0) {
    console.error(`diagnose: unknown split ${bad.join(', ')}`);
    process.exit(2);
  }
  await main(list as Split[]);
}
