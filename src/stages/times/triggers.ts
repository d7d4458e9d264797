/**
 * The words an expression can start with, gathered from the lexicons the grammar reads. The
 * recogniser tries the grammar only at a number or at a word one of whose head readings is here,
 * so ordinary words cost one set lookup per reading.
 */

import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from '../../lexicon/months.js';
import {
  APPROXIMATORS,
  DAY_PART_ADVERBS,
  DAY_PART_NOUNS,
  DECADES,
  HIJRI_HOLIDAYS,
  MODIFIERS,
  POSITION_WORDS,
  REFERENCE_PHRASES,
  REFERENCE_WORDS,
  RELATIVE_DAYS,
  SEASON_COUNTS,
  SEASON_PERIODS,
  SEASONS,
  SET_ADVERBS,
  UNIT_FORMS,
  VAGUE_PERIODS,
  VAGUE_QUANTITIES,
} from '../../time/lexicon.js';
import { NUMBER_WORD_KEYS } from '../../time/numbers.js';
import { EXTRA_HIJRI_SPELLINGS } from './calendar-words.js';
import { HABITUAL_PARTS } from './clock.js';
import { DAY_PART_HEADS } from './day-parts.js';
import { HIJRI_PHRASE_HEADS } from './hijri-phrases.js';
import { DAY_ORDINALS } from './holidays.js';
import { TIMES_WORDS } from './rates.js';
import type { Word } from './words.js';

/** Heads the grammar names directly (يوم, الساعه, كل, هذا, قبل …). */
const GRAMMAR_HEADS = [
  'يوم',
  'يومي',
  'شهر',
  'شهري',
  'عام',
  'العام',
  'سنه',
  'السنه',
  'عامي',
  'سنتي',
  'اعوام',
  'سنوات',
  'اول',
  'بعد',
  'قبل',
  'منذ',
  'الساعه',
  'هذا',
  'هذه',
  'الفتره',
  'فتره',
  'الليله',
  'فصل',
  'عقد',
  'القرن',
  'كل',
  'نصف',
  'ربع',
  'ال',
  'الـ',
  'الربع',
  'النصف',
  'المستقبل',
  'الماضي',
  'العيد',
  'وقت',
  'ايامنا',
  'يومنا',
];

function build(): ReadonlySet<string> {
  const out = new Set<string>(GRAMMAR_HEADS);
  const add = (keys: Iterable<string>) => {
    for (const k of keys) out.add(k);
  };
  const first = (key: string) => key.split(' ')[0] as string;
  add(GREGORIAN_MONTHS.map((m) => first(m.key)));
  add(HIJRI_MONTHS.map((m) => first(m.key)));
  add(WEEKDAYS.map((w) => w.key));
  add(RELATIVE_DAYS.keys());
  add(UNIT_FORMS.keys());
  add(NUMBER_WORD_KEYS);
  add([...NUMBER_WORD_KEYS].filter((k) => !k.startsWith('ال')).map((k) => `ال${k}`)); // الثلاث ساعات
  add(DAY_PART_NOUNS.keys());
  add([...DAY_PART_NOUNS.keys()].map((k) => `ال${k}`));
  add(DAY_PART_ADVERBS.keys());
  add(HABITUAL_PARTS.keys());
  add(POSITION_WORDS);
  add(APPROXIMATORS.map((a) => a[0] as string));
  add(VAGUE_QUANTITIES);
  add(REFERENCE_WORDS.keys());
  add(REFERENCE_PHRASES.map(([k]) => k[0] as string));
  add(VAGUE_PERIODS);
  add(SEASON_PERIODS.map((k) => k[0] as string));
  add(SEASON_COUNTS.keys());
  add(SET_ADVERBS.keys());
  add(SEASONS.keys());
  add(DECADES.keys());
  add(HIJRI_HOLIDAYS.map((h) => h.keys[0] as string));
  add(DAY_ORDINALS.keys());
  add(TIMES_WORDS);
  add(MODIFIERS.keys());
  add(DAY_PART_HEADS);
  add(HIJRI_PHRASE_HEADS);
  add(EXTRA_HIJRI_SPELLINGS.map(([k]) => first(k)));
  return out;
}

const TRIGGERS = build();

/** True when the grammar may find an expression starting at word `w`. */
export function isTrigger(w: Word): boolean {
  if (w.kind === 'number') return true;
  for (const h of w.heads) if (TRIGGERS.has(h.key)) return true;
  return false;
}
