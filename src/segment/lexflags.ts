/**
 * One lookup per word: which cue families a word can start. Words with no flag (most of them) are
 * skipped by the cue and scope passes, which keeps segmentation within its time budget.
 */
import {
  SPEECH_VERBS, NEEDS_THAT, COGNITION_VERBS, FRAME_PHRASES, SPEECH_PHRASES, ADVERBIAL_PHRASES, CONDEMN_WORDS, CONDEMN_PHRASES,
  HYPOTHETICAL_OPERATORS, FICTION_MARKERS, NEGATORS, NAMING_VERBS,
} from '../lexicon/cues.js';

export const F_ADVERBIAL = 1;
export const F_FRAME = 2;
export const F_SPEECH_PHRASE = 4;
export const F_SPEECH = 8;
export const F_READ = 16;
export const F_CONDEMN = 32;
export const F_HYP = 64;
export const F_NEG = 128;
export const F_IF = 256;
export const F_NAMING = 512;

const FLAGS = new Map<string, number>();
function add(words: Iterable<string>, f: number): void {
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | f);
}
const firsts = (phrases: readonly string[]): string[] => phrases.map((p) => p.split(' ')[0] as string);

add(firsts(ADVERBIAL_PHRASES), F_ADVERBIAL);
add(firsts(FRAME_PHRASES), F_FRAME);
add(firsts(SPEECH_PHRASES), F_SPEECH_PHRASE);
add(SPEECH_VERBS, F_SPEECH);
add(NEEDS_THAT, F_SPEECH);
add(COGNITION_VERBS, F_SPEECH);
add(['read', 'reads', 'reading', 'like'], F_READ); // F_READ: cues checked word by word (the message read, a sign reading, he's like "...")
add(CONDEMN_WORDS, F_CONDEMN);
add(firsts(CONDEMN_PHRASES), F_CONDEMN);
add(firsts(HYPOTHETICAL_OPERATORS), F_HYP);
add(FICTION_MARKERS, F_HYP);
add(['in', 'the', 'this', 'that'], F_HYP);
add(NEGATORS, F_NEG);
add(['if'], F_IF);
add(NAMING_VERBS, F_NAMING);

/** Cue-family flags of a lower-cased word. */
export function wordFlags(w: string): number {
  const f = FLAGS.get(w) ?? 0;
  return w.length > 3 && w.endsWith("n't") ? f | F_NEG : f;
}
