import { defineConfig } from 'tsup';

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
