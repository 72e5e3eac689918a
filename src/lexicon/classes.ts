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
  number: 17, symbol: 18, weapon: 19, conjunction: 20, be: 21,
} as const;

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'all', 'some', 'any', 'each', 'his', 'her', 'their', 'its']);
const PREPOSITIONS = new Set(['to', 'at', 'in', 'on', 'for', 'with', 'from', 'into', 'by', 'of', 'off', 'up', 'down', 'out', 'over', 'after']);
const CONDITIONS = new Set(['if', 'unless', 'until', 'when', 'once', 'or', 'otherwise', 'else', 'next']);
const TIMES = new Set(['tonight', 'tomorrow', 'today', 'soon', 'now', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'week', 'weekend', 'morning', 'night', 'hour', 'day', 'midnight', 'noon']);
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'because', 'then', 'while', 'than']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'm', 're', 's']);

/** Class of a token from its normalised form and surface (capitalisation marks names mid-sentence). */
export function wordClass(form: string, surface: string, sentenceInitial: boolean): number {
  if (NEGATORS.has(form) || form === 't' || form === 'never' || form === 'no') return WORD_CLASS.negation;
  if (FIRST_PERSON.has(form)) return WORD_CLASS.first;
  if (SECOND_PERSON.has(form)) return WORD_CLASS.second;
  if (THIRD_PERSON.has(form)) return WORD_CLASS.third;
  if (INTENTION_MODALS.has(form)) return WORD_CLASS.intent;
  if (NORMATIVE_MODALS.has(form)) return WORD_CLASS.normative;
  if (STRONG_VIOLENT.has(form)) return WORD_CLASS.violentStrong;
  if (VIOLENT_PREDICATES.has(form)) return WORD_CLASS.violentWeak;
  if (VIOLENT_OBJECT_WORDS.has(form)) return WORD_CLASS.weapon;
  if (ANIMATE_TARGETS.has(form)) return WORD_CLASS.animate;
  if (HARMLESS_OBJECTS.has(form)) return WORD_CLASS.harmless;
  if (DETERMINERS.has(form)) return WORD_CLASS.determiner;
  if (PREPOSITIONS.has(form)) return WORD_CLASS.preposition;
  if (CONDITIONS.has(form)) return WORD_CLASS.condition;
  if (TIMES.has(form)) return WORD_CLASS.time;
  if (CONJUNCTIONS.has(form)) return WORD_CLASS.conjunction;
  if (BE.has(form)) return WORD_CLASS.be;
  const c = form.charCodeAt(0);
  if (form.startsWith('<n')) return WORD_CLASS.number;
  if (!(c >= 97 && c <= 122) && !(c >= 0xc0)) return WORD_CLASS.symbol;
  const s = surface.charCodeAt(0);
  if (!sentenceInitial && s >= 65 && s <= 90) return WORD_CLASS.name;
  return WORD_CLASS.word;
}
