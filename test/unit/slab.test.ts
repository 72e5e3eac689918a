import { describe, expect, it } from 'vitest';
import { Slab, unitFloats } from '../../src/slab.js';

describe('Slab', () => {
  it('hands out zero-filled, disjoint arrays that behave like separately allocated ones', () => {
    const slab = new Slab(256);
    // 256 bytes per slab: these 30 arrays span several slabs.
    const arrays = [slab.f32(5), slab.i32(7), slab.u32(3), slab.f32(16), slab.i32(16), slab.i32(0), ...Array.from({ length: 24 }, (_, k) => slab.i32(1 + (k % 13)))];
    arrays.forEach((a, k) => {
      expect(Array.from(a)).toEqual(new Array(a.length).fill(0));
      a.fill(k + 1);
    });
    // Every array still holds its own value: no range was handed out twice, across slabs too.
    arrays.forEach((a, k) => expect(Array.from(a)).toEqual(new Array(a.length).fill(k + 1)));
    expect(arrays.slice(0, 6).map((a) => a.length)).toEqual([5, 7, 3, 16, 16, 0]);
    expect(new Set(arrays.map((a) => a.buffer)).size).toBeGreaterThan(3);
  });

  it('gives long arrays a buffer of their own', () => {
    const slab = new Slab(256);
    const big = slab.i32(1000);
    expect(big.length).toBe(1000);
    expect(big.buffer.byteLength).toBe(4000);
  });

  it('unitFloats rounds to float32 as Float32Array.of does', () => {
    const values = [0.1, 1 / 3, 1e-40, -0, 2 ** 30 + 1];
    expect(Array.from(unitFloats(values))).toEqual(Array.from(Float32Array.of(...values)));
  });
});
