/**
 * Writing a trained model as TF.js layers artifacts (model.json + weights.bin, the embedding
 * quantised to uint8 in the standard TF.js weight-manifest format) plus our manifest.json
 * carrying the feature configuration, calibration and sha256 of the weights.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { concat, modelJsonSha256, sha256Hex, type ModelJson } from '../io/artifacts.js';
import { buildUnitModel, type Tf } from '../model.js';
import { DOC_LABELS, ManifestSchema, UNIT_OUTPUTS, type FeatureConfig, type Manifest } from '../schemas.js';
import { LAYER_NAMES } from '../engine.js';
import { quantizeUint8, type WeightSpec } from '../weights.js';
import type { FittedWeights } from './fit.js';
import type { FeatureVocab } from '../vocab.js';

export interface BuiltModel {
  manifest: Manifest;
  modelJson: ModelJson;
  weightData: Uint8Array;
}

function float32Bytes(a: Float32Array): Uint8Array {
  return new Uint8Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength));
}

export async function buildArtifacts(
  tf: Tf,
  fitted: FittedWeights,
  vocab: FeatureVocab,
  features: FeatureConfig,
  meta: { name: string; version: string; calibration: Manifest['calibration']; training?: Record<string, unknown> },
): Promise<BuiltModel> {
  const model = buildUnitModel(tf, fitted.arch);
  let topology: unknown;
  await model.save(
    tf.core.io.withSaveHandler(async (a) => {
      topology = a.modelTopology;
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  model.dispose();
  const { arch } = fitted;
  const q = quantizeUint8(fitted.emb);
  const dense = (name: string, l: { kernel: Float32Array; bias: Float32Array; rows: number; cols: number }): WeightSpec[] => [
    { name: `${name}/kernel`, shape: [l.rows, l.cols], dtype: 'float32' },
    { name: `${name}/bias`, shape: [l.cols], dtype: 'float32' },
  ];
  const specs: WeightSpec[] = [
    { name: LAYER_NAMES.embedding, shape: [arch.buckets, arch.embeddingDim], dtype: 'float32', quantization: { dtype: 'uint8', min: q.min, scale: q.scale } },
    ...dense('content_hidden', fitted.contentHidden),
    ...dense('content_out', fitted.contentOut),
    ...dense('voice_hidden', fitted.voiceHidden),
    ...dense('voice_out', fitted.voiceOut),
    { name: LAYER_NAMES.vocab, shape: [vocab.keys.length], dtype: 'int32' },
  ];
  const weightData = concat([
    q.data,
    ...[fitted.contentHidden, fitted.contentOut, fitted.voiceHidden, fitted.voiceOut].flatMap((l) => [float32Bytes(l.kernel), float32Bytes(l.bias)]),
    new Uint8Array(vocab.keys.buffer.slice(vocab.keys.byteOffset, vocab.keys.byteOffset + vocab.keys.byteLength)),
  ]);
  const modelJson: ModelJson & { generatedBy: string } = {
    format: 'layers-model',
    modelTopology: topology,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
    generatedBy: 'threatframe',
  };
  const sha = sha256Hex(weightData);
  const manifest = ManifestSchema.parse({
    format: 'threatframe-model/2',
    name: meta.name,
    version: meta.version,
    unitOutputs: [...UNIT_OUTPUTS],
    docLabels: [...DOC_LABELS],
    features,
    files: { model: 'model.json', modelSha256: modelJsonSha256(modelJson), weights: [{ path: 'weights.bin', sha256: sha }] },
    sha256: sha,
    calibration: meta.calibration,
    ...(meta.training ? { training: meta.training } : {}),
  });
  return { manifest, modelJson, weightData };
}

export function writeArtifacts(dir: string, built: BuiltModel): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'weights.bin'), built.weightData);
  writeFileSync(join(dir, 'model.json'), `${JSON.stringify(built.modelJson)}\n`);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(built.manifest, null, 2)}\n`);
}
