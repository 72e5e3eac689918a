/**
 * Reporting cues of a sentence (one sentence at a time, over `Words`): speech verbs (said, told, wrote, posted,
 * warned, threatened to, vowed to ...), any past-tense verb between a named subject and a quotation ("Clinton
 * cracked, "...""), "X read" after a written-message noun (the message read, a sign reading), frames (charged
 * with, accused of, arrested for) and adverbials (according to, in a statement, allegedly, reportedly), each with
 * its source (segment/sources.ts). A cue whose source is I/we is the author speaking, not reporting: no
 * attribution, no reported scope ("I told you I will kill you"). Complements: segment/complement.ts; which cue
 * a marked quotation takes: segment/quotecue.ts.
 */
import type { Attribution, TextRange } from '../types.js';
import {
  NEEDS_THAT, COGNITION_VERBS, INVERTIBLE, TO_INCLUDED, FRAME_PHRASES, SPEECH_PHRASES, ADVERBIAL_PHRASES, WRITTEN_NOUNS,
  FIRST_PERSON, SUBJECT_PRONOUNS, OBJECT_PRONOUNS, OBJECT_NOUNS, DETERMINERS, BE_PASSIVE_AUX, PASSIVE_AUX, NAMING_NOUN_FORMS, phraseIndex,
} from '../lexicon/cues.js';
import { G_COLON, G_COMMA, G_DASH, G_PAREN, G_QUOTE, G_SEMI, G_TERM, gapAt, isBoundaryBefore, matchIndex, type Words } from './words.js';
import { isUpperAt } from './chars.js';
import { F_ADVERBIAL, F_FRAME, F_SPEECH_PHRASE, F_SPEECH, F_READ, F_NAMING } from './lexflags.js';
import { PRONOUN_SOURCES, SECOND_PERSON, TIME_WORDS, RELATIVES, postQuoteSubject, sourceAfter, sourceBefore, writtenSubject } from './sources.js';
import { dialogueTag, shareCoordinatedSources } from './tags.js';

const CUE_FLAGS = F_ADVERBIAL | F_FRAME | F_SPEECH_PHRASE | F_SPEECH | F_READ | F_NAMING;

const FRAMES = phraseIndex(FRAME_PHRASES);
const SPEECH_PHR = phraseIndex(SPEECH_PHRASES);
const ADVERBIALS = phraseIndex(ADVERBIAL_PHRASES);

export type CueKind = 'speech' | 'frame' | 'adverbial' | 'according';

export interface Cue {
  /** Word range of the cue phrase. */
  k0: number;
  k1: number;
  kind: CueKind;
  verb: string;
  /** Word range of the source, when found. */
  src?: [number, number];
  /** Source follows the cue ("said the suspect", "according to police"). */
  srcAfter: boolean;
  /** The source is I/we: the author speaking, not a report. */
  first: boolean;
  /** The cue sits in a relative clause ("a man who threatened to ... was sentenced"). */
  relative?: boolean;
  /** A quotation or a colon introduction follows the cue (after a short adjunct), or a quotation precedes it. */
  introduces?: boolean;
  /** A gerund after a comma ("..., saying: ..."): it reports the main clause's subject, which may go unnamed. */
  gerund?: boolean;
  /** A passive cue's agent ("was told by X that"): the source, and the complement starts at this word. */
  agentEnd?: number;
  /** A verb of naming ("called Trump "unhinged""): it attributes the quotation after its object, nothing else. */
  naming?: boolean;
  /** A dialogue tag after a quotation (`"...," Trump barked`): it attributes that quotation, nothing else. */
  tag?: boolean;
}

/** The most words of an object between a verb of naming and the quotation it introduces. */
export const MAX_NAMED_OBJECT = 8;

/** Does a quotation open within MAX_NAMED_OBJECT words after word k1, inside the clause? */
function quoteAfterObject(words: Words, k1: number): boolean {
  for (let m = k1; m < words.n && m <= k1 + MAX_NAMED_OBJECT; m++) {
    const g = gapAt(words, m);
    if ((g & G_QUOTE) !== 0 && words.q[m] !== words.q[k1 - 1]) return (g & (G_TERM | G_SEMI | G_COLON)) === 0;
    if ((g & (G_TERM | G_SEMI | G_COLON | G_COMMA | G_PAREN | G_DASH)) !== 0 && m > k1) return false;
  }
  return false;
}

