/**
 * Coarse word classes for "shape" n-grams: the structure of a clause (speaker, modal, violent
 * predicate, target) with the filler words abstracted away, so that a threat said with words or in
 * a sentence frame never seen in training still looks like a threat.
 */
import { NEGATORS } from './cues.js';
import {
  ANIMATE_TARGETS,
  FIRST_PERSON,
  HARMLESS_OBJECTS,
  INTENTION_MODALS,
  NORMATIVE_MODALS,
  SECOND_PERSON,
  STRONG_VIOLENT,
  THIRD_PERSON,
  VIOLENT_OBJECT_WORDS,
  VIOLENT_PREDICATES,
} from './violence.js';

export const WORD_CLASS = {
  pad: 0, word: 1, first: 2, second: 3, third: 4, intent: 5, normative: 6, negation: 7, violentStrong: 8,
  violentWeak: 9, animate: 10, harmless: 11, determiner: 12, preposition: 13, condition: 14, time: 15, name: 16,
  number: 17, symbol: 18, weapon: 19, conjunction: 20, be: 21, group: 22,
} as const;

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'all', 'some', 'any', 'each', 'his', 'her', 'their', 'its']);
const PREPOSITIONS = new Set(['to', 'at', 'in', 'on', 'for', 'with', 'from', 'into', 'by', 'of', 'off', 'up', 'down', 'out', 'over', 'after']);
const CONDITIONS = new Set(['if', 'unless', 'until', 'when', 'once', 'or', 'otherwise', 'else', 'next']);
const TIMES = new Set(['tonight', 'tomorrow', 'today', 'soon', 'now', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'week', 'weekend', 'morning', 'night', 'hour', 'day', 'midnight', 'noon']);
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'because', 'then', 'while', 'than']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'm', 're', 's']);

/** Lexicon classes in priority order (the first list a word is in wins), folded into one lookup. */
const LEXICON = new Map<string, number>();
const add = (words: Iterable<string>, cls: number): void => {
  for (const w of words) if (!LEXICON.has(w)) LEXICON.set(w, cls);
};
add([...NEGATORS, 't', 'never', 'no'], WORD_CLASS.negation);
add(FIRST_PERSON, WORD_CLASS.first);
add(SECOND_PERSON, WORD_CLASS.second);
add(THIRD_PERSON, WORD_CLASS.third);
add(INTENTION_MODALS, WORD_CLASS.intent);
add(NORMATIVE_MODALS, WORD_CLASS.normative);
add(STRONG_VIOLENT, WORD_CLASS.violentStrong);
add(VIOLENT_PREDICATES, WORD_CLASS.violentWeak);
add(VIOLENT_OBJECT_WORDS, WORD_CLASS.weapon);
add(ANIMATE_TARGETS, WORD_CLASS.animate);
add(HARMLESS_OBJECTS, WORD_CLASS.harmless);
add(DETERMINERS, WORD_CLASS.determiner);
add(PREPOSITIONS, WORD_CLASS.preposition);
add(CONDITIONS, WORD_CLASS.condition);
add(TIMES, WORD_CLASS.time);
add(CONJUNCTIONS, WORD_CLASS.conjunction);
add(BE, WORD_CLASS.be);

/** Class of a token from its normalised form and surface (capitalisation marks names mid-sentence). */
export function wordClass(form: string, surface: string, sentenceInitial: boolean): number {
  const known = LEXICON.get(form);
  if (known !== undefined) return known;
  const c = form.charCodeAt(0);
  if (form.startsWith('<n')) return WORD_CLASS.number;
  if (!(c >= 97 && c <= 122) && !(c >= 0xc0)) return WORD_CLASS.symbol;
  const s = surface.charCodeAt(0);
  if (!sentenceInitial && s >= 65 && s <= 90) return WORD_CLASS.name;
  return WORD_CLASS.word;
}
