// Writes the JSON Schema files in schemas/ from the zod schemas (the source of truth).
// Run after `npm run build`: node scripts/gen-schemas.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../dist/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(out, { recursive: true });
const schemas = jsonSchemas();
for (const [file, json] of Object.entries(schemas)) writeFileSync(join(out, file), `${JSON.stringify(json, null, 2)}\n`);
console.log(`wrote ${Object.keys(schemas).length} schemas to ${out}`);