/**
 * Does a quotation or a colon introduction follow the cue ending at word k1, after at most a short adjunct
 * ("warns in Arabic:", "said in a statement on Tuesday:", "wrote on Telegram late on Friday:")?
 */
function introducesAfter(words: Words, k1: number, trailingColon: boolean): boolean {
  let addressee = false;
  for (let m = k1; m <= k1 + 6; m++) {
    // Past the last word only a trailing colon (checked by the caller) can introduce.
    const g = m < words.n ? gapAt(words, m) : 0;
    if (m > k1 && (g & G_TERM) !== 0) return false;
    if ((g & G_COLON) !== 0 || ((g & G_QUOTE) !== 0 && (!addressee || (g & G_COMMA) !== 0))) return true;
    if (m >= words.n) return trailingColon;
    const w = words.w[m] as string;
    // The first word after the cue opens an adjunct or names an addressee ("warns police:", "told him:"); after an
    // article or possessive the quotation must follow a comma or colon (`told his supporters, "..."`, not
    // `announced its "Person of the Year"`).
    if (m === k1 && !INTRO_ADJUNCT_OPENERS.has(w) && !TIME_WORDS.has(w) && !OBJECT_PRONOUNS.has(w) && !OBJECT_NOUNS.has(w)) {
      if (!ADDRESSEE_OPENERS.has(w)) return false;
      addressee = true;
    }
  }
  return false;
}

/** Words that may open the short adjunct between a cue and the quotation or colon it introduces. */
const INTRO_ADJUNCT_OPENERS = new Set(['in', 'on', 'via', 'at', 'late', 'early', 'this', 'the']);
/** Articles and possessives that open an addressee before a comma and a quotation (`told his supporters, "..."`). */
const ADDRESSEE_OPENERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const QUOTATIVE_BE = new Set(['was', 'is', 'were', 'are', 'be', "he's", "she's", "they're", "i'm", "we're", "you're", 'im', 'hes', 'shes', 'theyre', 'just', 'all', 'like']);

/** Auxiliaries of a passive verb of naming. */
const NAMING_PASSIVE = new Set([...PASSIVE_AUX, 'getting', "it's", "that's", "he's", "she's", "i'm", "you're", "we're", "they're", 'im', 'its', 'thats']);

