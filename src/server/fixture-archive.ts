/**
 * A small invented archive for the API and browser tests (and the screenshots): articles written
 * for the project, annotated by hand through a fixture stage (entities, dates, quotes,
 * statements), so the tests do not depend on how well the analysis stages do. One article
 * carries HTML in its text: the UI must show it as text.
 */
import { prepareDoc } from '../ingest/prepare.js';
import { buildPipeline } from '../pipeline/pipeline.js';
import type { Stage } from '../pipeline/stage.js';
import type { RawDoc } from '../read/raw-doc.js';
import { sentences } from '../stages/sentences/index.js';
import { tokens } from '../stages/tokens/index.js';
import type { PutOutcome, Store } from '../store/types.js';
import type { EntityDirectory, EntityInfo } from './entity-directory.js';

type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

interface FixtureEvent {
  readonly evidence: string;
  readonly speaker: readonly [string, string];
  readonly organization: readonly [string, string] | null;
  readonly medium: 'audio' | 'video' | 'text' | 'unknown';
  readonly channel: string | null;
  readonly title: string | null;
  readonly date: readonly [string, string];
  readonly attribution: 'asserted' | 'claimed' | 'unverified' | 'confirmed' | 'denied';
}

interface FixtureArticle {
  readonly title: string;
  readonly text: string;
  readonly outlet: string;
  readonly published: string;
  readonly url: string;
  /** Surface form → entity key. */
  readonly entities: readonly (readonly [string, string])[];
  readonly times?: readonly (readonly [string, string])[];
  readonly quotes?: readonly (readonly [string, string])[];
  readonly events?: readonly FixtureEvent[];
}

/** The entities of the fixture, as the directory knows them. */
export const FIXTURE_ENTITIES: Readonly<Record<string, EntityInfo>> = Object.fromEntries(
  (
    [
      [
        'per:ابو-سالم-الحمداني',
        'أبو سالم الحمداني',
        'PER',
        ['الحمداني', 'أبو سالم'],
        'Abu Salim al-Hamdani',
        null,
        null,
      ],
      ['org:جماعة-النور', 'جماعة النور', 'ORG', ['الجماعة'], 'Jamaat al-Nur', null, null],
      ['per:خالد-المنصوري', 'خالد المنصوري', 'PER', ['المنصوري'], 'Khalid al-Mansouri', null, null],
      ['org:وزارة-الداخلية', 'وزارة الداخلية', 'ORG', [], null, null, null],
      ['loc:iq-mosul', 'الموصل', 'LOC', ['موصل'], 'Mosul', 36.34, 43.13],
      ['loc:ye-aden', 'عدن', 'LOC', [], 'Aden', 12.78, 45.04],
      ['loc:ly-tripoli', 'طرابلس', 'LOC', [], 'Tripoli', 32.89, 13.19],
      ['loc:sy-raqqa', 'الرقة', 'LOC', [], 'Raqqa', 35.95, 39.01],
    ] as const
  ).map(([key, name, type, aliases, latin, lat, lon]) => [
    key,
    { key, name, type: type as EntityType, aliases: [name, ...aliases], latin, lat, lon },
  ]),
);

/** A directory over the fixture entities (what the entity registry gives in production). */
export const FIXTURE_DIRECTORY: EntityDirectory = {
  info: (key) => FIXTURE_ENTITIES[key] ?? null,
  resolve(value) {
    const v = value.trim();
    if (FIXTURE_ENTITIES[v]) return [v];
    return Object.values(FIXTURE_ENTITIES)
      .filter((e) => e.aliases.includes(v))
      .map((e) => e.key);
  },
};

const HAMDANI = ['أبو سالم الحمداني', 'per:ابو-سالم-الحمداني'] as const;
const NUR = ['جماعة النور', 'org:جماعة-النور'] as const;
const MANSOURI = ['خالد المنصوري', 'per:خالد-المنصوري'] as const;

