/**
 * The WebAssembly SIMD kernel of the dense layers against the scalar JS reference: the logits must be the same
 * float32 values (Object.is on every one), on the shipped model and on random weights and inputs, and the
 * engine must fall back to JS where the runtime has no WebAssembly SIMD.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsScorer, createScorer, jsTower, LAYER_NAMES, OUTPUTS } from '../../src/engine.js';
import { DEFAULT_FEATURE_CONFIG, extractDoc, type UnitInput } from '../../src/features.js';
import { readModelDir } from '../../src/io/artifacts.js';
import { kernelChoiceFromEnv, wasmKernels, wasmKernelSupported, type TowerWeights } from '../../src/kernels/wasm.js';
import { mulberry32 } from '../../src/train/random.js';
import { decodeWeights, type DecodedTensor } from '../../src/weights.js';

const DC = DEFAULT_FEATURE_CONFIG.contentDense.length;
const DV = DEFAULT_FEATURE_CONFIG.voiceDense.length;

function expectSameLogits(a: Float32Array, b: Float32Array): void {
  expect(b.length).toBe(a.length);
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) differing++;
  expect(differing).toBe(0);
}

function shippedWeights(): Map<string, DecodedTensor> {
  const a = readModelDir('models/default');
  return decodeWeights(a.modelJson.weightsManifest.flatMap((g) => g.weights), a.weightData);
}

/** Random weights of the engine's architecture; `wide` spreads magnitudes over many binades so rounding order shows. */
function randomWeights(seed: number, o: { dim: number; buckets: number; ch: number; vh: number; quantised: boolean; wide: boolean }): Map<string, DecodedTensor> {
  const rand = mulberry32(seed);
  const value = (): number => (rand() - 0.5) * (o.wide ? 2 ** Math.floor(rand() * 40 - 20) : 1);
  const floats = (shape: number[]): DecodedTensor => {
    const values = Float32Array.from({ length: shape.reduce((x, y) => x * y, 1) }, () => (rand() < 0.05 ? 0 : value()));
    return { name: '', shape, values, min: 0, scale: 1 };
  };
  const m = new Map<string, DecodedTensor>();
  const embLen = o.buckets * o.dim;
  m.set(LAYER_NAMES.embedding, o.quantised
    ? { name: '', shape: [o.buckets, o.dim], values: Uint8Array.from({ length: embLen }, () => Math.floor(rand() * 256)), min: -3.7, scale: 0.029 }
    : floats([o.buckets, o.dim]));
  m.set(LAYER_NAMES.contentHiddenKernel, floats([o.dim + DC, o.ch]));
  m.set(LAYER_NAMES.contentHiddenBias, floats([o.ch]));
  m.set(LAYER_NAMES.contentOutKernel, floats([o.ch, 2]));
  m.set(LAYER_NAMES.contentOutBias, floats([2]));
  m.set(LAYER_NAMES.voiceHiddenKernel, floats([o.dim + DV, o.vh]));
  m.set(LAYER_NAMES.voiceHiddenBias, floats([o.vh]));
  m.set(LAYER_NAMES.voiceOutKernel, floats([o.vh, 1]));
  m.set(LAYER_NAMES.voiceOutBias, floats([1]));
  m.set(LAYER_NAMES.vocab, { name: '', shape: [o.buckets - 1], values: Int32Array.from({ length: o.buckets - 1 }, (_, i) => i * 7 + 1), min: 0, scale: 1 });
  return m;
}

