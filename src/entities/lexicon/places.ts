/**
 * Curated places of conflict news that the shared gazetteers lack, misspell or leave without
 * coordinates (world-cities has no coordinates, and pairs Mosul with a wrong Arabic name).
 * Merged into the gazetteer by `scripts/build-gazetteers.ts`, ahead of the shared sources.
 * Coordinates are city centres in decimal degrees, rounded to 0.01°.
 */

/** A curated place. `id` follows the gazetteer scheme `loc:<iso2>-<slug>`. */
export interface CuratedPlace {
  readonly id: string;
  readonly name: string;
  readonly latin: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly aliases: readonly string[];
}

const P = (
  id: string,
  name: string,
  latin: string,
  lat: number,
  lon: number,
  aliases: readonly string[] = [],
): CuratedPlace => ({
  id: `loc:${id}`,
  name,
  latin,
  country: id.slice(0, 2).toUpperCase(),
  lat,
  lon,
  aliases: [name, ...aliases],
});

/** The curated places. */
export const CURATED_PLACES: readonly CuratedPlace[] = [
  // Iraq
  P('iq-mosul', 'الموصل', 'Mosul', 36.34, 43.13),
  P('iq-baghdad', 'بغداد', 'Baghdad', 33.31, 44.37),
  P('iq-fallujah', 'الفلوجة', 'Fallujah', 33.35, 43.78),
  P('iq-ramadi', 'الرمادي', 'Ramadi', 33.42, 43.3),
  P('iq-tikrit', 'تكريت', 'Tikrit', 34.6, 43.68),
  P('iq-kirkuk', 'كركوك', 'Kirkuk', 35.47, 44.39),
  P('iq-erbil', 'أربيل', 'Erbil', 36.19, 44.01),
  P('iq-basra', 'البصرة', 'Basra', 30.51, 47.81),
  P('iq-samarra', 'سامراء', 'Samarra', 34.2, 43.87),
  P('iq-sinjar', 'سنجار', 'Sinjar', 36.32, 41.88),
  // Syria
  P('sy-damascus', 'دمشق', 'Damascus', 33.51, 36.29),
  P('sy-aleppo', 'حلب', 'Aleppo', 36.2, 37.16),
  P('sy-raqqa', 'الرقة', 'Raqqa', 35.95, 39.01),
  P('sy-idlib', 'إدلب', 'Idlib', 35.93, 36.63),
  P('sy-deir-ez-zor', 'دير الزور', 'Deir ez-Zor', 35.34, 40.14, ['ديرالزور']),
  P('sy-homs', 'حمص', 'Homs', 34.73, 36.71),
  P('sy-hama', 'حماة', 'Hama', 35.13, 36.75),
  P('sy-palmyra', 'تدمر', 'Palmyra', 34.56, 38.27),
  P('sy-kobani', 'عين العرب', 'Kobani', 36.89, 38.35, ['كوباني']),
  P('sy-manbij', 'منبج', 'Manbij', 36.53, 37.95),
  P('sy-daraa', 'درعا', 'Daraa', 32.62, 36.1),
  P('sy-al-hasakah', 'الحسكة', 'al-Hasakah', 36.5, 40.75),
  P('sy-qamishli', 'القامشلي', 'Qamishli', 37.05, 41.22),
  // Yemen
  P('ye-sanaa', 'صنعاء', 'Sanaa', 15.37, 44.19),
  P('ye-aden', 'عدن', 'Aden', 12.79, 45.03),
  P('ye-taiz', 'تعز', 'Taiz', 13.58, 44.02),
  P('ye-hodeidah', 'الحديدة', 'Hodeidah', 14.8, 42.95),
  P('ye-marib', 'مأرب', 'Marib', 15.46, 45.33),
  P('ye-saada', 'صعدة', 'Saada', 16.94, 43.76),
  P('ye-mukalla', 'المكلا', 'Mukalla', 14.54, 49.12),
  // Libya
  P('ly-tripoli', 'طرابلس', 'Tripoli', 32.89, 13.19),
  P('ly-benghazi', 'بنغازي', 'Benghazi', 32.12, 20.09),
  P('ly-sirte', 'سرت', 'Sirte', 31.21, 16.59),
  P('ly-derna', 'درنة', 'Derna', 32.76, 22.64),
  P('ly-misrata', 'مصراتة', 'Misrata', 32.38, 15.09),
  // Palestine, Israel, Lebanon
  P('ps-gaza', 'غزة', 'Gaza', 31.5, 34.47, ['قطاع غزة']),
  P('ps-rafah', 'رفح', 'Rafah', 31.29, 34.25),
  P('ps-khan-younis', 'خان يونس', 'Khan Younis', 31.35, 34.31),
  P('ps-jenin', 'جنين', 'Jenin', 32.46, 35.3),
  P('ps-nablus', 'نابلس', 'Nablus', 32.22, 35.25),
  P('ps-west-bank', 'الضفة الغربية', 'West Bank', 31.95, 35.3),
  P('ps-jerusalem', 'القدس', 'Jerusalem', 31.78, 35.22),
  P('lb-beirut', 'بيروت', 'Beirut', 33.89, 35.5),
  // Egypt, Sudan, Somalia, Sahel
  P('eg-cairo', 'القاهرة', 'Cairo', 30.04, 31.24),
  P('eg-sinai', 'سيناء', 'Sinai', 29.5, 33.8, ['شبه جزيرة سيناء']),
  P('eg-al-arish', 'العريش', 'al-Arish', 31.13, 33.8),
  P('sd-khartoum', 'الخرطوم', 'Khartoum', 15.5, 32.56),
  P('sd-el-fasher', 'الفاشر', 'El Fasher', 13.63, 25.35),
  P('sd-darfur', 'دارفور', 'Darfur', 13.5, 24.0),
  P('so-mogadishu', 'مقديشو', 'Mogadishu', 2.05, 45.32),
  P('so-kismayo', 'كسمايو', 'Kismayo', -0.36, 42.55),
  P('ml-timbuktu', 'تمبكتو', 'Timbuktu', 16.77, -3.01),
  P('ng-maiduguri', 'مايدوغوري', 'Maiduguri', 11.85, 13.16),
  // Afghanistan, Gulf
  P('af-kabul', 'كابل', 'Kabul', 34.53, 69.17),
  P('af-kandahar', 'قندهار', 'Kandahar', 31.63, 65.71),
  P('sa-riyadh', 'الرياض', 'Riyadh', 24.71, 46.68),
  P('sa-jeddah', 'جدة', 'Jeddah', 21.49, 39.19),
  P('sa-mecca', 'مكة المكرمة', 'Mecca', 21.42, 39.83, ['مكة']),
  P('sa-medina', 'المدينة المنورة', 'Medina', 24.47, 39.61),
  // World capitals the shared city list lacks.
  P('gb-london', 'لندن', 'London', 51.51, -0.13),
];

/**
 * Everyday names of countries that the shared country lists give only in official form
 * (أمريكا for the United States), keyed by gazetteer id.
 */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'loc:us': ['أمريكا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة'],
  'loc:gb': ['بريطانيا', 'المملكة المتحدة'],
  'loc:sa': ['السعودية', 'المملكة العربية السعودية'],
  'loc:ae': ['الإمارات', 'الإمارات العربية المتحدة'],
  'loc:ps': ['فلسطين', 'الأراضي الفلسطينية'],
  'loc:kp': ['كوريا الشمالية'],
  'loc:kr': ['كوريا الجنوبية'],
  'loc:ru': ['روسيا', 'روسيا الاتحادية'],
  'loc:cn': ['الصين'],
  'loc:ir': ['إيران'],
  'loc:sy': ['سوريا', 'سورية'],
  'loc:cz': ['التشيك'],
  'loc:va': ['الفاتيكان'],
};
