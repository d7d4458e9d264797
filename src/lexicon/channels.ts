/**
 * Release channels: platforms and outlets a statement is released on, with the spellings Arabic
 * news uses (Telegram alone is تلجرام، تلغرام، تيليغرام، تليجرام …), normalised to one name.
 * Phrases are token sequences in match-key form, matched after a token's proclitics (بتويتر،
 * وعلى), validated when loaded.
 */
import { assertKeyForm } from './key-form.js';

/** A channel phrase and its normalised name. */
export interface ChannelPhrase {
  readonly keys: readonly string[];
  readonly channel: string;
}

const TABLE: readonly [string, readonly string[]][] = [
  [
    'Telegram',
    [
      'تلجرام',
      'تلغرام',
      'تيليغرام',
      'تليجرام',
      'تيليجرام',
      'تليغرام',
      'تلقرام',
      'تيلغرام',
      'تيلجرام',
      'تليگرام',
    ],
  ],
  [
    'Twitter',
    ['تويتر', 'توتير', 'تغريده', 'تغريدات', 'تغريداته', 'تغريداتها', 'تغريدته', 'تغريدتها', 'غرد', 'غردت'],
  ],
  ['YouTube', ['يوتيوب', 'يوتوب', 'اليوتيوب']],
  ['Facebook', ['فيسبوك', 'فيس بوك', 'فايسبوك', 'الفيسبوك', 'الفيس بوك', 'فيس']],
  ['Instagram', ['انستغرام', 'انستجرام', 'انستقرام', 'انستاغرام', 'انستاجرام', 'انستغرام']],
  ['WhatsApp', ['واتساب', 'واتس اب', 'واتس', 'الواتساب', 'الواتس']],
  ['Amaq', ['اعماق']],
  ['Al-Furqan', ['مؤسسه الفرقان', 'الفرقان']],
  ['Al-Hayat', ['مركز الحياه', 'مؤسسه الحياه']],
  ['Al-Naba', ['النبا', 'صحيفه النبا']],
  ['SPA', ['واس', 'وكاله الانباء السعوديه', 'وكاله الانباء السعوديه الرسميه']],
  [
    'social-media',
    [
      'مواقع التواصل الاجتماعي',
      'مواقع التواصل',
      'وسائل التواصل الاجتماعي',
      'وسائل التواصل',
      'شبكات التواصل الاجتماعي',
      'شبكات التواصل',
      'منصات التواصل الاجتماعي',
      'منصات التواصل',
    ],
  ],
];

/** Every channel phrase, longest first so a longer phrase wins over its prefix. */
export const CHANNEL_PHRASES: readonly ChannelPhrase[] = Object.freeze(
  TABLE.flatMap(([channel, spellings]) => spellings.map((s) => ({ keys: s.split(' '), channel })))
    .filter((p, i, all) => all.findIndex((q) => q.keys.join(' ') === p.keys.join(' ')) === i)
    .sort((a, b) => b.keys.length - a.keys.length),
);
assertKeyForm(
  CHANNEL_PHRASES.flatMap((p) => p.keys),
  'channel',
);

/**
 * Words that make a website channel: the issuer's own site (موقعها الإلكتروني، موقعه الرسمي، موقع
 * الجماعة الرسمي على الإنترنت). A site word counts with one of `WEBSITE_QUALIFIERS` nearby.
 */
export const WEBSITE_WORDS: ReadonlySet<string> = new Set(['موقع', 'موقعها', 'موقعه', 'موقعهم', 'الموقع']);
/** Qualifiers that make a site word the issuer's website. */
export const WEBSITE_QUALIFIERS: ReadonlySet<string> = new Set([
  'الالكتروني',
  'الرسمي',
  'الانترنت',
  'الانترنيت',
  'الالكترونيه',
]);
assertKeyForm([...WEBSITE_WORDS, ...WEBSITE_QUALIFIERS], 'website');

/** Outlet heads whose phrase, when it publishes a statement, is the channel as written (وكالة الأنباء اليمنية). */
export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'وكاله',
  'وكالات',
  'قناه',
  'تلفزيون',
  'التلفزيون',
  'اذاعه',
  'محطه',
  'صحيفه',
]);
assertKeyForm(OUTLET_HEADS, 'outlet');
