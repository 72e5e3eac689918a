/**
 * Turning labelled documents into labelled training units (sentences and quotes), so that length is never a
 * label: a long article contributes sentences, not one "reporting" blob.
 *
 * Each unit may carry up to four targets (-1 = unknown), trained jointly (fit.ts):
 * - `t` own-voice threat (the product content x voice),
 * - `c` content: the unit's own words (nested quotations masked) would threaten someone if meant,
 * - `v` voice: the author asserts that content (only where the content is threatening),
 * - `r` topic: the unit is about threats or violence (reporting rather than benign).
 *
 * Gold spans decide where a source has them (seeds, written posts, toxic-spans, augmentation): a sentence
 * over a `threat` span is an own-voice threat (c=1, v=1); a quote unit over a `quoted_threat` span has
 * threatening content in someone else's voice (c=1, v=0); when the segmenter missed the quotation, the
 * sentence itself holds that content (c=1, v=0). Negated threats are threatening content the author
 * negates (c=1, v=0). Without spans, a weak rule applies (threat documents: sentences with a violent
 * predicate or threat construction; reporting documents: every sentence t=0; benign documents: c=0).
 */
import { extractDoc, type TowerInput, type UnitInput } from '../features.js';
import { CONTENT_DENSE_NAMES } from '../frame.js';
import type { FeatureConfig } from '../schemas.js';
import type { GoldSpan, LabelledDoc } from './types.js';

export interface TrainUnit {
  content: TowerInput;
  voice: TowerInput;
  /** Targets, -1 when unknown. */
  t: number;
  c: number;
  v: number;
  r: number;
  weight: number;
  source: string;
  docId: string;
  group: string;
  kind: 'sentence' | 'quote';
  /** Tokens in the unit (a unit without any is never scored). */
  tokens: number;
}

const dense = (name: (typeof CONTENT_DENSE_NAMES)[number]): number => CONTENT_DENSE_NAMES.indexOf(name);
const C_VIOLENT = dense('c_violent_any');
const C_STRONG = dense('c_violent_strong');
const C_CONSTRUCTION = dense('c_construction');

/** Groups whose units have no threatening content at all (violent words at objects, games, idioms, abuse, chat). */
const NO_CONTENT_GROUPS = new Set([
  'object-target', 'benign-intent', 'idiom', 'abuse-no-threat', 'benign-chat', 'judicial', 'self-harm', 'news-lead',
  'objects', 'idiom', 'sport', 'games', 'ambition', 'self', 'abuse', 'chat', 'legal', 'neutral', 'innocent-knowledge',
  'news-short', 'casual-reporting', 'banter', 'template-neutral', 'template-abuse', 'template-news',
  // Written rows whose every quotation and sentence not listed as a threat was checked to be non-threatening.
  'quotes-checked',
]);
/** Groups whose violent sentences are threatening content negated or refused by the author. */
const NEGATED_GROUPS = new Set(['negated', 'template-negated']);

function overlap(u: { start: number; end: number }, s: GoldSpan): number {
  return Math.min(u.end, s.end) - Math.max(u.start, s.start);
}

function covers(u: { start: number; end: number }, s: GoldSpan): boolean {
  const o = overlap(u, s);
  return o > 0 && (o >= 0.5 * (s.end - s.start) || o >= 0.5 * (u.end - u.start));
}

export interface UnitOptions {
  /** At most this many sentence units per document (evenly spaced), to keep long sources in proportion. */
  maxSentencesPerDoc: number;
  /** Sentences of news and press releases (reporting documents without spans) have no threatening content. */
  newsContentZero?: boolean;
}

const violentish = (u: UnitInput): boolean =>
  (u.content.dense[C_VIOLENT] ?? 0) > 0 || (u.content.dense[C_CONSTRUCTION] ?? 0) > 0 || (u.content.dense[C_STRONG] ?? 0) > 0;

