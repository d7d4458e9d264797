import { describe, expect, it } from 'vitest';
import { matchKey } from './normalize.js';
import { LIGHT_STEM_RULES, lightStem, makeLightStemmer, stemVariants } from './stem.js';

const stem = (word: string): string => lightStem(matchKey(word));

describe('lightStem: proclitics', () => {
  it.each([
    ['the article', 'الموصل'],
    ['ب + article', 'بالموصل'],
    ['و + article', 'والموصل'],
    ['ل + article (alef elided)', 'للموصل'],
    ['ف + article', 'فالموصل'],
    ['و + ب + article', 'وبالموصل'],
    ['ك + article', 'كالموصل'],
    ['diacritics and tatweel', 'بِالمَوْصِـلِ'],
    ['the bare word', 'موصل'],
  ])('%s: %s → موصل', (_name, word) => {
    expect(stem(word)).toBe('موصل');
  });

  it.each([
    ['a single و when three letters remain', 'وبغداد', 'بغداد'],
    ['و before a function word, however short', 'وفي', 'في'],
    ['و is kept when fewer than three letters would remain', 'وصل', 'وصل'],
    ['ف alone is not stripped (فريق is a word, not ف + ريق)', 'فريق', 'فريق'],
    ['ب, ك, ل alone are not stripped (بريطانيا, لبنان)', 'بريطانيا', 'بريطانيا'],
    ['the article leaves at least two letters', 'الحج', 'حج'],
  ])('%s: %s → %s', (_name, word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('lightStem: suffixes', () => {
  it.each([
    ['masculine plural -ين', 'المسلحين'],
    ['masculine plural -ون', 'المسلحون'],
    ['indefinite plural', 'مسلحون'],
    ['feminine ة (folded to ه)', 'مسلحة'],
    ['feminine plural -ات', 'المسلحات'],
    ['with conjunction and preposition', 'وللمسلحين'],
    ['the bare word', 'مسلح'],
  ])('%s: %s → مسلح', (_name, word) => {
    expect(stem(word)).toBe('مسلح');
  });

  it.each([
    ['nisba adjective', 'السعودي'],
    ['nisba feminine', 'السعودية'],
    ['nisba plural: ين then ي', 'السعوديين'],
    ['nisba plural: ون then ي', 'سعوديون'],
  ])('%s: %s → سعود', (_name, word) => {
    expect(stem(word)).toBe('سعود');
  });

  it.each([
    ['pronoun ها', 'حكومتها', 'حكومت'],
    ['dual ان', 'الطرفان', 'طرف'],
    ['three letters always remain: حسين is not حس + ين', 'حسين', 'حسين'],
    ['three letters always remain: علي (على, Ali) keeps its ي', 'على', 'علي'],
    ['never cut down to a function word: كانون is not كان + ون', 'كانون', 'كانون'],
  ])('%s: %s → %s', (_name, word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('lightStem: what is left alone', () => {
  it.each([
    ['short words', 'من'],
    ['two-letter words', 'يد'],
    ['function words', 'الذي'],
    ['الله is a function word, not ال + له', 'الله'],
    ['Latin (lower-cased by the key)', 'Mosul'],
    ['Latin with digits', 'G20'],
    ['digits', '2015'],
    ['Arabic-Indic digits (keyed to ASCII)', '٢٠١٥'],
    ['mixed scripts', 'داعشISIS'],
  ])('%s: %s', (_name, word) => {
    expect(stem(word)).toBe(matchKey(word));
  });

  it('keeps the article of a function word after a preposition: بالله → الله', () => {
    expect(stem('بالله')).toBe('الله');
    expect(stem('والذي')).toBe('الذي');
  });

  it('returns the empty key unchanged', () => {
    expect(lightStem('')).toBe('');
  });
});

describe('stemVariants', () => {
  it.each([
    ['a word without clitics or و has one stem', 'موصل', ['موصل']],
    ['after the article, the word may also be الموصل itself (as ألعاب is)', 'الموصل', ['موصل', 'الموصل']],
    ['bare وزير: read as و + زير, and as the word وزير', 'وزير', ['زير', 'وزير']],
    ['الوزير: the word وزير, and زير as bare وزير is indexed', 'الوزير', ['وزير', 'الوزير', 'زير']],
    ['وقال: قال, and the unlikely word وقال', 'وقال', ['قال', 'وقال']],
    ['function words have one stem', 'الذي', ['الذي']],
    ['Latin has one stem', 'mosul', ['mosul']],
  ])('%s: %s', (_name, word, expected) => {
    expect(stemVariants(matchKey(word))).toEqual(expected);
  });

  it.each([
    ['a root-و word', ['وزير', 'الوزير', 'والوزير', 'ووزير', 'للوزير', 'بالوزير']],
    ['a word that begins with أل (its ال is not the article)', ['ألعاب', 'الألعاب', 'والألعاب', 'بالألعاب']],
    ['a word that begins with بال', ['بالغة', 'البالغة', 'والبالغة']],
    ['a form VIII noun that begins with ال', ['التزام', 'الالتزام', 'بالالتزام']],
  ])('every clitic form of %s finds every other', (_name, forms) => {
    for (const query of forms) {
      const variants = stemVariants(matchKey(query));
      for (const form of forms) expect(variants, `${query} → ${form}`).toContain(stem(form));
    }
  });
});

describe('makeLightStemmer', () => {
  it('builds the tuned stemmer from LIGHT_STEM_RULES', () => {
    const s = makeLightStemmer(LIGHT_STEM_RULES);
    for (const w of ['والمسلحين', 'وزير', 'السعودية', 'Mosul']) expect(s.stem(matchKey(w))).toBe(stem(w));
  });

  it('applies other rules for measurement (ف as a conjunction)', () => {
    const s = makeLightStemmer({ ...LIGHT_STEM_RULES, conjunctions: ['و', 'ف'] });
    expect(s.stem(matchKey('فقال'))).toBe('قال');
  });
});
