/**
 * Invented Arabic articles for tests: sentences assembled from a small vocabulary written for the
 * project, seeded so every run makes the same corpus. No real text is involved.
 */

const SUBJECTS = [
  'أعلنت الحكومة',
  'قال المتحدث الرسمي',
  'أكد وزير الخارجية',
  'ذكرت مصادر محلية',
  'أفاد شهود عيان',
  'أوضح مسؤول أمني',
];
const VERBS = ['أن القوات', 'أن اللجنة', 'أن الوفد', 'أن السلطات', 'أن المجلس', 'أن الفرق الميدانية'];
const ACTIONS = [
  'بدأت تنفيذ خطة جديدة',
  'وصلت إلى المدينة',
  'عقدت اجتماعا طارئا',
  'أعادت فتح الطريق',
  'أطلقت حملة واسعة',
  'أنهت أعمال الصيانة',
];
const PLACES = [
  'في الموصل',
  'في حلب',
  'في عدن',
  'في طرابلس',
  'في الرقة',
  'قرب الحدود',
  'في العاصمة',
  'في ريف إدلب',
];
const TIMES = [
  'صباح اليوم',
  'مساء أمس',
  'الأسبوع الماضي',
  'خلال الأيام المقبلة',
  'منذ ثلاثة أيام',
  'في وقت متأخر من الليل',
];
const TAILS = [
  'وسط إجراءات أمنية مشددة',
  'بحضور عدد من المسؤولين',
  'بعد مفاوضات طويلة',
  'رغم الظروف الصعبة',
  'دون وقوع إصابات',
  'بمشاركة منظمات دولية',
];

/** Mulberry32: a tiny seeded generator, enough for varied test text. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** One invented article of `sentences` sentences, different for every seed. */
export function syntheticArticle(seed: number, sentences = 6): { title: string; text: string } {
  const rand = seeded(seed);
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) {
    lines.push(
      `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, ACTIONS)} ${pick(rand, PLACES)} ${pick(rand, TIMES)} ${pick(rand, TAILS)}، وأشار إلى أن عدد المشاركين بلغ ${1 + Math.floor(rand() * 9000)} شخصا.`,
    );
  }
  return { title: `${pick(rand, ACTIONS)} ${pick(rand, PLACES)} (${seed})`, text: lines.join(' ') };
}

/** JSON Lines of `n` invented articles (`title`, `text`, `url`, `published`). */
export function syntheticJsonl(n: number, firstSeed = 1): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const seed = firstSeed + i;
    const a = syntheticArticle(seed);
    const day = String(1 + (seed % 28)).padStart(2, '0');
    out.push(JSON.stringify({ ...a, url: `https://news.example/${seed}`, published: `2015-07-${day}` }));
  }
  return `${out.join('\n')}\n`;
}
