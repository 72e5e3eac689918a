/** The project's own labelled examples (seeds/*.jsonl) as training documents. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ThreatframeError } from '../errors.js';
import { readFixtures } from '../io/fixtures.js';
import { splitOf } from './split.js';
import type { LabelledDoc } from './types.js';

export function loadSeeds(dir: string): LabelledDoc[] {
  if (!existsSync(dir)) {
    throw new ThreatframeError('DATA_NOT_FOUND', `Seeds directory ${dir} does not exist; pass seedsDir (the repository's seeds/ folder).`);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const docs: LabelledDoc[] = [];
  for (const file of files) {
    readFixtures(join(dir, file)).forEach((row, i) => {
      const id = `seeds:${row.id ?? `${file}:${i}`}`;
      // Whole templates (and whole hand-written minimal pairs) go to one split, so that the dev split
      // measures generalisation to sentence shapes never trained on. Seeds have no test split: the
      // held-out test data of the project is fixtures/.
      const meta = row.meta ?? {};
      const family = typeof meta.pair === 'string' ? `pair:${meta.pair}` : typeof meta.template === 'string' ? `template:${meta.template}` : id;
      docs.push({
        id,
        source: 'seeds',
        text: row.text,
        kind: row.kind ?? (row.text.length > 600 ? 'article' : 'post'),
        label: row.label,
        ...(row.spans ? { spans: row.spans } : {}),
        split: splitOf(family) === 'train' ? 'train' : 'dev',
        group: row.group ?? file.replace(/\.jsonl$/, ''),
      });
    });
  }
  return docs;
}
