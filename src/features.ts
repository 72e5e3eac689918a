/**
 * Feature extraction for sentence and quote units: hashed scope-marked n-grams plus dense features of
 * the unit's frame and of the document. Pure and synchronous; no tensors here.
 *
 * Scope marking is what lets the model judge voice: "kill you" inside a quotation or a reported
 * clause hashes to a different feature from own-voice "kill you".
 */
import { bucketOf, hashByte, hashRange, hashStart, hashString } from './hash.js';
import { wordClass } from './lexicon/classes.js';
import { frameOf, unitDense, DENSE_NAMES, type DocFrame } from './frame.js';
import type { FeatureConfig, TextKind } from './schemas.js';
import { segment } from './segment.js';
import { tokenize } from './tokenize.js';
import type { Attribution, QuoteSegment, ScopeRange, Segmentation, SentenceSegment, Token } from './types.js';

export { DENSE_NAMES };
export { DEFAULT_FEATURE_CONFIG } from './config.js';

/** Scope codes used in hashing; 0 = the author's own voice. */
export const SCOPE_CODE = { own: 0, quote: 1, reported: 2, negated: 3, hypothetical: 4 } as const;
const PRIORITY: Record<ScopeRange['scope'], number> = { hypothetical: 1, negated: 2, reported: 3, quote: 4 };
const MAX_CHAR_TOKEN = 24;

export interface UnitInput {
  kind: 'sentence' | 'quote';
  start: number;
  end: number;
  /** For quotes: index of the enclosing sentence unit. */
  parent?: number;
  attribution?: Attribution;
  /** Hashed feature ids (length <= maxIds); computed on first access for units from extractDoc. */
  readonly ids: Int32Array;
  dense: Float32Array;
  /** The unit's tokens as the engine sees them, so it can sum cached per-token embeddings. */
  view?: TokenView;
}

export interface TokenView {
  forms: string[];
  /** Word class of every token of the document (lexicon/classes.ts). */
  classes: Uint8Array;
  /** formHash of every token's form. */
  hashes: Uint32Array;
  scopes: Uint8Array;
  from: number;
  to: number;
}

function withIds<T extends Omit<UnitInput, 'ids'>>(unit: T & { view: TokenView }, config: FeatureConfig): T & UnitInput {
  let ids: Int32Array | undefined;
  const { view } = unit;
  return Object.defineProperty(unit, 'ids', {
    enumerable: false,
    get: () => (ids ??= hashUnit(view, config)),
  }) as T & UnitInput;
}