/** The invented articles. */
export const FIXTURE_ARTICLES: readonly FixtureArticle[] = [
  {
    title: 'تسجيل صوتي جديد لزعيم جماعة النور',
    text: 'بثت جماعة النور يوم الاثنين تسجيلا صوتيا جديدا لزعيمها أبو سالم الحمداني عبر قناتها على تلغرام، دعا فيه أنصاره إلى الصمود في الموصل. وقال الحمداني في التسجيل «إن المعركة لم تنته بعد» بحسب ما نقلته مواقع مقربة من الجماعة.\nولم يتسن التحقق من صحة التسجيل من مصدر مستقل.',
    outlet: 'صحيفة الشرق',
    published: '2015-07-06',
    url: 'https://news.example/sharq/1001',
    entities: [
      ['جماعة النور', NUR[1]],
      ['أبو سالم الحمداني', HAMDANI[1]],
      ['الموصل', 'loc:iq-mosul'],
      ['الحمداني', HAMDANI[1]],
    ],
    times: [['يوم الاثنين', '2015-07-06']],
    quotes: [['إن المعركة لم تنته بعد', HAMDANI[1]]],
    events: [
      {
        evidence: 'بثت جماعة النور يوم الاثنين تسجيلا صوتيا جديدا',
        speaker: HAMDANI,
        organization: NUR,
        medium: 'audio',
        channel: 'Telegram',
        title: null,
        date: ['2015-07-06', 'يوم الاثنين'],
        attribution: 'claimed',
      },
    ],
  },
  {
    title: 'الحمداني يظهر في رسالة صوتية',
    text: 'ظهر أبو سالم الحمداني زعيم جماعة النور في رسالة صوتية نشرت الاثنين على تلغرام، وهي الأولى له منذ أشهر. ويرى محللون أن توقيت الرسالة مرتبط بالمعارك الدائرة قرب الموصل.\nشارك هذا الخبر على فيسبوك وتويتر\nجميع الحقوق محفوظة © 2015 وكالة الأنباء المثال',
    outlet: 'وكالة الأنباء المثال',
    published: '2015-07-07',
    url: 'https://news.example/agency/77',
    entities: [
      ['أبو سالم الحمداني', HAMDANI[1]],
      ['جماعة النور', NUR[1]],
      ['الموصل', 'loc:iq-mosul'],
    ],
    times: [['الاثنين', '2015-07-06']],
    events: [
      {
        evidence: 'ظهر أبو سالم الحمداني زعيم جماعة النور في رسالة صوتية',
        speaker: HAMDANI,
        organization: NUR,
        medium: 'audio',
        channel: 'Telegram',
        title: null,
        date: ['2015-07-06', 'الاثنين'],
        attribution: 'unverified',
      },
    ],
  },
  {
    title: 'تسجيل صوتي جديد لزعيم جماعة النور (نقلا عن صحيفة الشرق)',
    text: 'بثت جماعة النور يوم الاثنين تسجيلا صوتيا جديدا لزعيمها أبو سالم الحمداني عبر قناتها على تلغرام، دعا فيه أنصاره إلى الصمود في الموصل. وقال الحمداني في التسجيل «إن المعركة لم تنته بعد» بحسب ما نقلته مواقع مقربة من الجماعة.\nولم يتسن التحقق من صحة التسجيل من مصدر مستقل. (نقلا عن صحيفة الشرق)',
    outlet: 'موقع الخبر اليومي',
    published: '2015-07-08',
    url: 'https://news.example/daily/55',
    entities: [
      ['جماعة النور', NUR[1]],
      ['أبو سالم الحمداني', HAMDANI[1]],
      ['الموصل', 'loc:iq-mosul'],
    ],
  },
  {
    title: 'المنصوري ينفي في شريط مصور مسؤولية جماعته عن تفجير عدن',
    text: 'نفى خالد المنصوري في شريط مصور نشر على يوتيوب يوم 20 يوليو أي علاقة لجماعته بالتفجير الذي وقع في عدن، وقال «لسنا مسؤولين عن هذا الهجوم». من جهتها قالت وزارة الداخلية إن التحقيقات مستمرة.',
    outlet: 'صحيفة الشرق',
    published: '2015-07-21',
    url: 'https://news.example/sharq/1042',
    entities: [
      ['خالد المنصوري', MANSOURI[1]],
      ['عدن', 'loc:ye-aden'],
      ['وزارة الداخلية', 'org:وزارة-الداخلية'],
    ],
    times: [['يوم 20 يوليو', '2015-07-20']],
    quotes: [['لسنا مسؤولين عن هذا الهجوم', MANSOURI[1]]],
    events: [
      {
        evidence: 'نفى خالد المنصوري في شريط مصور نشر على يوتيوب',
        speaker: MANSOURI,
        organization: null,
        medium: 'video',
        channel: 'YouTube',
        title: null,
        date: ['2015-07-20', 'يوم 20 يوليو'],
        attribution: 'denied',
      },
    ],
  },
  {
    title: 'اشتباكات في طرابلس وهدوء حذر في الرقة',
    text: 'اندلعت اشتباكات متقطعة في طرابلس مساء الخميس بين مجموعات مسلحة، فيما ساد هدوء حذر في الرقة بعد أيام من القصف. وأفاد سكان بأن الطرق الرئيسية أغلقت لساعات.',
    outlet: 'موقع الخبر اليومي',
    published: '2015-08-02',
    url: 'https://news.example/daily/90',
    entities: [
      ['طرابلس', 'loc:ly-tripoli'],
      ['الرقة', 'loc:sy-raqqa'],
    ],
    times: [['مساء الخميس', '2015-07-30']],
  },
  {
    title: 'صفحة فيها <script>alert(1)</script> وسم',
    text: 'نشر موقع مجهول نصا يحوي وسوما مثل <img src=x onerror=alert(2)> و<b>عريض</b> في متنه، وقالت وزارة الداخلية إنها تتابع الموقع.',
    outlet: 'مدونة <i>التجارب</i>',
    published: '2015-08-05',
    url: 'https://news.example/blog/1',
    entities: [['وزارة الداخلية', 'org:وزارة-الداخلية']],
  },
];

