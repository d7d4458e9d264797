/**
 * Romanisation of Arabic names (`latin` of an entity). A name token is looked up in a table of
 * aligned English/Arabic person-name tokens (built from Wikidata by `scripts/build-gazetteers.ts`);
 * tokens not in the table are romanised by letter rules. The article is written al- (البغدادي →
 * al-Baghdadi). Unvowelled Arabic does not say which short vowels to write, so the rules insert
 * `a` between consonants: a readable guess (بغداد → Baghdad, حلب → Halab), not a standard.
 */

const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: "'",
  ؤ: "'",
  ئ: "'",
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  گ: 'g',
};

/**
 * Romanises one match-key token by letter rules (no article handling). Short vowels are guessed:
 * `a` after an initial consonant cluster's first letter and inside any run of three consonants.
 */
export function romanizeByRules(key: string): string {
  const chars = [...key];
  // A bare triliteral (حلب, قطر) reads CaCaC.
  const triliteral = chars.length === 3 && !chars.some((c) => 'اويى'.includes(c));
  let out = '';
  let run = 0; // consonants in a row at the end of `out`
  chars.forEach((ch, i) => {
    const last = i === chars.length - 1;
    const consonant = (c: string): void => {
      if (run >= 2 || (run === 1 && (out.length <= 2 || triliteral))) {
        out += 'a';
        run = 0;
      }
      out += c;
      run++;
    };
    if (ch === 'ا' || ch === 'ى' || (ch === 'ه' && last && i > 0)) {
      out += 'a'; // long a; a final ه is the ta marbuta folded by the match key
      run = 0;
    } else if (ch === 'و' || ch === 'ي') {
      const vowel = ch === 'و' ? 'u' : 'i';
      if (run > 0 || (last && i > 0)) {
        out += vowel;
        run = 0;
      } else consonant(ch === 'و' ? 'w' : 'y');
    } else {
      const c = CONSONANTS[ch] ?? (/\p{L}/u.test(ch) ? ch : '');
      if (c === '' || (c === "'" && i === 0)) return; // an initial ع or hamza is not written
      consonant(c);
    }
  });
  return out.replace(/^'+|'+$/gu, '');
}

/** Upper-cases the first letter. */
export function capitalize(s: string): string {
  const i = s.search(/\p{L}/u);
  return i < 0 ? s : s.slice(0, i) + (s[i] as string).toUpperCase() + s.slice(i + 1);
}

/** Romanises name tokens (match keys) with a table of known tokens, falling back to rules. */
export class Romanizer {
  constructor(private readonly table: ReadonlyMap<string, string>) {}

  /** One token: table, else rules; the article is written al- (البغدادي → al-Baghdadi). */
  token(key: string): string {
    if (key.startsWith('ال') && key.length > 3) {
      const whole = this.table.get(key)?.replace(/^(?:al|el)[- ]?/u, '');
      const stem = whole ?? this.table.get(key.slice(2)) ?? romanizeByRules(key.slice(2));
      return `al-${capitalize(stem)}`;
    }
    return capitalize(this.table.get(key) ?? romanizeByRules(key));
  }

  /** A whole name. */
  name(tokens: readonly string[]): string {
    return tokens.map((t) => this.token(t)).join(' ');
  }
}

/** Coarse consonant classes, so an Arabic name and its English spelling can be compared. */
function skeleton(latin: string): string {
  return latin
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^(al|el|ad|ar|as|ash|at|az|an)[\s-]+/u, 'l')
    .replace(/kh/gu, 'K')
    .replace(/gh/gu, 'k')
    .replace(/tch|tsh|ch/gu, 'tS')
    .replace(/sh/gu, 'S')
    .replace(/th|dh/gu, 't')
    .replace(/[^a-zA-Z]/gu, '')
    .replace(/[aeiouyw]/gu, '')
    .replace(/[qkcg]/gu, 'k')
    .replace(/[td]/gu, 't')
    .replace(/[szx]/gu, 's')
    .replace(/[bpv]/gu, 'b')
    .replace(/h/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, prev[j - 1] as number);
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/**
 * How well an Arabic name (match key) and an English name agree, 0–1: the longest common
 * subsequence of their consonant skeletons over the longer skeleton. Used to drop mis-paired
 * gazetteer rows (a drug name given as the Arabic of Mosul).
 */
export function nameAgreement(arabicKey: string, english: string): number {
  const words = arabicKey
    .split(' ')
    .map((t) =>
      t.startsWith('ال') && t.length > 3 ? `al ${romanizeByRules(t.slice(2))}` : romanizeByRules(t),
    );
  const e = skeleton(english);
  let best = 0;
  // The whole name, or its first word alone (مكة المكرمة is Mecca).
  for (const candidate of words.length > 1 ? [words.join(' '), words[0] as string] : words) {
    const a = skeleton(candidate);
    if (a.length > 0 && e.length > 0) best = Math.max(best, lcs(a, e) / Math.max(a.length, e.length));
  }
  return best;
}
