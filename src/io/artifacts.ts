/**
 * Locating, reading and verifying model artifacts: manifest.json (ours), model.json (TF.js layers
 * format) and the weight files. Nothing in a user-given directory is used before the manifest
 * validates and every weight file's sha256 matches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
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

/** The identity of a model.json: sha256 of its compact serialisation (whitespace-independent). */
export function modelJsonSha256(modelJson: unknown): string {
  return sha256Hex(JSON.stringify(modelJson));
}

function verify(manifest: Manifest, weightData: Uint8Array, parts: Uint8Array[], origin: string, modelJson: ModelJson): void {
  if (modelJsonSha256(modelJson) !== manifest.files.modelSha256) {
    throw new ThreatframeError('MODEL_INVALID', `model.json in ${origin} does not match the sha256 in manifest.json; the model files are corrupt or were mixed from different models.`);
  }
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
  return parseJson(readFileSync(path, 'utf8'), path, what);
}

function parseJson(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ThreatframeError('MODEL_INVALID', `${what} at ${path} is not valid JSON.`, { cause });
  }
}

/** Largest model file read (the shipped weights are ~6 MB); guards against /dev/zero-like links. */
const MAX_MODEL_FILE_BYTES = 512 * 1024 * 1024;

export function readModelDir(dirInput: string): LoadedArtifacts {
  const given = resolve(dirInput);
  if (!existsSync(given)) {
    throw new ThreatframeError('MODEL_NOT_FOUND', `Model directory ${given} does not exist. Pass the directory of a threatframe model (it holds manifest.json, model.json and the weights).`);
  }
  const dir = realpathSync(given);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new ThreatframeError('MODEL_NOT_FOUND', `No manifest.json in ${dir}. Pass the directory of a threatframe model (it holds manifest.json, model.json and the weights).`);
  }
  const manifest = parseManifest(readJson(manifestPath, 'manifest.json'), dir);
  const read = (p: string): Buffer => {
    const full = resolve(dir, p);
    if (!full.startsWith(dir + sep)) throw new ThreatframeError('MODEL_INVALID', `manifest.json in ${dir} points outside its directory (${p}).`);
    if (!existsSync(full)) throw new ThreatframeError('MODEL_NOT_FOUND', `Model file ${p} listed in manifest.json is missing from ${dir}.`);
    // Symlinks must stay inside the model directory too, and only regular files of sane size are read.
    const real = realpathSync(full);
    if (!real.startsWith(dir + sep)) throw new ThreatframeError('MODEL_INVALID', `Model file ${p} in ${dir} links outside its directory.`);
    const stat = statSync(real);
    if (!stat.isFile()) throw new ThreatframeError('MODEL_INVALID', `Model file ${p} in ${dir} is not a regular file.`);
    if (stat.size > MAX_MODEL_FILE_BYTES) throw new ThreatframeError('MODEL_INVALID', `Model file ${p} in ${dir} is ${stat.size} bytes, over the ${MAX_MODEL_FILE_BYTES}-byte limit.`);
    try {
      return readFileSync(real);
    } catch (cause) {
      throw new ThreatframeError('MODEL_INVALID', `Model file ${p} in ${dir} could not be read: ${(cause as Error).message}`, { cause });
    }
  };
  const parts = manifest.files.weights.map((w) => new Uint8Array(read(w.path)));
  const weightData = concat(parts);
  const modelJson = checkModelJson(parseJson(read(manifest.files.model).toString('utf8'), join(dir, manifest.files.model), 'model.json'), dir);
  verify(manifest, weightData, parts, dir, modelJson);
  return { manifest, modelJson, weightData, origin: dir };
}

export function fromMemory(artifacts: ModelArtifacts): LoadedArtifacts {
  const manifest = parseManifest(artifacts.manifest, '(memory)');
  const data = artifacts.weights instanceof Uint8Array ? artifacts.weights : new Uint8Array(artifacts.weights);
  const modelJson = checkModelJson(artifacts.modelJson, '(memory)');
  verify(manifest, data, [], '(memory)', modelJson);
  return { manifest, modelJson, weightData: data, origin: '(memory)' };
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
