/**
 * Feature extraction for sentence and quote units, in two views (pure and synchronous; no tensors here):
 *
 * - **content**: what the unit says, whoever says it. The unit's own words with every nested quotation and
 *   reported complement replaced by one placeholder, no scope marks, identity-group words folded into one
 *   token. Hashed word 1-2-grams, char 3-4-grams and word-class 2-3-grams, plus dense content features.
 * - **voice**: who says it. Every token of the unit with its scope (own, quoted, reported, negated,
 *   hypothetical), reduced to the voice vocabulary (function words, cues, frame nouns) or else to its word
 *   class, hashed as 1-3-grams; the attribution cue and source of a quote are prepended in their own scope;
 *   plus dense voice features. Only explicit local relations reach across sentences (a sentence ending in a
 *   colon introduces the next one; "that's what he said" re-frames the previous one): document statistics
 *   are never features, so an unrelated sentence cannot change a unit's scores.
 */
import { hashByte, hashFinish, hashRange, hashStart, hashString } from './hash.js';
import { GROUP_TOKEN, markGroups } from './lexicon/groups.js';
import { WORD_CLASS, wordClass } from './lexicon/classes.js';
import { VOICE_WORDS } from './lexicon/voice.js';
import { contentDense, lexBits, voiceDense, CONTENT_DENSE_NAMES, VOICE_DENSE_NAMES, type UnitView } from './frame.js';
import type { FeatureConfig, TextKind } from './schemas.js';
import { segment } from './segment.js';
import { CACHE_SLAB, UNIT_SLAB } from './slab.js';
import { tokenize } from './tokenize.js';
import type { Attribution, QuoteSegment, ScopeRange, Segmentation, SentenceSegment, Token } from './types.js';

export { CONTENT_DENSE_NAMES, VOICE_DENSE_NAMES };
export { DEFAULT_FEATURE_CONFIG } from './config.js';

/** Scope codes used in hashing; 0 = the author's own voice, 5 = a quote's cue and source. */
export const SCOPE_CODE = { own: 0, quote: 1, reported: 2, negated: 3, hypothetical: 4, frame: 5 } as const;
const PRIORITY: Record<ScopeRange['scope'], number> = { hypothetical: 1, negated: 2, reported: 3, quote: 4 };
const MAX_CHAR_TOKEN = 24;
const GAP = '<q>';

/** One view of a unit: hashed ids (mean-pooled embedding rows) and dense features. */
export interface TowerInput {
  ids: Int32Array;
  dense: Float32Array;
  /**
   * The same ids grouped for the engine (content view only, and only when `ids` was not capped): per token the
   * array of its context-free ids, one shared array per distinct form (so per-form sums can be cached), and the
   * position-dependent ids (word bigrams, class n-grams). Together they hold exactly the ids of `ids`.
   */
  statics?: Int32Array[];
  dynamic?: Int32Array;
}

export interface UnitInput {
  kind: 'sentence' | 'quote';
  start: number;
  end: number;
  /** For quotes: index of the enclosing sentence unit. */
  parent?: number;
  attribution?: Attribution;
  /** Word and emoji tokens in the unit (0 for a line of punctuation such as "* * *": it says nothing). */
  tokens: number;
  content: TowerInput;
  voice: TowerInput;
}

export interface ExtractedDoc {
  seg: Segmentation;
  tokens: Token[];
  units: UnitInput[];
}

