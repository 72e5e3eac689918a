/**
 * A model directory given by the user is validated before anything in it is used: the manifest is
 * zod-validated (unknown keys rejected), every weight file's sha256 is checked, the weights must fit
 * model.json exactly, and every path stays inside the directory. Failures are coded: MODEL_INVALID for a
 * bad or tampered model, MODEL_NOT_FOUND for missing files.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/index.js';
import { ROOT, TEST_MODEL } from './helpers.js';

const SOURCE = TEST_MODEL ?? join(ROOT, 'models', 'default');

interface ManifestLike {
  files: { model: string; weights: Array<{ path: string; sha256: string }> };
  sha256: string;
  features: Record<string, unknown>;
  [key: string]: unknown;
}

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'tf-model-'));
});

let n = 0;
/** A fresh copy of the model under test in its own directory (inside a parent we also control). */
function copyModel(): string {
  const parent = join(base, `m${n++}`);
  const dir = join(parent, 'model');
  mkdirSync(parent, { recursive: true });
  cpSync(SOURCE, dir, { recursive: true });
  return dir;
}

function readManifest(dir: string): ManifestLike {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;
}

function writeManifest(dir: string, m: unknown): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function weightsPath(dir: string): string {
  return join(dir, readManifest(dir).files.weights[0]?.path ?? 'weights.bin');
}

/** Rewrite the weights and make the manifest's hashes consistent with them (a careful tamperer). */
function replaceWeightsConsistently(dir: string, data: Uint8Array): void {
  writeFileSync(weightsPath(dir), data);
  const m = readManifest(dir);
  (m.files.weights[0] as { sha256: string }).sha256 = sha(data);
  m.sha256 = sha(data);
  writeManifest(dir, m);
}

async function rejection(dir: string): Promise<{ code?: string; message: string; name?: string }> {
  try {
    const c = await loadClassifier({ model: dir });
    c.dispose();
  } catch (e) {
    return e as { code?: string; message: string; name?: string };
  }
  throw new Error(`loadClassifier accepted ${dir}`);
}

