import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, run, tempDir, tinyModelDir } from './helpers.js';

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

  it('reads several fixture files as one set: a floor for a group in the second file is checked, not "no rows"', async () => {
    const second = join(dir, 'second.jsonl');
    writeFileSync(second, [
      { id: 'a1', text: 'Police said the caller warned "the depot burns tonight".', label: 'reporting', group: 'long-news' },
      { id: 'a2', text: 'Officers were called to the depot on Monday, a spokesperson said.', label: 'reporting', group: 'long-news' },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const floors = join(dir, 'floors-two.json');
    writeFileSync(floors, JSON.stringify({ 'long-news': { maxThreatRate: 1 }, direct: { minThreatRecall: 0 } }));
    const one = await run(['eval', fixtures, '--model', model, '--group-floors', floors]);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/FAIL group "long-news": no rows in the fixtures, .*eval reads several/);
    const both = await run(['eval', fixtures, second, '--model', model, '--group-floors', floors, '--format', 'json']);
    expect(both.code, both.stderr).toBe(0);
    const report = JSON.parse(both.stdout) as { fixtures: string; files: string[]; overall: { n: number }; groups: Record<string, { n: number }>; floors: { checked: number; failures: string[] } };
    expect(report.files).toEqual([fixtures, second]);
    expect(report.fixtures).toBe(`${fixtures}, ${second}`);
    expect(report.overall.n).toBe(10);
    expect(report.groups['long-news']?.n).toBe(2);
    expect(report.floors).toEqual({ checked: 2, failures: [] });
    expect(both.stderr).toMatch(/all 2 floors met/);
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
    expect(r.stderr).toMatch(/\[DATA_NOT_FOUND\].*pass --data <dir>, or --sources none/);
    const env = await run(['train', '--out', join(dir, 'model-out'), '--dry-run'], { env: { THREATFRAME_DATA_DIR: join(dir, 'no-corpora') } });
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/\[DATA_NOT_FOUND\] Raw corpus folder not found: .*no-corpora.*threatframe train --data <dir>, or --sources none/);
  });

  it('a missing seeds folder names --seeds (the option the command has), not --data', async () => {
    const r = await run(['train', '--out', join(dir, 'model-out'), '--seeds', join(dir, 'no-seeds'), '--sources', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[DATA_NOT_FOUND\] train: seeds folder .*no-seeds does not exist; pass --seeds <dir>/);
    expect(r.stderr).not.toMatch(/--data/);
    // In a folder without seeds/ (the default), the same.
    const bare = await run(['train', '--out', join(dir, 'model-out'), '--sources', 'none', '--dry-run'], { cwd: dir });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/pass --seeds <dir>/);
  });

  it('--out is required, and an existing model directory is only replaced with --force', async () => {
    const none = await run(['train', '--sources', 'none']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^threatframe: \[USAGE\] train: --out <dir> is required/);
    // Run inside the repository, the shipped model is never a default target, and is refused as --out.
    const shipped = await run(['train', '--out', 'models/default', '--sources', 'none', '--dry-run']);
    expect(shipped.code).toBe(2);
    expect(shipped.stderr).toMatch(/--out models\/default already holds files \(.*manifest\.json.*\); pass --force/);
    const forced = await run(['train', '--out', 'models/default', '--sources', 'none', '--dry-run', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ dryRun: true, replaces: true, data: null, sources: 'none' });
    const fresh = await run(['train', '--out', join(dir, 'new-model'), '--sources', 'none', '--dry-run']);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(JSON.parse(fresh.stdout)).toMatchObject({ dryRun: true, out: join(dir, 'new-model'), replaces: false, seedFiles: expect.any(Number) });
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const onFile = await run(['train', '--out', file, '--sources', 'none', '--dry-run']);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toMatch(/is a file, not a directory/);
  });

  it('npm run train names its --out and --force on purpose', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.train).toMatch(/train --out models\/default --force$/);
  });
});