export interface ExtractedDoc {
  seg: Segmentation;
  frame: DocFrame;
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

/** Ids that depend only on (scope, form), in hashing order: the unigram, then the char n-grams. */
export function staticIds(form: string, sc: number, config: FeatureConfig, out: number[]): void {
  const { buckets, hashSeed, charNgrams } = config;
  out.push(bucketOf(hashString(hashStart(hashSeed, 0x10 + sc), form), buckets));
  if (form.length > MAX_CHAR_TOKEN || form.length < 2) return;
  const padded = `^${form}$`;
  for (const n of charNgrams) {
    const base = hashStart(hashSeed, 0x30 + sc * 8 + n);
    for (let j = 0; j + n <= padded.length; j++) out.push(bucketOf(hashRange(base, padded, j, j + n), buckets));
  }
}

/** Hash of a word form, computed once per token; bigrams combine two of these. */
export function formHash(form: string): number {
  return hashString(0x811c9dc5, form);
}

const BOS_HASH = formHash('<s>');

/**
 * Ids that depend on the token's neighbours inside its unit and scope: the word bigram, then the
 * word-class n-grams ending at the token (padded where the unit or the scope starts).
 */
export function contextIds(v: TokenView, i: number, config: FeatureConfig, out: number[]): void {
  const { scopes, from } = v;
  const sc = scopes[i - from] as number;
  // Start of the contiguous same-scope run that ends at token i, within the unit.
  let run = i;
  while (run > from && scopes[run - 1 - from] === sc) run--;
  if (config.wordNgrams >= 2) {
    let h = hashStart(config.hashSeed, 0x20 + sc);
    h = Math.imul(h ^ (run < i ? (v.hashes[i - 1] as number) : BOS_HASH), 0x01000193);
    h = Math.imul(h ^ (v.hashes[i] as number), 0x01000193);
    out.push(bucketOf(h >>> 0, config.buckets));
  }
  for (const n of config.classNgrams) {
    let h = hashStart(config.hashSeed, 0x60 + sc * 8 + n);
    for (let k = i - n + 1; k <= i; k++) h = hashByte(h, k >= run ? (v.classes[k] as number) + 1 : 0);
    out.push(bucketOf(h, config.buckets));
  }
}

/**
 * Hash the n-grams of one unit's tokens into bucket ids: per token the unigram, its context ids
 * (bigram, class n-grams), then its char n-grams; the sequence is cut at `maxIds`.
 */
export function hashUnit(v: TokenView, config: FeatureConfig): Int32Array {
  const { maxIds } = config;
  const ids: number[] = [];
  const tmp: number[] = [];
  for (let i = v.from; i < v.to && ids.length < maxIds; i++) {
    tmp.length = 0;
    staticIds(v.forms[i] as string, v.scopes[i - v.from] as number, config, tmp);
    ids.push(tmp[0] as number);
    contextIds(v, i, config, ids);
    for (let k = 1; k < tmp.length; k++) ids.push(tmp[k] as number);
  }
  if (ids.length > maxIds) ids.length = maxIds;
  return Int32Array.from(ids);
}

/**
 * For each range of `units` (sorted by start), the scope ranges that overlap it, in the order of `scopes`
 * (sorted by start). One sweep: a scope joins the active list once a unit starts after it and leaves it
 * once it ends before a unit starts, so the work is linear in units + scopes + overlaps, not their product.
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

/** Segment, tokenize and featurize a document: one entry per sentence, then one per quote. */
export function extractDoc(text: string, kind: TextKind | undefined, config: FeatureConfig): ExtractedDoc {
  const seg = segment(text);
  const tokens = tokenize(text);
  const forms = tokens.map((t) => featureForm(t.norm));
  const sentTok: Array<[number, number]> = seg.sentences.map((s) => [lowerBound(tokens, s.start), lowerBound(tokens, s.end)]);
  const sentOverlap = overlappingScopes(seg.scopes, seg.sentences);
  const quoteOverlap = overlappingScopes(seg.scopes, seg.quotes);
  const sentScopes = seg.sentences.map((s, i) => {
    const [a, b] = sentTok[i] as [number, number];
    return paintScopes(tokens, a, b, scopesWithin(sentOverlap[i] as ScopeRange[], s.start, s.end, false));
  });
  const frame = frameOf(text, kind, seg, tokens, forms, sentTok, sentScopes);
  const initial = new Uint8Array(tokens.length);
  for (const [a] of sentTok) if (a < tokens.length) initial[a] = 1;
  const classes = Uint8Array.from(tokens, (t, i) => wordClass(forms[i] as string, t.text, initial[i] === 1));
  const hashes = Uint32Array.from(forms, formHash);
  const units: UnitInput[] = [];
  seg.sentences.forEach((s: SentenceSegment, i) => {
    const [a, b] = sentTok[i] as [number, number];
    const sc = sentScopes[i] as Uint8Array;
    units.push(withIds({
      kind: 'sentence' as const,
      start: s.start,
      end: s.end,
      ...(s.attribution ? { attribution: s.attribution } : {}),
      view: { forms, classes, hashes, scopes: sc, from: a, to: b },
      dense: unitDense(frame, { kind: 'sentence', index: i, seg: s, tokens, forms, from: a, to: b, scopes: sc, text }),
    }, config));
  });
  seg.quotes.forEach((q: QuoteSegment, qi) => {
    const a = lowerBound(tokens, q.start);
    const b = lowerBound(tokens, q.end);
    const sc = paintScopes(tokens, a, b, scopesWithin(quoteOverlap[qi] as ScopeRange[], q.start, q.end, true));
    const parentSeg = seg.sentences[q.sentence] as SentenceSegment;
    units.push(withIds({
      kind: 'quote' as const,
      start: q.start,
      end: q.end,
      parent: q.sentence,
      ...(q.attribution ?? parentSeg.attribution ? { attribution: (q.attribution ?? parentSeg.attribution) as Attribution } : {}),
      view: { forms, classes, hashes, scopes: sc, from: a, to: b },
      dense: unitDense(frame, { kind: 'quote', index: q.sentence, seg: parentSeg, quote: q, tokens, forms, from: a, to: b, scopes: sc, text }),
    }, config));
  });
  return { seg, frame, units };
}
