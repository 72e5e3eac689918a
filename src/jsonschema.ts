/** JSON Schema documents generated from the zod schemas, for consumers outside TypeScript. */
import { z } from 'zod';
import { FixtureRowSchema, InputSchema, ManifestSchema, ResultSchema, SpanSchema } from './schemas.js';

export function jsonSchemas(): Record<string, unknown> {
  const schemas = {
    'input.schema.json': InputSchema,
    'result.schema.json': ResultSchema,
    'span.schema.json': SpanSchema,
    'fixture-row.schema.json': FixtureRowSchema,
    'manifest.schema.json': ManifestSchema,
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, schema]) => [file, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })]),
  );
}
