/**
 * Locating, reading and verifying model artifacts: manifest.json (ours), model.json (TF.js layers
 * format) and the weight files. Nothing in a user-given directory is used before the manifest
 * validates and every weight file's sha256 matches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ThreatframeError } from '../errors.js';
import { ManifestSchema, type Manifest, type ModelArtifacts } from '../schemas.js';
import { describeIssues } from '../validate.js';
import type { WeightSpec } from '../weights.js';

export interface ModelJson {
  format?: string;
  modelTopology: unknown;
  weightsManifest: Array<{ paths: string[]; weights: WeightSpec[] }>;
}

export interface LoadedArtifacts {
  manifest: Manifest;
  modelJson: ModelJson;
  weightData: Uint8Array;
  /** Where the files came from, for messages: a directory or "(memory)". */
  origin: string;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function moduleDir(): string {
  // Works from src (tests), from dist/index.js (ESM) and dist/index.cjs (CJS, where tsup shims import.meta.url).
  return dirname(fileURLToPath(import.meta.url));
}

/** The bundled model directory, found by walking up from this module to the package's models/default. */
export function defaultModelDir(): string {
  let dir = moduleDir();
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'models', 'default');
    if (existsSync(join(candidate, 'manifest.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new ThreatframeError('MODEL_NOT_FOUND', `The bundled model was not found near ${moduleDir()}: the package is incomplete. Reinstall threatframe, or pass { model: "<dir with manifest.json>" }.`);
}

function parseManifest(raw: unknown, origin: string): Manifest {
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ThreatframeError('MODEL_INVALID', `manifest.json in ${origin} is not a threatframe model manifest: ${describeIssues(parsed.error)}`, { details: parsed.error.issues });
  }
  return parsed.data;
}

function checkModelJson(raw: unknown, origin: string): ModelJson {
  const m = raw as Partial<ModelJson> | null;
  if (!m || typeof m !== 'object' || !m.modelTopology || !Array.isArray(m.weightsManifest)) {
    throw new ThreatframeError('MODEL_INVALID', `model.json in ${origin} is not a TF.js layers model (needs modelTopology and weightsManifest).`);
  }
  return m as ModelJson;
}

function verify(manifest: Manifest, weightData: Uint8Array, parts: Uint8Array[], origin: string): void {
  manifest.files.weights.forEach((w, i) => {
    const part = parts[i];
    if (part && sha256Hex(part) !== w.sha256) {
      throw new ThreatframeError('MODEL_INVALID', `Weight file ${w.path} in ${origin} does not match the sha256 in manifest.json; the model files are corrupt or were mixed from different models.`);
    }
  });
  if (sha256Hex(weightData) !== manifest.sha256) {
    throw new ThreatframeError('MODEL_INVALID', `Weights in ${origin} do not match the manifest sha256; the model files are corrupt or were mixed from different models.`);
  }
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ThreatframeError('MODEL_INVALID', `${what} at ${path} is not valid JSON.`, { cause });
  }
}

export function readModelDir(dirInput: string): LoadedArtifacts {
  const dir = isAbsolute(dirInput) ? dirInput : resolve(dirInput);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new ThreatframeError('MODEL_NOT_FOUND', `No manifest.json in ${dir}. Pass the directory of a threatframe model (it holds manifest.json, model.json and the weights).`);
  }
  const manifest = parseManifest(readJson(manifestPath, 'manifest.json'), dir);
  const safe = (p: string): string => {
    const full = resolve(dir, p);
    if (!full.startsWith(dir + sep)) throw new ThreatframeError('MODEL_INVALID', `manifest.json in ${dir} points outside its directory (${p}).`);
    if (!existsSync(full)) throw new ThreatframeError('MODEL_NOT_FOUND', `Model file ${p} listed in manifest.json is missing from ${dir}.`);
    return full;
  };
  const parts = manifest.files.weights.map((w) => new Uint8Array(readFileSync(safe(w.path))));
  const weightData = concat(parts);
  verify(manifest, weightData, parts, dir);
  const modelJson = checkModelJson(readJson(safe(manifest.files.model), 'model.json'), dir);
  return { manifest, modelJson, weightData, origin: dir };
}

export function fromMemory(artifacts: ModelArtifacts): LoadedArtifacts {
  const manifest = parseManifest(artifacts.manifest, '(memory)');
  const data = artifacts.weights instanceof Uint8Array ? artifacts.weights : new Uint8Array(artifacts.weights);
  verify(manifest, data, [], '(memory)');
  return { manifest, modelJson: checkModelJson(artifacts.modelJson, '(memory)'), weightData: data, origin: '(memory)' };
}

export function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const total = parts.reduce((a, p) => a + p.byteLength, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.byteLength;
  }
  return out;
}
