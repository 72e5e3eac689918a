/**
 * Quotations attributed without a verb of saying:
 *  - signed after a dash: `"..." ― Sonya Herridge`, `"..." - the caption`: the dash is the cue and the name (up
 *    to five words, capitalised or initials) the source;
 *  - introduced by a name and a colon: `Kasich: "..."` (headline style), `... surprise pollster Daron Shaw: "..."`,
 *    `The note on the door: "..."`: the colon is the cue; the source is a noun phrase that starts the sentence
 *    (at most six words), else the run of capitalised words before the colon;
 *  - introduced by a verb of delivery and a colon: `someone left this on her car: "..."`, `the message they sent
 *    our page: "..."`: the verb is the cue and its subject the source (none after got or received: the subject
 *    is the one who was sent the words);
 *  - after a colon that ends any other clause, when nothing else attributes the quotation (`clauseColon`);
 *  - named by the word right before it: `a report titled "..."`, `the slogan "..."`, `chants of "..."` (`namedQuote`).
 */
import type { Attribution } from '../types.js';
import { isUpperAt } from './chars.js';
import type { RawQuote } from './quotes.js';
import { lowerBound } from './quotecue.js';
import { G_BOUNDARY, G_COLON, type Words } from './words.js';
import { DETERMINERS, FIRST_PERSON, NEEDS_THAT, PASSIVE_AUX, SOURCE_STOPS, SPEECH_VERBS, WRITTEN_NOUNS } from '../lexicon/cues.js';
import { phraseStart, sourceBefore } from './sources.js';

const DASHES = new Set([0x2015, 0x2014, 0x2013, 45]);

/**
 * A quotation signed after a dash: `"..." ― Sonya Herridge`, `"..." - the caption`: the dash is the cue and
 * the name (up to five words, capitalised or initials) the source.
 */
