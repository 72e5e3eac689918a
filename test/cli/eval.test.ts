import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, run, tempDir, tinyModelDir } from './helpers.js';

let model: string;
let dir: string;
let fixtures: string;
let modelName: string;

const rows = [
  { id: 1, text: 'I will find you and hurt you.', label: 'threat', group: 'direct' },
  { id: 2, text: 'We are watching the station, waiting for the hour.', label: 'threat', group: 'direct' },
  { id: 3, text: 'Police said the man threatened to kill his neighbour.', label: 'reporting', group: 'news', spans: [{ start: 0, end: 53, label: 'reporting' }] },
  { id: 4, text: 'Nobody deserves to be hurt.', label: 'reporting', group: 'negated' },
  { id: 5, text: 'The weather is lovely today.', label: 'benign', group: 'benign' },
  { id: 6, text: 'Lunch at noon?', label: 'benign' },
  // Deliberately mislabelled, so that no model can reach a macro F1 of 1 on these fixtures.
  { id: 7, text: 'The weather is lovely today and the garden is in bloom.', label: 'threat', group: 'mislabelled' },
  { id: 8, text: 'Have a lovely weekend, see you on Monday!', label: 'threat', group: 'mislabelled' },
];

beforeAll(async () => {
  ensureBuilt();
  model = await tinyModelDir();
  modelName = (JSON.parse(readFileSync(join(model, 'manifest.json'), 'utf8')) as { name: string }).name;
  dir = tempDir();
  fixtures = join(dir, 'fixtures.jsonl');
  writeFileSync(fixtures, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}, 180_000);

describe('eval', () => {
  it('prints a table report overall and per group, exit 0 without floors', async () => {
    const r = await run(['eval', fixtures, '--model', model]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`model ${modelName} `);
    expect(r.stdout).toMatch(/8 rows, 5 groups/);
    expect(r.stdout).toMatch(/per label/);
    expect(r.stdout).toMatch(/confusion/);
    for (const g of ['direct', 'news', 'negated', 'benign', 'mislabelled']) expect(r.stdout).toMatch(new RegExp(`^${g}\\s+\\d`, 'm'));
    expect(r.stderr).toBe('');
  });

  it('--format json is machine-readable with overall, groups and floors', async () => {
    const r = await run(['eval', fixtures, '--model', model, '--format', 'json', '--max-threat-fpr', '1']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { overall: { n: number }; groups: Record<string, unknown>; floors: { checked: number; failures: string[] }; model: { name: string } };
    expect(report.overall.n).toBe(8);
    expect(Object.keys(report.groups).sort()).toEqual(['benign', 'direct', 'mislabelled', 'negated', 'news']);
    expect(report.floors).toEqual({ checked: 1, failures: [] });
    expect(report.model.name).toBe(modelName);
    expect(r.stderr).toMatch(/all 1 floors met/);
  });

  it('--format md renders markdown tables', async () => {
    const r = await run(['eval', fixtures, '--model', model, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## threatframe eval/m);
    expect(r.stdout).toMatch(/^\| set \| n \| accuracy/m);
  });

  it('exits 1 naming each missed floor, overall and per group', async () => {
    const floors = join(dir, 'floors.json');
    writeFileSync(floors, JSON.stringify({ direct: { minThreatRecall: 1.0, minAccuracy: 1.0 }, missing: { maxThreatRate: 0.5 } }));
    const r = await run(['eval', fixtures, '--model', model, '--min-macro-f1', '0.999', '--min-threat-recall', '0', '--group-floors', floors]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/overall/);
    expect(r.stderr).toMatch(/floors missed/);
    expect(r.stderr).toMatch(/FAIL overall: macro F1 \d\.\d{3} < floor 0\.999/);
    expect(r.stderr).toMatch(/FAIL group "missing": no rows in the fixtures/);
    expect(r.stderr).not.toMatch(/threat recall .* < floor 0\.000/);
  });

  it('usage errors exit 2: bad floor, bad floors file, invalid fixtures, missing file', async () => {
    const bad = await run(['eval', fixtures, '--min-threat-recall', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--min-threat-recall must be a number from 0 to 1, got "2"/);

    const floors = join(dir, 'bad-floors.json');
    writeFileSync(floors, JSON.stringify({ direct: { minRecall: 0.9 } }));
    const badFloors = await run(['eval', fixtures, '--model', model, '--group-floors', floors]);
    expect(badFloors.code).toBe(2);
    expect(badFloors.stderr).toMatch(/--group-floors file .*expected \{ "<group>"/);

    const invalid = join(dir, 'invalid.jsonl');
    writeFileSync(invalid, '{"text":"x","label":"threat"}\n{"text":"y","label":"maybe"}\n');
    const inv = await run(['eval', invalid, '--model', model]);
    expect(inv.code).toBe(2);
    expect(inv.stderr).toMatch(/\[FIXTURE_INVALID\] .*line 2/);

    const missing = await run(['eval', join(dir, 'none.jsonl'), '--model', model]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});

describe('train', () => {
  it('rejects bad flags with exit 2 before loading anything', async () => {
    const r = await run(['train', '--epochs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--epochs must be a whole number from 1 to 50/);
  });

  it('a missing corpora directory is exit 2 with the flag to use', async () => {
    const r = await run(['train', '--data', join(dir, 'no-corpora'), '--out', join(dir, 'model-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[DATA_NOT_FOUND\].*threatframe train --data <dir>, or --sources none/);
  });
});
