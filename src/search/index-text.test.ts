import { describe, expect, it } from 'vitest';
import { indexTerms } from './index-text.js';

describe('indexTerms', () => {
  it.each([
    [
      'stems clitics away, keeps them in keys',
      'دخلت القوات بالموصل',
      'دخلت قوات موصل',
      'دخلت القوات بالموصل',
    ],
    ['folds letter variants and drops diacritics', 'أَحْمَد إلى مستشفى', 'احمد الي مستشف', 'احمد الي مستشفي'],
    [
      'keeps numbers, in ASCII digits',
      'قتل ٢٠ شخصا عام 2015',
      'قتل 20 شخصا عام 2015',
      'قتل 20 شخصا عام 2015',
    ],
    ['leaves out punctuation, symbols and URLs', 'قال: «نعم» ✅ www.example.com', 'قال نعم', 'قال نعم'],
    ['lower-cases Latin and does not stem it', 'ISIS and Mosul', 'isis and mosul', 'isis and mosul'],
    ['empty text', '', '', ''],
  ])('%s', (_name, text, stems, keys) => {
    expect(indexTerms(text)).toEqual({ stems, keys });
  });

  it('gives one stem and one key per word, in text order', () => {
    const { stems, keys } = indexTerms('والمسلحون هاجموا القرية، ثم انسحبوا.');
    expect(stems.split(' ')).toHaveLength(keys.split(' ').length);
    expect(stems).toBe('مسلح هاجموا قري ثم انسحبوا');
  });
});