/** Words after which a cue-like form is a noun: "the messages", "his posts", "a text". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'several', 'many', 'every', 'each', 'another']);

/** Reporting cues of a sentence, in order. */
export function findCues(text: string, words: Words, afterQuote = false): Cue[] {
  const cues: Cue[] = [];
  const n = words.n;
  // A colon after the last word ("Cruz continued:") introduces what follows the sentence.
  let trailingColon = false;
  if (n > 0) {
    for (let i = words.e[n - 1] as number; i < text.length && i < (words.e[n - 1] as number) + 8; i++) {
      const c = text.charCodeAt(i);
      if (c === 58) { trailingColon = true; break; }
      if (c !== 32 && c !== 9 && c !== 34 && c !== 0x201d && c !== 0x2019 && c !== 41) break;
    }
  }
  // Dialogue tags follow a quotation inside the sentence: without a quoted word there is none to look for.
  let quoted = false;
  for (let k = 0; k < n && !quoted; k++) quoted = (words.q[k] as number) >= 0;
  for (let k = 0; k < n; k++) {
    let tagOnly = false;
    const fl = words.f[k] as number;
    if ((fl & CUE_FLAGS) === 0) {
      // Any past-tense verb between a named or pronoun subject and a quotation after a comma or colon:
      // "Hillary Clinton cracked, "..."", "Trump emphasized: "..."".
      if (k + 1 < n && (gapAt(words, k + 1) & G_QUOTE) !== 0 && (gapAt(words, k + 1) & (G_COMMA | G_COLON)) !== 0 && words.q[k] === words.q[k - 1]
        && (words.w[k] as string).endsWith('ed') && !isUpperAt(text, words.s[k] as number) && k > 0 && !isBoundaryBefore(words, k)) {
        const src = sourceBefore(text, words, k);
        const hw = src ? (words.w[src[1] - 1] as string) : '';
        if (src && src[1] === k && (PRONOUN_SOURCES.has(hw) || FIRST_PERSON.has(hw) || isUpperAt(text, words.s[src[1] - 1] as number))) {
          cues.push({ k0: k, k1: k + 1, kind: 'speech', verb: words.w[k] as string, src, srcAfter: false, first: FIRST_PERSON.has(hw), introduces: true });
        }
      } else if (quoted) {
        const tag = dialogueTag(text, words, k);
        if (tag) cues.push(tag);
      }
      continue;
    }
    const w = words.w[k] as string;
    let len = 0;
    let kind: CueKind | undefined;
    let naming = false;
    if ((fl & F_ADVERBIAL) !== 0 && (len = matchIndex(words, k, ADVERBIALS)) > 0) kind = w === 'according' ? 'according' : 'adverbial';
    else if ((fl & F_FRAME) !== 0 && (len = matchIndex(words, k, FRAMES)) > 0) kind = 'frame';
    else if ((fl & F_SPEECH_PHRASE) !== 0 && (len = matchIndex(words, k, SPEECH_PHR)) > 0) kind = 'speech';
    else if ((fl & F_SPEECH) !== 0) {
      // After an article or possessive, a form like "messages" or "posts" is a noun ("described the messages").
      if (k > 0 && NOUN_MARKERS.has(words.w[k - 1] as string) && !isBoundaryBefore(words, k)) continue;
      // Right after a quotation, or after a short subject that follows one (`"...," he answered`).
      let quoteBefore = k > 0 && (gapAt(words, k) & G_QUOTE) !== 0;
      if (!quoteBefore && k > 0 && !isBoundaryBefore(words, k)) {
        const pq = postQuoteSubject(text, words, k);
        quoteBefore = pq !== undefined && k - pq[0] <= 4;
      }
      const toFollows = TO_INCLUDED.has(w) && words.w[k + 1] === 'to'; // headline "Gang threatens to ..."
      const last = k + 1 === n && k > 0 && k <= 4; // "Marta asked." after a quotation that ended the sentence before
      // `"...?" Obama asked Republican politicians.`: right after a sentence that ended with a closed quotation; such
      // a verb tags that quotation and reports nothing after it.
      if (!quoteBefore && afterQuote && k > 0 && k <= 6 && NEEDS_THAT.has(w) && words.w[k + 1] !== 'that') {
        quoteBefore = true;
        tagOnly = true;
      }
      if ((NEEDS_THAT.has(w) || COGNITION_VERBS.has(w)) && words.w[k + 1] !== 'that' && !toFollows && !last && !quoteBefore && !introducesAfter(words, k + 1, trailingColon)) {
        // Cognition verbs also take a bare clause after a subject pronoun: "he thinks we should ...".
        if (!(COGNITION_VERBS.has(w) && SUBJECT_PRONOUNS.has(words.w[k + 1] as string))) continue;
      }
      kind = 'speech';
      len = 1;
      if (TO_INCLUDED.has(w) && words.w[k + 1] === 'to' && !isBoundaryBefore(words, k + 1)) len = 2;
    } else if ((fl & F_NAMING) !== 0) {
      if (!quoteAfterObject(words, k + 1)) continue;
      // A passive names a thing, it reports no one ("the colour is called "Oat Milk"", "got called "X" by a dude").
      if (k > 0 && NAMING_PASSIVE.has(words.w[k - 1] as string)) continue;
      if (NAMING_NOUN_FORMS.has(w) && !(k > 0 && !isBoundaryBefore(words, k) && (PRONOUN_SOURCES.has(words.w[k - 1] as string) || isUpperAt(text, words.s[k - 1] as number)))) continue;
      kind = 'speech';
      len = 1;
      naming = true;
    } else if (w === 'like' && k > 0 && QUOTATIVE_BE.has(words.w[k - 1] as string) && ((gapAt(words, k + 1) & (G_QUOTE | G_COLON)) !== 0)) {
      // Quotative "like" before a quotation: "he's like 'i'm gonna end you'", "she was like: ...".
      kind = 'speech';
      len = 1;
    } else if ((w === 'read' || w === 'reads') && (k === 0 || isBoundaryBefore(words, k)) && DETERMINERS.has(words.w[k + 1] as string)) {
      // Inverted: `"...," read the message`.
      let j = k + 2;
      if (j < words.n && !WRITTEN_NOUNS.has(words.w[j] as string)) j++;
      if (j >= words.n || !WRITTEN_NOUNS.has(words.w[j] as string)) continue;
      cues.push({ k0: k, k1: k + 1, kind: 'speech', verb: w, src: [k + 1, j + 1], srcAfter: true, first: false });
      continue;
    } else if ((w === 'read' || w === 'reads' || w === 'reading') && k > 0 && !isBoundaryBefore(words, k)) {
      // "the message read", "the handwritten note reads", "a sign reading", "graffiti on the wall read".
      const src = writtenSubject(words, k, w !== 'reading');
      if (!src) continue;
      cues.push({ k0: k, k1: k + 1, kind: 'speech', verb: w, src, srcAfter: false, first: false, introduces: introducesAfter(words, k + 1, trailingColon) });
      continue;
    }
    if (kind === undefined) continue;
    const k1 = k + len;
    const cue: Cue = { k0: k, k1, kind, verb: w, srcAfter: false, first: false };
    if (naming) cue.naming = true;
    if (tagOnly) cue.tag = true;
    if (kind === 'speech' && (introducesAfter(words, k1, trailingColon) || (k > 0 && (gapAt(words, k) & G_QUOTE) !== 0))) cue.introduces = true;
    if (kind === 'speech' && w.endsWith('ing') && k > 0 && (gapAt(words, k) & G_COMMA) !== 0) cue.gerund = true;
    if (kind === 'according') {
      const src = sourceAfter(text, words, k1, true);
      if (src) {
        cue.src = src;
        cue.srcAfter = true;
      }
    } else if (kind === 'speech' && k > 0 && BE_PASSIVE_AUX.has(words.w[k - 1] as string) && words.w[k1] === 'by' && !isBoundaryBefore(words, k1)) {
      // A passive with its agent: "the journalist had been told by a police officer that ...": the agent speaks,
      // and the clause starts after it.
      const src = sourceAfter(text, words, k1 + 1, false);
      if (src) {
        cue.src = src;
        cue.agentEnd = src[1];
      }
    } else if (kind === 'speech' || kind === 'frame') {
      let src = sourceBefore(text, words, k);
      if (!src && kind === 'speech' && INVERTIBLE.has(w) && (k === 0 || isBoundaryBefore(words, k))) {
        // Right after a quotation any noun phrase may follow: `"...," says far-right chat group`.
        const quoteBefore = k > 0 && (gapAt(words, k) & G_QUOTE) !== 0;
        src = sourceAfter(text, words, k1, quoteBefore);
        // Without a quotation before it, an inverted cue closes a clause (`Prices will rise, said the minister.`):
        // its source ends the sentence or a comma or colon follows it (`Said Ellis: "..."`; not `..., a
        // photographer, said the convention was`).
        if (src && !quoteBefore && src[1] < words.n && (gapAt(words, src[1]) & (G_TERM | G_SEMI | G_COMMA | G_COLON)) === 0) src = undefined;
        if (src) cue.srcAfter = true;
      }
      if (src) cue.src = src;
      if (src && !cue.srcAfter && src[1] === k - 1 && (RELATIVES.has(words.w[k - 1] as string) || words.w[k - 1] === 'that')) cue.relative = true;
    }
    // "you say" addresses the reader ("say what you want", "if you say so"): not a report.
    if (w === 'say' && (!cue.src || SECOND_PERSON.has(words.w[cue.src[1] - 1] as string))) continue;
    // A verb of naming reports only with a named or third-person subject ("call it "peace"" is not a report).
    if (naming && (!cue.src || cue.srcAfter)) continue;
    if (cue.src) {
      const [a, b] = cue.src;
      const headWord = words.w[cue.srcAfter ? a : b - 1] as string;
      cue.first = FIRST_PERSON.has(headWord) || (b - a === 1 && FIRST_PERSON.has(words.w[a] as string));
    }
    cues.push(cue);
    k = k1 - 1;
  }
  shareCoordinatedSources(words, cues);
  return cues;
}

function range(text: string, s: number, e: number): TextRange {
  return { start: s, end: e, text: text.slice(s, e) };
}

export function toAttribution(text: string, words: Words, cue: Cue): Attribution {
  const a: Attribution = { cue: range(text, words.s[cue.k0] as number, words.e[cue.k1 - 1] as number) };
  if (cue.src) a.source = range(text, words.s[cue.src[0]] as number, words.e[cue.src[1] - 1] as number);
  return a;
}