export function dashSource(text: string, after: number, limit: number): Attribution | undefined {
  let i = after;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160)) i++;
  if (i >= limit || !DASHES.has(text.charCodeAt(i))) return undefined;
  const dash = i;
  i++;
  while (i < limit && text.charCodeAt(i) === 32) i++;
  const m = /^(?:[A-Z][\p{L}'.-]*\s?){1,5}/u.exec(text.slice(i, Math.min(limit, i + 80)));
  if (!m) return undefined;
  const name = m[0].trimEnd().replace(/[.,]+$/, '');
  if (name.length < 2) return undefined;
  return { cue: { start: dash, end: dash + 1, text: text.slice(dash, dash + 1) }, source: { start: i, end: i + name.length, text: name } };
}

/** Interjections that open a post before its noun phrase (`lmao someone in my replies:`). */
const INTERJECTIONS = new Set(['lmao', 'lol', 'omg', 'wow', 'ok', 'okay', 'so', 'well', 'ugh', 'smh', 'bruh', 'yo', 'welp', 'lmfao', 'wtf']);
/** Indefinite pronouns that open a source (`someone in my replies:`, `somebody at work:`). */
const INDEFINITES = new Set(['someone', 'somebody', 'anyone', 'everyone', 'nobody']);

/** Lower-case words allowed inside a capitalised name run ("Secretary of State", "Ursula von der Leyen"). */
const NAME_JOINERS = new Set(['of', 'the', 'de', 'von', 'der', 'van', 'al', 'bin', 'la', 'du', 'da']);
const MAX_COLON_SOURCE = 6;

/** Words [a, b) of the text as a span. */
function wordsSpan(text: string, words: Words, a: number, b: number): { start: number; end: number; text: string } {
  const start = words.s[a] as number;
  const end = words.e[b - 1] as number;
  return { start, end, text: text.slice(start, end) };
}

/**
 * The colon right before quotation `q`: the index of the quotation's first word and the colon's offset, found
 * between the last word before the quotation and its opening mark (a bounded scan, never the text); else undefined.
 */
function colonBefore(text: string, words: Words, q: RawQuote): { k: number; colon: number } | undefined {
  const k = lowerBound(words.s, q.open);
  if (k === 0 || k >= words.n || ((words.gap[k] as number) & G_COLON) === 0) return undefined;
  let colon = -1;
  for (let i = words.e[k - 1] as number; i < q.open; i++) if (text.charCodeAt(i) === 58) colon = i;
  return colon < 0 ? undefined : { k, colon };
}


/** The colon introduction right before quotation `q` (no cue of its own), or undefined. */
export function colonSource(text: string, words: Words, q: RawQuote): Attribution | undefined {
  const at = colonBefore(text, words, q);
  if (!at) return undefined;
  const { k, colon } = at;
  const delivered = deliveryCue(text, words, k);
  if (delivered) return delivered;
  const e = k; // source words end before k
  let i = e - 1;
  while (i > 0 && e - i < MAX_COLON_SOURCE && ((words.gap[i] as number) & G_BOUNDARY) === 0) i--;
  const atStart = i === 0 || ((words.gap[i] as number) & G_BOUNDARY) !== 0;
  // `lmao someone in my replies:`: an interjection before the noun phrase is not part of it.
  while (atStart && i < e - 1 && INTERJECTIONS.has(words.w[i] as string)) i++;
  const fw = words.w[i] as string;
  let from = -1;
  if (atStart && e - i <= MAX_COLON_SOURCE && (DETERMINERS.has(fw) || INDEFINITES.has(fw) || isUpperAt(text, words.s[i] as number))) {
    from = i;
    for (let m = i; m < e; m++) if (SOURCE_STOPS.has(words.w[m] as string)) from = -1;
  }
  if (from < 0) {
    // The run of capitalised words before the colon.
    let m = e - 1;
    if (!isUpperAt(text, words.s[m] as number)) return undefined;
    while (m > 0 && e - m < MAX_COLON_SOURCE && ((words.gap[m] as number) & G_BOUNDARY) === 0
      && (isUpperAt(text, words.s[m - 1] as number) || (NAME_JOINERS.has(words.w[m - 1] as string) && m - 1 > 0 && isUpperAt(text, words.s[m - 2] as number)))) m--;
    from = m;
  }
  return { cue: { start: colon, end: colon + 1, text: ':' }, source: wordsSpan(text, words, from, e) };
}

/** Present-tense verbs of going on with speech that are no cue elsewhere (`then Wallnau continues:`). */
const GOING_ON = new Set(['continues', 'agrees', 'interjects', 'chimes', 'booms', 'thunders']);
/** Infinitives of saying after `to` (`interjected to say:`); `to` before anything else is a preposition. */
const SAY_INFINITIVES = new Set(['say', 'add', 'ask', 'write', 'declare', 'state', 'tell', 'warn', 'announce', 'explain', 'reply', 'note']);

/**
 * A clause ends at the colon right before quotation `q`, which has no cue of its own and no sentence attribution
 * to take (`Mahaney, an analyst at the bank, agreed:`, `interjected to say:`, `then Wallnau continues:`): the
 * quotation is direct speech. With a verb before the colon (a verb of saying, a word in -ed, one of GOING_ON, an
 * infinitive of saying; not after a determiner) whose subject is found, the verb is the cue and the subject the
 * source; when that subject is the author (`I replied:`) the quotation is left unattributed. Otherwise (`a new
 * campaign slogan:`, `then leaned in and boomed:` with no subject found) the colon is the cue and no source is
 * claimed.
 */
export function clauseColon(text: string, words: Words, q: RawQuote): Attribution | undefined {
  const at = colonBefore(text, words, q);
  if (!at || at.k < 2) return undefined;
  const { k, colon } = at;
  const v = k - 1;
  const w = words.w[v] as string;
  const infinitive = v > 1 && words.w[v - 1] === 'to' && SAY_INFINITIVES.has(w);
  const bare = { cue: { start: colon, end: colon + 1, text: ':' } };
  if (DETERMINERS.has(words.w[v - 1] as string)) return bare; // `the words:`, `in my replies:`
  if (!(SPEECH_VERBS.has(w) || NEEDS_THAT.has(w) || GOING_ON.has(w) || w.endsWith('ed') || infinitive)) return bare;
  const src = sourceBefore(text, words, infinitive ? v - 2 : v);
  if (!src || src[1] - src[0] < 1) return bare;
  if (src[1] - src[0] === 1 && FIRST_PERSON.has(words.w[src[0]] as string)) return undefined;
  return { cue: wordsSpan(text, words, v, v + 1), source: wordsSpan(text, words, src[0], src[1]) };
}

/** Verbs that hand over written words; the received ones name the recipient as subject. */
const DELIVERY = new Set(['left', 'sent', 'slipped', 'pinned', 'put', 'scrawled', 'painted', 'spray-painted', 'sprayed', 'stuck', 'dropped', 'mailed', 'delivered', 'forwarded', 'got', 'received']);
const RECEIVED = new Set(['got', 'received']);
const DELIVERED_OBJECTS = new Set(['this', 'that', 'these', 'following', 'it']);
const RECIPIENTS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
const MAX_DELIVERY_SPAN = 10;

/**
 * `someone left this on her car:` before the quotation whose first word is `k`: a verb of delivery at most ten
 * words before the colon, in the same clause, that hands over `this`/`that`/a written thing, or a written thing
 * that a pronoun sent (`the message they sent our page:`).
 */
function deliveryCue(text: string, words: Words, k: number): Attribution | undefined {
  for (let v = k - 1; v > 0 && k - v <= MAX_DELIVERY_SPAN; v--) {
    if (!DELIVERY.has(words.w[v] as string)) {
      if (((words.gap[v] as number) & G_BOUNDARY) !== 0) return undefined;
      continue;
    }
    let handed = false;
    for (let m = v + 1; m < k && m <= v + 3; m++) if (DELIVERED_OBJECTS.has(words.w[m] as string) || WRITTEN_NOUNS.has(words.w[m] as string)) handed = true;
    if (!handed && v >= 2 && WRITTEN_NOUNS.has(words.w[v - 2] as string) && words.w[v - 2] !== 'it') handed = true; // the message they sent
    if (!handed && v + 1 === k - 1 && RECIPIENTS.has(words.w[v + 1] as string)) handed = true; // what he sent me:
    if (!handed) return undefined;
    // `we got this`, `three editors had been sent the text`: the subject received the words.
    // The written thing, when named, speaks (`My daughter received an anonymous message:`, `an email they got:`).
    const cue = wordsSpan(text, words, v, v + 1);
    if (RECEIVED.has(words.w[v] as string) || PASSIVE_AUX.has(words.w[v - 1] as string)) return receivedThing(text, words, v, k, cue);
    const src = sourceBefore(text, words, v);
    return src ? { cue, source: wordsSpan(text, words, src[0], src[1]) } : { cue };
  }
  return undefined;
}

/** The source of received words: the written thing named after the verb or before its subject, else none. */
function receivedThing(text: string, words: Words, v: number, k: number, cue: Attribution['cue']): Attribution {
  let noun = -1;
  for (let m = v + 1; m < k && m <= v + 4 && noun < 0; m++) if (WRITTEN_NOUNS.has(words.w[m] as string) && words.w[m] !== 'it') noun = m;
  if (noun < 0 && v >= 2 && WRITTEN_NOUNS.has(words.w[v - 2] as string) && words.w[v - 2] !== 'it') noun = v - 2;
  if (noun < 0) return { cue };
  // Back to the noun's determiner (never over the verb), else the noun alone.
  let from = Math.max(phraseStart(words, noun, 3), noun > v ? v + 1 : 0);
  if (!DETERMINERS.has(words.w[from] as string)) from = noun;
  return { cue, source: wordsSpan(text, words, from, noun + 1) };
}

/** Words that name the quotation right after them (`titled "..."`, `the slogan "..."`, `the phrase "..."`). */
const NAMING_WORDS = new Set(['titled', 'entitled', 'headlined', 'slogan', 'slogans', 'motto', 'phrase', 'term', 'hashtag', 'chant', 'chants', 'refrain', 'catchphrase', 'headline', 'nickname']);
/** Nouns of crowd voice before `of` (`chants of "..."`, `cries of "..."`). */
const CRY_NOUNS = new Set(['chant', 'chants', 'cry', 'cries', 'shout', 'shouts', 'chorus', 'choruses', 'screams', 'yells', 'roars']);
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/**
 * A quotation named by the words right before it, with nothing but a space or a comma between: `a report titled
 * "..."`, `ran on the slogan "..."`, `her campaign slogan is "..."`, `chants of "..."`: those words are the cue;
 * no source is claimed (the namer is not always the speaker).
 */
export function namedQuote(text: string, words: Words, q: RawQuote): Attribution | undefined {
  const k = lowerBound(words.s, q.open);
  if (k < 1 || k > words.n) return undefined;
  for (let i = words.e[k - 1] as number; i < q.open; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 160) return undefined;
  }
  const w = (m: number): string => (m >= 0 ? (words.w[m] as string) : '');
  let a = -1;
  if (NAMING_WORDS.has(w(k - 1))) a = k - 1;
  else if (w(k - 1) === 'of' && CRY_NOUNS.has(w(k - 2))) a = k - 2;
  else if (COPULAS.has(w(k - 1)) && NAMING_WORDS.has(w(k - 2))) a = k - 2;
  if (a < 0) return undefined;
  for (let m = a + 1; m < k; m++) if (((words.gap[m] as number) & G_BOUNDARY) !== 0) return undefined;
  return { cue: wordsSpan(text, words, a, k) };
}
