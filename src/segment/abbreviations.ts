/** Abbreviations that end with a period without ending the sentence (used on top of the raw cuts). */

/** Titles and honorifics: the next word is always part of the same sentence (Mr. Smith, Dr. Jones, St. Paul). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sgt', 'gen', 'col', 'lt', 'capt', 'cpt', 'cpl', 'pvt', 'rev',
  'sen', 'rep', 'gov', 'pres', 'supt', 'insp', 'det', 'cmdr', 'adm', 'maj', 'hon', 'fr', 'mt', 'messrs',
  'mme', 'mlle', 'atty', 'brig', 'lieut', 'ald', 'amb', 'treas', 'sra', 'srta',
]);

/** Month abbreviations: the sentence continues when a number or a lower-case word follows (Jan. 5). */
export const MONTHS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** General abbreviations: the sentence continues unless an ordinary sentence starter follows. */
export const GENERAL: ReadonlySet<string> = new Set([
  'etc', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'approx', 'dept', 'est', 'govt', 'assn', 'bros', 'no', 'nos',
  'vol', 'fig', 'ave', 'blvd', 'rd', 'hwy', 'ft', 'mins', 'min', 'hrs', 'hr', 'sec', 'yrs', 'cf', 'al',
  'ca', 'viz', 'ibid', 'op', 'pp', 'ed', 'eds', 'univ', 'int', 'natl', 'ph', 'tel', 'ext', 'dist', 'cal',
  'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);

/** Abbreviations that only continue before a number: No. 5, Nos. 3 and 4, Vol. 2, Art. 4. */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(['no', 'nos', 'vol', 'art', 'sec', 'ch', 'p', 'pp', 'fig', 'op']);

/** Words that usually begin a new sentence after an ambiguous abbreviation ("... in the U.S. The ..."). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but',
  'and', 'in', 'on', 'at', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'police', 'if',
  'when', 'after', 'before', 'as', 'so', 'then', 'however', 'meanwhile', 'according', 'officials', 'what',
  'why', 'how', 'who', 'where', 'no', 'yes', 'some', 'many', 'one', 'two', 'all', 'both', 'for', 'while',
]);