export function unitsOfDoc(doc: LabelledDoc, config: FeatureConfig, opts: UnitOptions): TrainUnit[] {
  const ex = extractDoc(doc.text, doc.kind, config);
  const out: TrainUnit[] = [];
  const group = doc.group ?? '';
  const push = (u: UnitInput, t: number, c: number, v: number, r: number, weight: number): void => {
    out.push({ content: u.content, voice: u.voice, t, c, v, r, weight, source: doc.source, docId: doc.id, group, kind: u.kind, tokens: u.tokens });
  };
  const sentences = ex.units.filter((u) => u.kind === 'sentence');
  const quotes = ex.units.filter((u) => u.kind === 'quote');
  const step = Math.max(1, sentences.length / opts.maxSentencesPerDoc);
  const keep = new Set<number>();
  for (let i = 0; i < sentences.length; i += step) keep.add(Math.floor(i));
  const topicKnown = !doc.topicUnknown;
  const noContent = NO_CONTENT_GROUPS.has(group);

  if (doc.spans) {
    const spans = doc.spans;
    const threats = spans.filter((s) => s.label === 'threat');
    const quoted = spans.filter((s) => s.label === 'quoted_threat');
    const reportingSpans = spans.filter((s) => s.label === 'reporting' || s.label === 'quoted_threat');
    sentences.forEach((u, i) => {
      if (!keep.has(i)) return;
      const r = reportingSpans.some((s) => covers(u, s)) ? 1 : topicKnown && doc.label !== 'threat' ? 0 : -1;
      if (threats.some((s) => covers(u, s))) {
        push(u, 1, 1, 1, -1, 1);
        return;
      }
      const mine = quoted.filter((s) => overlap(u, s) > 0);
      if (mine.length > 0) {
        // Is each quoted threat of this sentence found as a quote unit? Then the sentence's own words are not it.
        const found = mine.every((s) => quotes.some((q) => q.parent === i && covers(q, s)));
        push(u, 0, found ? 0 : 1, found ? -1 : 0, 1, found ? 0.5 : 1);
        return;
      }
      if (NEGATED_GROUPS.has(group) && violentish(u)) {
        push(u, 0, 1, 0, 1, 1);
        return;
      }
      // A sentence of a threat document not marked as the threat: most likely calm, but the writer may have
      // marked only the clearest sentence of a two-sentence threat. Elsewhere, a sentence without a violent
      // word has no threatening content.
      const w = doc.label === 'threat' ? 0.3 : 1;
      push(u, 0, noContent || (doc.label !== 'threat' && !violentish(u)) ? 0 : -1, -1, r, w);
    });
    for (const q of quotes) {
      if (q.parent !== undefined && !keep.has(q.parent)) continue;
      if (threats.some((s) => covers(q, s))) push(q, 1, 1, 1, -1, 1);
      else if (quoted.some((s) => covers(q, s))) push(q, 0, 1, 0, 1, 1);
      else push(q, 0, noContent || !violentish(q) ? 0 : -1, -1, -1, 0.5);
    }
    return out;
  }
  if (doc.label === 'threat') {
    const hot = sentences.map(violentish);
    const any = hot.some(Boolean);
    sentences.forEach((u, i) => {
      if (!keep.has(i)) return;
      if (!any) push(u, 1, 1, 1, -1, 0.5);
      else if (hot[i]) push(u, 1, 1, 1, -1, 1);
      else push(u, 0, -1, -1, -1, 0.3);
    });
    for (const q of quotes) if (q.parent === undefined || keep.has(q.parent)) push(q, 0, -1, -1, -1, 0.3);
    return out;
  }
  if (doc.label === 'reporting') {
    // News and press releases: no sentence is the author's threat; one without a violent word has no
    // threatening content either (with one, its content is unknown: it may paraphrase a threat).
    sentences.forEach((u, i) => {
      if (!keep.has(i)) return;
      const about = u.attribution !== undefined || violentish(u) || sentences.length <= 2;
      // Narration of violence ("some were struck with rifle butts") is not threatening content either; a
      // paraphrased threat sits in a reported complement, masked out of the sentence's own content.
      const c = noContent || !violentish(u) || opts.newsContentZero ? 0 : -1;
      push(u, 0, c, -1, topicKnown ? (about ? 1 : 0) : -1, about ? 1 : 0.5);
    });
    // Quotes in reporting: someone else's words, never the author's voice.
    for (const q of quotes) if (q.parent === undefined || keep.has(q.parent)) push(q, 0, violentish(q) ? -1 : 0, violentish(q) ? 0 : -1, -1, 0.5);
    return out;
  }
  sentences.forEach((u, i) => keep.has(i) && push(u, 0, 0, -1, topicKnown ? 0 : -1, 1));
  for (const q of quotes) if (q.parent === undefined || keep.has(q.parent)) push(q, 0, 0, -1, topicKnown ? 0 : -1, 0.5);
  return out;
}
