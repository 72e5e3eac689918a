import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromMemory, readModelDir } from '../../src/io/artifacts.js';
import { writeArtifacts } from '../../src/train/save.js';
import { tinyModel } from '../helpers/tiny.js';

describe('model artifacts', () => {
  it('round-trips through a directory and verifies sha256', async () => {
    const built = await tinyModel();
    const dir = mkdtempSync(join(tmpdir(), 'tf-art-'));
    writeArtifacts(dir, built);
    const loaded = readModelDir(dir);
    expect(loaded.manifest.sha256).toBe(built.manifest.sha256);
    expect(Buffer.from(loaded.weightData).equals(Buffer.from(built.weightData))).toBe(true);
  }, 30_000);

  it('rejects a tampered weight file with MODEL_INVALID before using it', async () => {
    const built = await tinyModel();
    const dir = mkdtempSync(join(tmpdir(), 'tf-art-'));
    writeArtifacts(dir, built);
    const w = readFileSync(join(dir, 'weights.bin'));
    w[10] = (w[10] ?? 0) ^ 0xff;
    writeFileSync(join(dir, 'weights.bin'), w);
    expect(() => readModelDir(dir)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  }, 30_000);

  it('rejects an edited model.json (e.g. a changed quantisation scale) with MODEL_INVALID', async () => {
    const built = await tinyModel();
    const dir = mkdtempSync(join(tmpdir(), 'tf-art-'));
    writeArtifacts(dir, built);
    const modelJson = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    modelJson.weightsManifest[0].weights[0].quantization.scale *= 2;
    writeFileSync(join(dir, 'model.json'), JSON.stringify(modelJson, null, 2));
    expect(() => readModelDir(dir)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
    // Whitespace alone does not change a model's identity.
    modelJson.weightsManifest[0].weights[0].quantization.scale /= 2;
    writeFileSync(join(dir, 'model.json'), JSON.stringify(modelJson, null, 2));
    expect(readModelDir(dir).manifest.sha256).toBe(built.manifest.sha256);
  }, 30_000);

  it('reports a missing directory or manifest as MODEL_NOT_FOUND and a bad manifest as MODEL_INVALID', async () => {
    expect(() => readModelDir(join(tmpdir(), 'does-not-exist-threatframe'))).toThrow(expect.objectContaining({ code: 'MODEL_NOT_FOUND' }));
    const dir = mkdtempSync(join(tmpdir(), 'tf-art-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 'something-else' }));
    expect(() => readModelDir(dir)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
    writeFileSync(join(dir, 'manifest.json'), '{not json');
    expect(() => readModelDir(dir)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  });

  it('refuses manifest paths that point outside the model directory', async () => {
    const built = await tinyModel();
    const dir = mkdtempSync(join(tmpdir(), 'tf-art-'));
    writeArtifacts(dir, built);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.files.weights[0].path = '../../etc/passwd';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(() => readModelDir(dir)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  }, 30_000);

  it('accepts in-memory artifacts and checks their sha256', async () => {
    const built = await tinyModel();
    expect(fromMemory({ manifest: built.manifest, modelJson: built.modelJson, weights: built.weightData }).origin).toBe('(memory)');
    const bad = Uint8Array.from(built.weightData);
    bad[0] = (bad[0] ?? 0) ^ 1;
    expect(() => fromMemory({ manifest: built.manifest, modelJson: built.modelJson, weights: bad })).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  }, 30_000);
});
