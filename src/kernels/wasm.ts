/**
 * The WebAssembly SIMD kernels of the engine (src/kernels/engine.wat, assembled at build time by
 * scripts/build-wasm.mjs with wabt and bundled as base64): loading, feature check and memory layout. Each
 * scorer gets its own instance and memory holding its towers' float64 weights, the uint8 embedding table and
 * the work arrays. Dense layers: the engine writes a tower's input row into `x`, calls `forward()` and reads
 * the logits from `y`. Row sums: it writes row indices into `rows`, calls `sum(n)`, which adds those rows of
 * the table into `acc`. The results are bit-identical to the scalar JS path (see the .wat file for why).
 */
import { ThreatframeError } from '../errors.js';
import { ENGINE_WASM_BASE64 } from './engine-wasm.generated.js';

/** Which implementation runs the dense layers: 'auto' = the wasm kernel when this runtime supports it, else JS. */
export type KernelChoice = 'auto' | 'js' | 'wasm';

/** The environment variable that picks the kernel for every scorer a classifier creates: js, wasm or auto. */
export const ENGINE_ENV = 'THREATFRAME_ENGINE';

export function kernelChoiceFromEnv(env: Record<string, string | undefined> | undefined = globalThis.process?.env): KernelChoice {
  const v = (env?.[ENGINE_ENV] ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'js' || v === 'wasm') return v;
  throw new ThreatframeError('INVALID_OPTIONS', `${ENGINE_ENV}="${env?.[ENGINE_ENV]}" is not one of js, wasm, auto.`);
}

/** The few members of the WebAssembly JS API used here (the project's lib is ES2022, which does not declare it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (mod: object, imports: object) => { readonly exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
}

let compiled: { api: WasmApi | undefined; mod: object | null } | undefined;

function wasmApi(): WasmApi | undefined {
  const api = (globalThis as { WebAssembly?: Partial<WasmApi> }).WebAssembly;
  return api !== undefined && typeof api.validate === 'function' ? (api as WasmApi) : undefined;
}

/** The compiled kernel module, or null when this runtime has no WebAssembly or no SIMD (the module does not validate). */
function kernelModule(api: WasmApi | undefined): object | null {
  if (compiled !== undefined && compiled.api === api) return compiled.mod;
  let mod: object | null = null;
  const bytes = Uint8Array.from(Buffer.from(ENGINE_WASM_BASE64, 'base64'));
  if (api !== undefined && api.validate(bytes)) mod = new api.Module(bytes);
  compiled = { api, mod };
  return mod;
}

/** Whether this runtime runs the kernel (WebAssembly with SIMD). */
export function wasmKernelSupported(): boolean {
  return kernelModule(wasmApi()) !== null;
}

/** The weights of one tower: hk is inSize x hidden, row-major; ok is hidden x outs, row-major. */
export interface TowerWeights {
  hk: Float64Array;
  hb: Float64Array;
  ok: Float64Array;
  ob: Float64Array;
  inSize: number;
  hidden: number;
  outs: number;
}

/** A tower's dense layers: write the input row into `x`, call `forward()`, read the logits from `y`. */
export interface DenseTower {
  readonly x: Float64Array;
  readonly y: Float64Array;
  forward(): void;
}

/** Integer sums of uint8 embedding rows: `into[e] += table[rows[r] * dim + e]` for r < n, e < dim. */
export interface RowBag {
  /** Two accumulators of dim int32s. */
  readonly acc: [Int32Array, Int32Array];
  /** Row indices; at most `rows.length` per `sum` call. */
  readonly rows: Int32Array;
  sum(n: number, into: 0 | 1): void;
}

type TowerFn = (x: number, inSize: number, hk: number, hb: number, h: number, hidden: number, ok: number, ob: number, outs: number, out: number) => void;
type BagFn = (rows: number, n: number, table: number, dim: number, acc: number) => void;

const ROWS = 4096;

/**
 * The towers (and, given a uint8 embedding table of `dim` columns, the row sums) backed by one kernel instance,
 * or null when the kernel is unavailable.
 */
export function wasmKernels(towers: TowerWeights[], table?: { values: Uint8Array; dim: number }): { towers: DenseTower[]; bag: RowBag | null } | null {
  const api = wasmApi();
  const mod = kernelModule(api);
  if (api === undefined || mod === null) return null;
  // Lay out every array 16-byte aligned: hk, hb, ok, ob, x, h, y per tower.
  let end = 0;
  const place = (n: number, bytesPer = 8): number => {
    const at = end;
    end += Math.ceil((n * bytesPer) / 16) * 16;
    return at;
  };
  const plans = towers.map((t) => ({
    t, hk: place(t.hk.length), hb: place(t.hidden), ok: place(t.ok.length), ob: place(t.outs), x: place(t.inSize), h: place(t.hidden), y: place(t.outs),
  }));
  const dim = table?.dim ?? 0;
  const bagAt = table === undefined ? null : { acc: [place(dim, 4), place(dim, 4)] as const, rows: place(ROWS, 4), table: place(table.values.length, 1) };
  const memory = new api.Memory({ initial: Math.max(1, Math.ceil(end / 65536)) });
  const instance = new api.Instance(mod, { env: { memory } });
  const tower = instance.exports.tower as TowerFn;
  const bagFn = instance.exports.bag as BagFn;
  const view = (at: number, n: number): Float64Array => new Float64Array(memory.buffer, at, n);
  let bag: RowBag | null = null;
  if (table !== undefined && bagAt !== null) {
    new Uint8Array(memory.buffer, bagAt.table, table.values.length).set(table.values);
    bag = {
      acc: [new Int32Array(memory.buffer, bagAt.acc[0], dim), new Int32Array(memory.buffer, bagAt.acc[1], dim)],
      rows: new Int32Array(memory.buffer, bagAt.rows, ROWS),
      sum: (n: number, into: 0 | 1): void => bagFn(bagAt.rows, n, bagAt.table, dim, bagAt.acc[into]),
    };
  }
  const dense = plans.map(({ t, ...p }) => {
    view(p.hk, t.hk.length).set(t.hk);
    view(p.hb, t.hidden).set(t.hb);
    view(p.ok, t.ok.length).set(t.ok);
    view(p.ob, t.outs).set(t.ob);
    const { inSize, hidden, outs } = t;
    return {
      x: view(p.x, inSize),
      y: view(p.y, outs),
      forward: (): void => tower(p.x, inSize, p.hk, p.hb, p.h, hidden, p.ok, p.ob, outs, p.y),
    };
  });
  return { towers: dense, bag };
}
