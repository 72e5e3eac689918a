/**
 * Small typed arrays carved out of shared ArrayBuffers. V8 gives every typed array over 64 bytes its own
 * off-heap backing store, which costs about 1.2 us per array on this project's reference machine; a view on
 * an existing buffer costs about 0.06 us. The feature extractor makes several such arrays per unit (dense
 * features, ids), so it takes them from a slab: each array is a view on its own disjoint range, used exactly
 * like a separately allocated one. A slab is never reused: it is freed by the garbage collector once no view
 * into it remains, so arrays that live long (cached per form) take their own slab apart from the per-unit
 * ones, which die with their document.
 */
export class Slab {
  private buffer: ArrayBuffer;
  private offset = 0;
  /** Longer arrays (over a quarter of a slab) get a buffer of their own. */
  private readonly max: number;

  constructor(private readonly size = 1 << 16) {
    this.buffer = new ArrayBuffer(size);
    this.max = size >> 4;
  }

  /** Byte offset of a fresh range of `bytes` (a multiple of 4), in the current slab or a new one. */
  private take(bytes: number): number {
    if (this.offset + bytes > this.size) {
      this.buffer = new ArrayBuffer(this.size);
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += bytes;
    return at;
  }

  /** A zero-filled Float32Array of length n. */
  f32(n: number): Float32Array {
    if (n > this.max) return new Float32Array(n);
    const at = this.take(4 * n);
    return new Float32Array(this.buffer, at, n);
  }

  /** A zero-filled Int32Array of length n. */
  i32(n: number): Int32Array {
    if (n > this.max) return new Int32Array(n);
    const at = this.take(4 * n);
    return new Int32Array(this.buffer, at, n);
  }

  /** A zero-filled Uint32Array of length n. */
  u32(n: number): Uint32Array {
    if (n > this.max) return new Uint32Array(n);
    const at = this.take(4 * n);
    return new Uint32Array(this.buffer, at, n);
  }
}

/** Arrays that die with their document (a unit's ids and dense features). */
export const UNIT_SLAB = new Slab();
/** Arrays kept across documents (per-form caches). */
export const CACHE_SLAB = new Slab();

/** `values` as a Float32Array from the unit slab (each value rounded to float32, as Float32Array.of does). */
export function unitFloats(values: readonly number[]): Float32Array {
  const out = UNIT_SLAB.f32(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] as number;
  return out;
}