/** First token index whose start >= pos (tokens are sorted). */
function lowerBound(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scope code of every token in [from, to), painting the given ranges in priority order so that
 * the innermost kind wins (quote > reported > negated > hypothetical).
 */
export function paintScopes(tokens: Token[], from: number, to: number, ranges: ScopeRange[]): Uint8Array {
  const out = new Uint8Array(to - from);
  if (ranges.length === 0) return out;
  const sorted = ranges.length > 1 ? [...ranges].sort((a, b) => PRIORITY[a.scope] - PRIORITY[b.scope]) : ranges;
  for (const r of sorted) {
    const code = SCOPE_CODE[r.scope];
    for (let i = Math.max(from, lowerBound(tokens, r.start)); i < to; i++) {
      const t = tokens[i] as Token;
      if (t.start >= r.end) break;
      if (t.end <= r.end) out[i - from] = code;
    }
  }
  return out;
}

/** Collapse the forms that identify a source rather than a voice (URLs, handles, hashtags, numbers). */
export function featureForm(norm: string): string {
  const c = norm.charCodeAt(0);
  if (c === 64 /* @ */ && norm.length > 1) return '@user';
  if (c === 35 /* # */ && norm.length > 1) return '#tag';
  if (norm.startsWith('http') || norm.startsWith('www.')) return '<url>';
  if (c >= 48 && c <= 57 && /^\d[\d.,:]*$/.test(norm)) return norm.length <= 2 ? '<n>' : '<nn>';
  return norm;
}

/** Hash of a word form; bigrams combine two of these. */
export function formHash(form: string): number {
  return hashString(0x811c9dc5, form);
}

const BOS_HASH = formHash('<s>');
const GAP_HASH = formHash(GAP);
const VIOLENT_HASH = formHash('#violent');
const WORD_HASH = formHash('#word');

/** A feature's id: its full 32-bit hash (the model's vocabulary maps kept ids to embedding rows, vocab.ts). */
const featureId = (h: number): number => hashFinish(h) | 0;

/** Content ids that depend only on the form: the unigram, then the char n-grams. */
export function contentStaticIds(form: string, config: FeatureConfig, out: number[]): void {
  const { hashSeed, charNgrams } = config;
  out.push(featureId(hashString(hashStart(hashSeed, 0x10), form)));
  if (form.length > MAX_CHAR_TOKEN || form.length < 2 || form === GAP || form === GROUP_TOKEN) return;
  const padded = `^${form}$`;
  for (const n of charNgrams) {
    const base = hashStart(hashSeed, 0x30 + n);
    for (let j = 0; j + n <= padded.length; j++) out.push(featureId(hashRange(base, padded, j, j + n)));
  }
}

/**
 * The content view of a unit: the forms, form hashes and word classes of its own tokens, a run of
 * tokens inside nested quotations or reported complements collapsed into one GAP token.
 */
export interface ContentSeq {
  forms: string[];
  hashes: number[];
  classes: number[];
}

function pushContent(seq: ContentSeq, form: string, hash: number, cls: number): void {
  seq.forms.push(form);
  seq.hashes.push(hash);
  seq.classes.push(cls);
}

/** Hash a content sequence: per token its unigram and char n-grams, the bigram and class n-grams ending at it. */
export function hashContent(seq: ContentSeq, config: FeatureConfig, cache: StaticCache): Int32Array {
  return hashContentParts(seq, config, cache).ids;
}

/** hashContent, with the ids also grouped into per-form static arrays and position-dependent ids (see TowerInput). */
export function hashContentParts(seq: ContentSeq, config: FeatureConfig, cache: StaticCache): Pick<TowerInput, 'ids' | 'statics' | 'dynamic'> {
  const { maxIds, hashSeed, classNgrams } = config;
  const n = seq.forms.length;
  const perToken = (config.wordNgrams >= 2 ? 1 : 0) + classNgrams.length;
  const dyn = UNIT_SLAB.i32(n * perToken);
  let len = 0;
  let dlen = 0;
  const statics: Int32Array[] = [];
  const tmp: number[] = [];
  for (let i = 0; i < n && len < maxIds; i++) {
    const form = seq.forms[i] as string;
    let st = cache.get(form, seq.hashes[i] as number);
    if (st === undefined) {
      tmp.length = 0;
      contentStaticIds(form, config, tmp);
      st = CACHE_SLAB.i32(tmp.length);
      for (let q = 0; q < tmp.length; q++) st[q] = tmp[q] as number;
      if (form.length <= 64) cache.set(form, seq.hashes[i] as number, st);
    }
    statics.push(st);
    len += st.length + perToken;
    if (config.wordNgrams >= 2) {
      let h = hashStart(hashSeed, 0x20);
      h = Math.imul(h ^ (i > 0 ? (seq.hashes[i - 1] as number) : BOS_HASH), 0x01000193);
      h = Math.imul(h ^ (seq.hashes[i] as number), 0x01000193);
      dyn[dlen++] = featureId(h >>> 0);
    }
    for (let c = 0; c < classNgrams.length; c++) {
      const m = classNgrams[c] as number;
      let h = hashStart(hashSeed, 0x60 + m);
      for (let k = i - m + 1; k <= i; k++) h = hashByte(h, k >= 0 ? (seq.classes[k] as number) + 1 : 0);
      dyn[dlen++] = featureId(h);
    }
  }
  const grouped = new GroupedIds(statics, dlen === dyn.length ? dyn : dyn.slice(0, dlen), perToken);
  // Over the cap: the flat list, cut at maxIds (the engine then reads `ids`).
  return len > maxIds ? { ids: grouped.ids.slice(0, maxIds) } : grouped;
}

const EMPTY_DENSE = new Float32Array(0);

/** The content tower's input: hashContentParts' ids (grouped when they can be) with the dense features. */
function contentTower(parts: Pick<TowerInput, 'ids' | 'statics' | 'dynamic'>, dense: Float32Array): TowerInput {
  if (parts instanceof GroupedIds) {
    parts.dense = dense;
    return parts;
  }
  return { ...parts, dense };
}

/**
 * Content ids kept grouped: the engine sums `statics` and `dynamic` and never needs the flat list, so `ids`
 * (per token its static ids, then its position-dependent ones, the order hashContent defines) is built on
 * first use only (training and the TF.js backend).
 */
class GroupedIds implements TowerInput {
  private flat: Int32Array | undefined;
  /** Set by contentTower. */
  dense: Float32Array = EMPTY_DENSE;

  constructor(
    readonly statics: Int32Array[],
    readonly dynamic: Int32Array,
    /** Position-dependent ids per token. */
    private readonly perToken: number,
  ) {}

  get ids(): Int32Array {
    if (this.flat !== undefined) return this.flat;
    let len = this.dynamic.length;
    for (const st of this.statics) len += st.length;
    const out = new Int32Array(len);
    let at = 0;
    for (let i = 0; i < this.statics.length; i++) {
      out.set(this.statics[i] as Int32Array, at);
      at += (this.statics[i] as Int32Array).length;
      for (let k = 0; k < this.perToken; k++) out[at++] = this.dynamic[i * this.perToken + k] as number;
    }
    this.flat = out;
    return out;
  }
}

const CACHE_BITS = 17;
const CACHE_MAX = 1 << (CACHE_BITS - 1);

/**
 * Content static ids by form, keyed by the form's hash (already computed for the bigrams) and checked
 * against the form itself: an open-addressing table at most half full, emptied when it fills (bounded).
 */
export class StaticCache {
  private keys = new Int32Array(1 << CACHE_BITS);
  private forms: Array<string | undefined> = new Array<string | undefined>(1 << CACHE_BITS).fill(undefined);
  private values: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(1 << CACHE_BITS).fill(undefined);
  private size = 0;

  get(form: string, hash: number): Int32Array | undefined {
    const mask = (1 << CACHE_BITS) - 1;
    for (let s = Math.imul(hash, 0x9e3779b1) >>> (32 - CACHE_BITS); ; s = (s + 1) & mask) {
      const f = this.forms[s];
      if (f === undefined) return undefined;
      if (this.keys[s] === (hash | 0) && f === form) return this.values[s];
    }
  }

  set(form: string, hash: number, value: Int32Array): void {
    if (this.size >= CACHE_MAX) {
      this.forms.fill(undefined);
      this.values.fill(undefined);
      this.size = 0;
    }
    const mask = (1 << CACHE_BITS) - 1;
    let s = Math.imul(hash, 0x9e3779b1) >>> (32 - CACHE_BITS);
    while (this.forms[s] !== undefined) s = (s + 1) & mask;
    this.keys[s] = hash | 0;
    this.forms[s] = form;
    this.values[s] = value;
    this.size++;
  }
}

/** The voice view: per token a voice form hash (the word itself if in the voice vocabulary, else its class) and a scope. */
export interface VoiceSeq {
  hashes: number[];
  scopes: number[];
}

/** Hash a voice sequence: scope-marked 1-, 2- and 3-grams of the voice forms (n-grams never cross a scope change). */
export function hashVoice(seq: VoiceSeq, config: FeatureConfig): Int32Array {
  const { hashSeed, maxIds } = config;
  const n = seq.hashes.length;
  // Three ids per token, up to the first token that reaches maxIds; then cut at maxIds.
  const ids = UNIT_SLAB.i32(Math.min(3 * n, maxIds + 2));
  let len = 0;
  let run = 0;
  for (let i = 0; i < n && len < maxIds; i++) {
    const sc = seq.scopes[i] as number;
    if (i > 0 && seq.scopes[i - 1] !== sc) run = i;
    for (let order = 1; order <= 3; order++) {
      let h = hashStart(hashSeed, 0x80 + order * 8 + sc);
      for (let k = i - order + 1; k <= i; k++) h = Math.imul(h ^ (k >= run ? (seq.hashes[k] as number) : BOS_HASH), 0x01000193);
      ids[len++] = featureId(h >>> 0);
    }
  }
  return len > maxIds ? ids.slice(0, maxIds) : len < ids.length ? ids.slice(0, len) : ids;
}

/**
 * For each range of `units` (sorted by start), the scope ranges that overlap it, in the order of `scopes`
 * (sorted by start). One sweep: linear in units + scopes + overlaps.
 */
function overlappingScopes(scopes: ScopeRange[], units: ReadonlyArray<{ start: number; end: number }>): ScopeRange[][] {
  const out: ScopeRange[][] = [];
  let p = 0;
  let active: ScopeRange[] = [];
  for (const u of units) {
    while (p < scopes.length && (scopes[p] as ScopeRange).start < u.start) active.push(scopes[p++] as ScopeRange);
    active = active.filter((r) => r.end > u.start);
    const list = active.filter((r) => r.start < u.end);
    for (let k = p; k < scopes.length && (scopes[k] as ScopeRange).start < u.end; k++) {
      const r = scopes[k] as ScopeRange;
      if (r.end > u.start) list.push(r);
    }
    out.push(list);
  }
  return out;
}

function scopesWithin(overlap: ScopeRange[], start: number, end: number, excludeWhole: boolean): ScopeRange[] {
  if (!excludeWhole) return overlap;
  return overlap.filter((r) => !(r.start <= start && r.end >= end && (r.scope === 'quote' || r.scope === 'reported')));
}

/** Per-config caches of content static ids (bounded). */
const CACHES = new WeakMap<FeatureConfig, StaticCache>();

/** Tokens and their per-document attributes, computed once per document. */
interface DocTokens {
  tokens: Token[];
  /** Forms as the content view sees them (group words folded). */
  cforms: string[];
  chashes: Uint32Array;
  classes: Uint8Array;
  /** Voice form hash of every token. */
  vhashes: Uint32Array;
  forms: string[];
  /** Lexicon bits of every form (frame.ts `lexBits`). */
  lex: Uint32Array;
  /** 1 for a person noun that only completes a group mention ("trans *people*"): left out of both views. */
  absorbed: Uint8Array;
}

function docTokens(text: string, seg: Segmentation): DocTokens {
  const tokens = tokenize(text);
  const forms = tokens.map((t) => featureForm(t.norm));
  const groups = new Uint8Array(tokens.length);
  markGroups(forms, groups);
  const initial = new Uint8Array(tokens.length);
  for (const s of seg.sentences) {
    const a = lowerBound(tokens, s.start);
    if (a < tokens.length) initial[a] = 1;
  }
  const cforms = forms.map((f, i) => (groups[i] === 1 ? GROUP_TOKEN : f));
  // Plain loops: TypedArray.from with a mapping function is several times slower on this hot path.
  const n = tokens.length;
  const classes = new Uint8Array(n);
  const chashes = UNIT_SLAB.u32(n);
  const vhashes = UNIT_SLAB.u32(n);
  const absorbed = new Uint8Array(n);
  const lex = UNIT_SLAB.u32(n);
  for (let i = 0; i < n; i++) {
    const f = forms[i] as string;
    lex[i] = lexBits(f);
    const g = groups[i] as number;
    const cls = g !== 0 ? WORD_CLASS.group : wordClass(f, (tokens[i] as Token).text, initial[i] === 1);
    classes[i] = cls;
    chashes[i] = formHash(cforms[i] as string);
    // Voice sees its vocabulary as words, violent predicates as one class, and every other word as another
    // (a word outside a group mention is its own content form: its hash is chashes[i]).
    vhashes[i] = g === 0 && VOICE_WORDS.has(f) ? (chashes[i] as number) : cls === WORD_CLASS.violentStrong || cls === WORD_CLASS.violentWeak ? VIOLENT_HASH : WORD_HASH;
    absorbed[i] = g === 2 ? 1 : 0;
  }
  return { tokens, cforms, chashes, classes, vhashes, forms, lex, absorbed };
}

/** Content sequence of tokens [a, b) whose scope (relative to the unit) is not quote or reported. */
function contentSeq(dt: DocTokens, a: number, b: number, scopes: Uint8Array): ContentSeq {
  const seq: ContentSeq = { forms: [], hashes: [], classes: [] };
  let inGap = false;
  for (let i = a; i < b; i++) {
    const sc = scopes[i - a] as number;
    if (sc === SCOPE_CODE.quote || sc === SCOPE_CODE.reported) {
      if (!inGap) pushContent(seq, GAP, GAP_HASH, WORD_CLASS.symbol);
      inGap = true;
      continue;
    }
    inGap = false;
    if (dt.absorbed[i] === 1) continue;
    pushContent(seq, dt.cforms[i] as string, dt.chashes[i] as number, dt.classes[i] as number);
  }
  return seq;
}

function voiceSeq(dt: DocTokens, a: number, b: number, scopes: Uint8Array, prefix: Array<[number, number]>): VoiceSeq {
  const seq: VoiceSeq = { hashes: [], scopes: [] };
  for (const [pa, pb] of prefix) {
    for (let i = pa; i < pb; i++) {
      seq.hashes.push(dt.vhashes[i] as number);
      seq.scopes.push(SCOPE_CODE.frame);
    }
  }
  for (let i = a; i < b; i++) {
    if (dt.absorbed[i] === 1) continue;
    seq.hashes.push(dt.vhashes[i] as number);
    seq.scopes.push(scopes[i - a] as number);
  }
  return seq;
}

function tokenRange(tokens: Token[], r: { start: number; end: number } | undefined): [number, number] | undefined {
  if (!r) return undefined;
  return [lowerBound(tokens, r.start), lowerBound(tokens, r.end)];
}

/** Segment, tokenize and featurize a document: one entry per sentence, then one per quote. */
/** The segmentation the model scores: without naming relations (their quoted words are a unit of their own). */
function scoredUnits(seg: Segmentation): Segmentation {
  return seg.quotes.some((q) => q.named === true) ? { ...seg, quotes: seg.quotes.filter((q) => q.named !== true) } : seg;
}

export function extractDoc(text: string, _kind: TextKind | undefined, config: FeatureConfig): ExtractedDoc {
  const seg = scoredUnits(segment(text));
  const dt = docTokens(text, seg);
  const { tokens } = dt;
  let cache = CACHES.get(config);
  if (!cache) {
    cache = new StaticCache();
    CACHES.set(config, cache);
  }
  const sentTok: Array<[number, number]> = seg.sentences.map((s) => [lowerBound(tokens, s.start), lowerBound(tokens, s.end)]);
  const sentOverlap = overlappingScopes(seg.scopes, seg.sentences);
  const quoteOverlap = overlappingScopes(seg.scopes, seg.quotes);
  const sentScopes = seg.sentences.map((s, i) => {
    const [a, b] = sentTok[i] as [number, number];
    return paintScopes(tokens, a, b, scopesWithin(sentOverlap[i] as ScopeRange[], s.start, s.end, false));
  });
  const units: UnitInput[] = [];
  const view = (kind: 'sentence' | 'quote', index: number, s: SentenceSegment, a: number, b: number, scopes: Uint8Array, quote?: QuoteSegment): UnitView => ({
    kind, index, seg: s, quote, tokens, forms: dt.forms, lex: dt.lex, classes: dt.classes, from: a, to: b, scopes, text, sentences: seg.sentences,
  });
  seg.sentences.forEach((s: SentenceSegment, i) => {
    const [a, b] = sentTok[i] as [number, number];
    const sc = sentScopes[i] as Uint8Array;
    const v = view('sentence', i, s, a, b, sc);
    units.push({
      kind: 'sentence',
      start: s.start,
      end: s.end,
      parent: undefined,
      attribution: s.attribution,
      tokens: b - a,
      content: contentTower(hashContentParts(contentSeq(dt, a, b, sc), config, cache), contentDense(v)),
      voice: { ids: hashVoice(voiceSeq(dt, a, b, sc, []), config), dense: voiceDense(v) },
    });
  });
  seg.quotes.forEach((q: QuoteSegment, qi) => {
    const a = lowerBound(tokens, q.start);
    const b = lowerBound(tokens, q.end);
    const sc = paintScopes(tokens, a, b, scopesWithin(quoteOverlap[qi] as ScopeRange[], q.start, q.end, true));
    const parentSeg = seg.sentences[q.sentence] as SentenceSegment;
    const attribution = q.attribution ?? parentSeg.attribution;
    const prefix: Array<[number, number]> = [];
    const cue = tokenRange(tokens, attribution?.cue);
    const src = tokenRange(tokens, attribution?.source);
    if (src) prefix.push(src);
    if (cue) prefix.push(cue);
    const v = view('quote', q.sentence, parentSeg, a, b, sc, q);
    units.push({
      kind: 'quote',
      start: q.start,
      end: q.end,
      parent: q.sentence,
      attribution,
      tokens: b - a,
      content: contentTower(hashContentParts(contentSeq(dt, a, b, sc), config, cache), contentDense(v)),
      voice: { ids: hashVoice(voiceSeq(dt, a, b, sc, prefix), config), dense: voiceDense(v) },
    });
  });
  return { seg, tokens, units };
}