function fixtureStage(): Stage {
  const byTitle = new Map(FIXTURE_ARTICLES.map((a) => [a.title, a]));
  return {
    name: 'fixture.v1',
    requires: ['tokens'],
    provides: ['entities', 'times', 'quotes', 'events'],
    run(doc) {
      const a = doc.title ? byTitle.get(doc.title) : undefined;
      if (!a) return { layers: { entities: [], times: [], quotes: [], events: [] } };
      const at = (s: string) => {
        const start = doc.text.indexOf(s);
        if (start < 0) throw new Error(`fixture: "${s}" not in "${a.title}"`);
        return { start, end: start + s.length };
      };
      const taken: { start: number; end: number }[] = [];
      const entities = a.entities.flatMap(([surface, key]) => {
        const info = FIXTURE_ENTITIES[key] as EntityInfo;
        const out = [];
        for (let i = doc.text.indexOf(surface); i >= 0; i = doc.text.indexOf(surface, i + surface.length)) {
          const span = { start: i, end: i + surface.length };
          if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
          taken.push(span);
          out.push({ ...span, type: info.type, entity: key, name: info.name, latin: info.latin });
        }
        return out;
      });
      const times = (a.times ?? []).map(([s, value]) => ({
        ...at(s),
        type: 'DATE',
        value,
        calendar: 'gregorian',
      }));
      const quotes = (a.quotes ?? []).map(([s, key]) => ({
        ...at(s),
        direct: true,
        speaker: { name: FIXTURE_ENTITIES[key]?.name ?? null, entity: key },
        cue: 'قال',
      }));
      const events = (a.events ?? []).map((e) => ({
        ...at(e.evidence),
        type: 'statement',
        speaker: { name: e.speaker[0], entity: e.speaker[1] },
        organization: { name: e.organization?.[0] ?? null, entity: e.organization?.[1] ?? null },
        medium: e.medium,
        channel: e.channel,
        title: e.title,
        date: { value: e.date[0], text: e.date[1] },
        places: [],
        quotes: quotes.map((_, i) => i),
        attribution: e.attribution,
        current: true,
        evidence: [at(e.evidence)],
      }));
      const messages =
        a.events && a.events.length > 0
          ? [{ stage: 'fixture.v1', level: 'info' as const, text: 'statement found (fixture annotation)' }]
          : [];
      return { layers: { entities, times, quotes, events }, messages };
    },
  };
}

/** A raw document for a fixture article, as the JSON reader would deliver it. */
export function fixtureRaw(a: FixtureArticle, index: number): RawDoc {
  return {
    source: { path: 'fixtures.jsonl', url: a.url, encoding: 'utf-8', format: 'json', record: index + 1 },
    text: a.text,
    title: a.title,
    meta: { outlet: a.outlet, published: a.published, publishedSource: 'input' },
    warnings: [],
  };
}

/** Ingests the fixture articles into `store`; returns their ids in article order. */
export async function buildFixtureArchive(store: Store): Promise<{ ids: string[]; outcomes: PutOutcome[] }> {
  const pipeline = buildPipeline([tokens(), sentences(), fixtureStage()]);
  const prepared = FIXTURE_ARTICLES.map((a, i) => prepareDoc(fixtureRaw(a, i), pipeline));
  const outcomes = await store.putBatch(prepared, { threshold: 0.6 });
  return { ids: outcomes.map((o) => o.id), outcomes };
}
