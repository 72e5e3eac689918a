/**
 * Feature hashing: FNV-1a over UTF-16 code units, fed incrementally so that n-gram keys never
 * need to be built as strings on the hot path.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashStart(seed: number, tag: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  h = Math.imul(h ^ (tag & 0xff), FNV_PRIME);
  return h >>> 0;
}

export function hashString(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(x ^ 0x1f, FNV_PRIME) >>> 0;
}

export function hashRange(h: number, s: string, from: number, to: number): number {
  let x = h;
  for (let i = from; i < to; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return x >>> 0;
}

/** Final avalanche (murmur3 fmix32) so that low bits are well mixed before the modulo. */
export function hashFinish(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Map a hash to a bucket in [1, buckets): bucket 0 is reserved for padding. */
export function bucketOf(h: number, buckets: number): number {
  return (hashFinish(h) % (buckets - 1)) + 1;
}

/** Feed one small integer (e.g. a word class) into the hash. */
export function hashByte(h: number, b: number): number {
  return Math.imul(h ^ (b & 0xff), 0x01000193) >>> 0;
}