/** Random units: known and unknown ids, dense rows with zeros, -0, tiny and huge values. */
function randomInputs(seed: number, n: number, buckets: number): UnitInput[] {
  const rand = mulberry32(seed);
  const special = [0, -0, 1e-38, -3e38, 1e-45, 1]; // float32: tiny, huge and subnormal
  const dense = (d: number): Float32Array => Float32Array.from({ length: d }, () => {
    const r = rand();
    if (r < 0.4) return 0;
    if (r < 0.5) return special[Math.floor(rand() * special.length)] as number;
    return (rand() - 0.5) * 2 ** Math.floor(rand() * 30 - 15);
  });
  const ids = (): Int32Array => Int32Array.from({ length: Math.floor(rand() * 40) }, () => (rand() < 0.8 ? Math.floor(rand() * (buckets - 1)) * 7 + 1 : 2 + Math.floor(rand() * 1e6) * 7));
  return Array.from({ length: n }, () => ({ kind: 'sentence' as const, start: 0, end: 0, tokens: 1, content: { ids: ids(), dense: dense(DC) }, voice: { ids: ids(), dense: dense(DV) } }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('wasm SIMD dense layers', () => {
  it('are supported here and chosen by default', () => {
    expect(wasmKernelSupported()).toBe(true);
    expect(createScorer(shippedWeights(), DC, DV).kernels).toBe('wasm');
  });

  it('give exactly the JS logits on the shipped model, on units extracted from text', () => {
    const texts = [
      ...readFileSync('fixtures/handwritten.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text),
      'Police said the man wrote "I will burn your house down tonight" in a message.',
      `${'word '.repeat(400)}and a very long sentence that is capped`,
      '* * *',
      '',
    ];
    const wasm = createScorer(shippedWeights(), DC, DV, 'wasm');
    const js = createJsScorer(shippedWeights(), DC, DV);
    expect(wasm.kernels).toBe('wasm');
    let units = 0;
    for (let round = 0; round < 2; round++) {
      for (const t of texts) {
        const us = extractDoc(t, undefined, DEFAULT_FEATURE_CONFIG).units;
        units += us.length;
        expectSameLogits(js.logits(us), wasm.logits(us));
      }
    }
    expect(units).toBeGreaterThan(400);
  });

  it('give exactly the JS logits on the shipped model, on random inputs', () => {
    const w = shippedWeights();
    const units = randomInputs(5, 500, w.get(LAYER_NAMES.vocab)!.values.length + 1);
    expectSameLogits(createJsScorer(w, DC, DV).logits(units), createScorer(w, DC, DV, 'wasm').logits(units));
  });

  const shapes = [
    { dim: 24, buckets: 300, ch: 64, vh: 32, quantised: true, wide: false },
    { dim: 24, buckets: 300, ch: 64, vh: 32, quantised: true, wide: true },
    { dim: 8, buckets: 50, ch: 13, vh: 7, quantised: false, wide: true },
    { dim: 5, buckets: 40, ch: 1, vh: 2, quantised: true, wide: true },
    { dim: 16, buckets: 100, ch: 10, vh: 9, quantised: false, wide: false },
    { dim: 27, buckets: 100, ch: 16, vh: 3, quantised: true, wide: false },
    { dim: 16, buckets: 100, ch: 8, vh: 6, quantised: true, wide: true },
  ];
  it.each(shapes.map((s, i) => [i, s] as const))('give exactly the JS logits on random weights (%i)', (i, shape) => {
    const w = randomWeights(100 + i, shape);
    const units = randomInputs(200 + i, 400, shape.buckets);
    // Past the kernel's batch of row indices (4,096): one bag of 10,000 ids.
    const rand = mulberry32(i);
    units[0]!.voice.ids = Int32Array.from({ length: 10_000 }, () => Math.floor(rand() * (shape.buckets - 1)) * 7 + 1);
    const js = createJsScorer(w, DC, DV).logits(units);
    expect(js.length).toBe(400 * OUTPUTS);
    expectSameLogits(js, createScorer(w, DC, DV, 'wasm').logits(units));
  });

  // The float32 logits hide most float64 rounding differences; the towers' float64 outputs do not.
  it('give exactly the JS float64 tower outputs, hidden sizes 1 to 70, on random weights and rows', () => {
    const rand = mulberry32(21);
    const wide = (): number => (rand() - 0.5) * 2 ** Math.floor(rand() * 40 - 20);
    const specials = [0, -0, Number.MIN_VALUE, 1e-310, -1e300, 1];
    let compared = 0;
    for (let hidden = 1; hidden <= 70; hidden++) {
      const inSize = 1 + Math.floor(rand() * 60);
      const outs = 1 + Math.floor(rand() * 3);
      const t: TowerWeights = {
        hk: Float64Array.from({ length: inSize * hidden }, wide), hb: Float64Array.from({ length: hidden }, wide),
        ok: Float64Array.from({ length: hidden * outs }, wide), ob: Float64Array.from({ length: outs }, wide), inSize, hidden, outs,
      };
      const js = jsTower(t);
      const [wasm] = wasmKernels([t, t])!.towers;
      for (let r = 0; r < 20; r++) {
        for (let i = 0; i < inSize; i++) {
          const u = rand();
          const v = u < 0.3 ? 0 : u < 0.4 ? (specials[Math.floor(rand() * specials.length)] as number) : wide();
          js.x[i] = v;
          wasm!.x[i] = v;
        }
        js.forward();
        wasm!.forward();
        for (let c = 0; c < outs; c++) {
          expect(Object.is(js.y[c], wasm!.y[c])).toBe(true);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('keep NaN and infinite inputs as JS does', () => {
    const w = randomWeights(7, shapes[2]!);
    const units = randomInputs(8, 20, 50);
    units[0]!.content.dense[3] = Number.NaN;
    units[1]!.voice.dense[0] = Number.POSITIVE_INFINITY;
    units[2]!.content.dense[0] = Number.NEGATIVE_INFINITY;
    expectSameLogits(createJsScorer(w, DC, DV).logits(units), createScorer(w, DC, DV, 'wasm').logits(units));
  });
});

describe('kernel choice and fallback', () => {
  it('THREATFRAME_ENGINE picks the kernel: js, wasm, auto (unset); anything else is INVALID_OPTIONS', () => {
    expect(kernelChoiceFromEnv({})).toBe('auto');
    expect(kernelChoiceFromEnv({ THREATFRAME_ENGINE: 'JS' })).toBe('js');
    expect(kernelChoiceFromEnv({ THREATFRAME_ENGINE: 'wasm' })).toBe('wasm');
    expect(() => kernelChoiceFromEnv({ THREATFRAME_ENGINE: 'simd' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    vi.stubEnv('THREATFRAME_ENGINE', 'js');
    expect(createScorer(shippedWeights(), DC, DV).kernels).toBe('js');
  });

  it('falls back to JS (same logits) without WebAssembly, or when the SIMD module does not validate', () => {
    const w = shippedWeights();
    const units = randomInputs(11, 50, w.get(LAYER_NAMES.vocab)!.values.length + 1);
    const reference = createJsScorer(w, DC, DV).logits(units);
    const real = (globalThis as unknown as { WebAssembly: object }).WebAssembly;
    for (const stub of [undefined, { ...real, validate: () => false }]) {
      vi.stubGlobal('WebAssembly', stub);
      expect(wasmKernelSupported()).toBe(false);
      const auto = createScorer(w, DC, DV, 'auto');
      expect(auto.kernels).toBe('js');
      expectSameLogits(reference, auto.logits(units));
      expect(() => createScorer(w, DC, DV, 'wasm')).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
      vi.unstubAllGlobals();
    }
    expect(createScorer(w, DC, DV, 'auto').kernels).toBe('wasm');
  });
});
