// Writes JSON Schema files for non-TypeScript consumers from the zod schemas (the source of truth).
// Run after `npm run build`: node scripts/gen-schemas.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as tf from '../dist/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(out, { recursive: true });
const schemas = {
  'input.schema.json': tf.InputSchema,
  'result.schema.json': tf.ResultSchema,
  'span.schema.json': tf.SpanSchema,
  'fixture-row.schema.json': tf.FixtureRowSchema,
  'manifest.schema.json': tf.ManifestSchema,
};
for (const [file, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  writeFileSync(join(out, file), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} schemas to ${out}`);
