import { execFileSync } from 'node:child_process';
import { defineConfig } from 'tsup';

// Every build (`npm run build`, `prepare`) first assembles the engine's WebAssembly kernels from
// src/kernels/*.wat with wabt into gitignored src/kernels/*.generated.ts, which the entries then bundle
// (scripts/build-wasm.mjs; silent unless it fails, so `prepare` keeps stdout quiet).
execFileSync(process.execPath, ['scripts/build-wasm.mjs'], { stdio: 'inherit' });

export default defineConfig({
  entry: { index: 'src/index.ts', train: 'src/train/index.ts', serve: 'src/serve/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', train: 'src/train/index.ts', serve: 'src/serve/index.ts' } },
  target: 'node20',
  platform: 'node',
  splitting: true,
  shims: true,
  clean: true,
  sourcemap: false,
  external: ['@tensorflow/tfjs-node'],
});
