/**
 * Decoding of TF.js weight files (the `weightsManifest` format of a layers model) into typed arrays,
 * without TF.js. Quantised tensors (uint8/uint16 with min/scale) stay quantised; the engine
 * dequantises on the fly.
 */
import { ThreatframeError } from './errors.js';

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  quantization?: { dtype: 'uint8' | 'uint16'; min: number; scale: number };
}

export interface DecodedTensor {
  name: string;
  shape: number[];
  /** Float32Array for float tensors; Int32Array for int32 ones; Uint8Array/Uint16Array when quantised (value = min + scale * q). */
  values: Float32Array | Int32Array | Uint8Array | Uint16Array;
  min: number;
  scale: number;
}

export function decodeWeights(specs: WeightSpec[], data: Uint8Array): Map<string, DecodedTensor> {
  const out = new Map<string, DecodedTensor>();
  let offset = 0;
  for (const spec of specs) {
    const size = spec.shape.reduce((a, b) => a * b, 1);
    const q = spec.quantization;
    const bytesPer = q ? (q.dtype === 'uint8' ? 1 : 2) : 4;
    const bytes = size * bytesPer;
    if (offset + bytes > data.byteLength) {
      throw new ThreatframeError('MODEL_INVALID', `Weight "${spec.name}" runs past the end of the weight data (${data.byteLength} bytes); the weight file is truncated or does not match model.json.`);
    }
    // Copy into an aligned buffer: the slice may start at any byte offset.
    const slice = data.slice(offset, offset + bytes);
    let values: DecodedTensor['values'];
    if (!q) values = spec.dtype === 'int32' ? new Int32Array(slice.buffer) : new Float32Array(slice.buffer);
    else values = q.dtype === 'uint8' ? slice : new Uint16Array(slice.buffer);
    out.set(spec.name, { name: spec.name, shape: spec.shape, values, min: q ? q.min : 0, scale: q ? q.scale : 1 });
    offset += bytes;
  }
  if (offset !== data.byteLength) {
    throw new ThreatframeError('MODEL_INVALID', `Weight data has ${data.byteLength - offset} unexpected trailing bytes; the weight file does not match model.json.`);
  }
  return out;
}

/** Quantise a float tensor to uint8 with a per-tensor affine map (as the TF.js converter does). */
export function quantizeUint8(values: Float32Array): { data: Uint8Array; min: number; scale: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) { min = 0; max = 0; }
  const scale = max > min ? (max - min) / 255 : 1;
  const data = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) data[i] = Math.round(((values[i] as number) - min) / scale);
  return { data, min, scale };
}