describe('model directory validation', () => {
  it('an untouched copy loads and scores like the original', async () => {
    const dir = copyModel();
    const copy = await loadClassifier({ model: dir });
    const original = await loadClassifier({ model: SOURCE });
    expect(copy.model).toEqual(original.model);
    expect(copy.classify('I will find you.')).toEqual(original.classify('I will find you.'));
  });

  it('a path with a trailing separator or .. segments names the same directory and loads', async () => {
    const dir = copyModel();
    for (const spelling of [`${dir}/`, join(dir, '..', 'model'), `${dir}/../model/`]) {
      const c = await loadClassifier({ model: spelling });
      expect(c.model.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('a flipped byte in the weights -> MODEL_INVALID (sha256 mismatch)', async () => {
    const dir = copyModel();
    const w = new Uint8Array(readFileSync(weightsPath(dir)));
    w[Math.floor(w.length / 2)] = (w[Math.floor(w.length / 2)] as number) ^ 0x01;
    writeFileSync(weightsPath(dir), w);
    const e = await rejection(dir);
    expect(e).toMatchObject({ name: 'ThreatframeError', code: 'MODEL_INVALID' });
    expect(e.message).toMatch(/sha256/);
  });

  it('weights swapped from another model with the manifest hashes updated, but not fitting model.json -> MODEL_INVALID', async () => {
    for (const mutate of [(w: Uint8Array) => w.subarray(0, w.length - 4), (w: Uint8Array) => Uint8Array.from([...w.subarray(0, 1024), ...w.subarray(0, 1024)]), (w: Uint8Array) => Uint8Array.from([...w, 0, 0, 0, 0])]) {
      const dir = copyModel();
      replaceWeightsConsistently(dir, mutate(new Uint8Array(readFileSync(weightsPath(dir)))));
      expect(await rejection(dir)).toMatchObject({ code: 'MODEL_INVALID' });
    }
  });

  it('model.json edited (a quantisation scale changed) -> MODEL_INVALID: model.json is part of what the hashes protect', async () => {
    const dir = copyModel();
    const path = join(dir, readManifest(dir).files.model);
    const modelJson = JSON.parse(readFileSync(path, 'utf8')) as { weightsManifest: Array<{ weights: Array<{ quantization?: { scale: number }; shape: number[] }> }> };
    const spec = modelJson.weightsManifest[0]?.weights.find((w) => w.quantization) ?? modelJson.weightsManifest[0]?.weights[0];
    if (spec?.quantization) spec.quantization.scale *= 4;
    else if (spec) spec.shape = [...spec.shape].reverse();
    writeFileSync(path, JSON.stringify(modelJson));
    expect(await rejection(dir)).toMatchObject({ code: 'MODEL_INVALID' });
  });

  it.each([
    ['an unknown top-level key', (m: ManifestLike) => ({ ...m, loader: 'eval' }), 'loader'],
    ['an unknown key in features', (m: ManifestLike) => ({ ...m, features: { ...m.features, plugin: './x.js' } }), 'plugin'],
    ['an unknown key in a weight entry', (m: ManifestLike) => ({ ...m, files: { ...m.files, weights: m.files.weights.map((w) => ({ ...w, url: 'http://x' })) } }), 'url'],
    ['a __proto__ key', (m: ManifestLike) => JSON.parse(JSON.stringify(m).replace(/^\{/, '{"__proto__":{"polluted":1},')), '__proto__'],
    ['a wrong format tag', (m: ManifestLike) => ({ ...m, format: 'threatframe-model/99' }), 'format'],
    ['a sha256 that is not hex', (m: ManifestLike) => ({ ...m, sha256: 'z'.repeat(64) }), 'sha256'],
    ['a missing calibration', (m: ManifestLike) => ({ ...m, calibration: undefined }), 'calibration'],
  ])('a manifest with %s -> MODEL_INVALID naming it', async (_name, mutate, key) => {
    const dir = copyModel();
    writeManifest(dir, mutate(readManifest(dir)));
    const e = await rejection(dir);
    expect(e).toMatchObject({ code: 'MODEL_INVALID' });
    expect(e.message).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a manifest that is not JSON -> MODEL_INVALID', async () => {
    for (const body of ['', '{', 'null', '[]', '"x"', '{"a":1}'.repeat(3)]) {
      const dir = copyModel();
      writeFileSync(join(dir, 'manifest.json'), body);
      expect(await rejection(dir)).toMatchObject({ code: 'MODEL_INVALID' });
    }
  });

  it.each([
    ['a weight path with ..', (m: ManifestLike, dir: string) => {
      cpSync(join(dir, m.files.weights[0]?.path ?? ''), join(dir, '..', 'stolen.bin'));
      return { ...m, files: { ...m.files, weights: m.files.weights.map((w) => ({ ...w, path: '../stolen.bin' })) } };
    }],
    ['an absolute weight path outside the directory', (m: ManifestLike, dir: string) => {
      cpSync(join(dir, m.files.weights[0]?.path ?? ''), join(dir, '..', 'abs.bin'));
      return { ...m, files: { ...m.files, weights: m.files.weights.map((w) => ({ ...w, path: join(dir, '..', 'abs.bin') })) } };
    }],
    ['a model.json path with ..', (m: ManifestLike, dir: string) => {
      cpSync(join(dir, m.files.model), join(dir, '..', 'model.json'));
      return { ...m, files: { ...m.files, model: '../model.json' } };
    }],
    ['a weight path that is the directory itself', (m: ManifestLike) => ({ ...m, files: { ...m.files, weights: m.files.weights.map((w) => ({ ...w, path: '.' })) } })],
  ])('%s -> MODEL_INVALID (paths stay inside the model directory)', async (_name, mutate) => {
    const dir = copyModel();
    writeManifest(dir, mutate(readManifest(dir), dir));
    const e = await rejection(dir);
    expect(e).toMatchObject({ name: 'ThreatframeError', code: 'MODEL_INVALID' });
  });

  it('a weight file that is a symlink to a file outside the directory -> MODEL_INVALID', async () => {
    const dir = copyModel();
    const w = weightsPath(dir);
    const outside = join(dir, '..', 'outside.bin');
    cpSync(w, outside);
    unlinkSync(w);
    symlinkSync(outside, w);
    expect(await rejection(dir)).toMatchObject({ name: 'ThreatframeError', code: 'MODEL_INVALID' });
  });

  it('a weight path naming a subdirectory -> a coded error, not a raw EISDIR', async () => {
    const dir = copyModel();
    mkdirSync(join(dir, 'sub'));
    const m = readManifest(dir);
    writeManifest(dir, { ...m, files: { ...m.files, weights: m.files.weights.map((x) => ({ ...x, path: 'sub' })) } });
    const e = await rejection(dir);
    expect(e.name).toBe('ThreatframeError');
    expect(['MODEL_INVALID', 'MODEL_NOT_FOUND']).toContain(e.code);
  });

  it('missing files -> MODEL_NOT_FOUND', async () => {
    const noWeights = copyModel();
    rmSync(weightsPath(noWeights));
    expect(await rejection(noWeights)).toMatchObject({ code: 'MODEL_NOT_FOUND' });
    const noModelJson = copyModel();
    rmSync(join(noModelJson, readManifest(noModelJson).files.model));
    expect(await rejection(noModelJson)).toMatchObject({ code: 'MODEL_NOT_FOUND' });
    const noManifest = copyModel();
    rmSync(join(noManifest, 'manifest.json'));
    expect(await rejection(noManifest)).toMatchObject({ code: 'MODEL_NOT_FOUND' });
    expect(await rejection(join(base, 'does', 'not', 'exist'))).toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });

  it('in-memory artifacts are held to the same hashes', async () => {
    const dir = copyModel();
    const manifest = readManifest(dir);
    const modelJson = JSON.parse(readFileSync(join(dir, manifest.files.model), 'utf8')) as unknown;
    const weights = new Uint8Array(readFileSync(weightsPath(dir)));
    const ok = await loadClassifier({ model: { manifest, modelJson, weights } });
    expect(ok.model.sha256).toBe(manifest.sha256);
    weights[0] = (weights[0] as number) ^ 0xff;
    await expect(loadClassifier({ model: { manifest, modelJson, weights } })).rejects.toMatchObject({ code: 'MODEL_INVALID' });
    await expect(loadClassifier({ model: { manifest: { ...manifest, extra: 1 }, modelJson, weights } })).rejects.toMatchObject({ code: 'MODEL_INVALID', message: expect.stringContaining('extra') });
  });
});
