/**
 * `threatframe eval`: score labelled fixtures, print the report (overall and per group), and gate
 * on floors: exit 1 naming every floor missed, so CI can fail on a regression.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadClassifier } from '../classifier.js';
import { ThreatframeError } from '../errors.js';
import { evaluate, type EvaluationReport, type Metrics } from '../evaluate.js';
import { readFixtures } from '../io/fixtures.js';
import { EXIT, type CliIo } from './io.js';
import { GroupFloorsSchema, type EvalOptions, type Floors } from './options.js';
import { fmt, renderReport } from './report.js';

export interface FloorFailure {
  scope: string;
  floor: keyof Floors;
  message: string;
}

const CHECKS: Array<{ key: keyof Floors; label: string; metric: (m: Metrics) => number | null; min: boolean }> = [
  { key: 'minThreatRecall', label: 'threat recall', metric: (m) => m.threatRecall, min: true },
  { key: 'maxThreatFpr', label: 'threat false-positive rate', metric: (m) => m.threatFalsePositiveRate, min: false },
  { key: 'minMacroF1', label: 'macro F1', metric: (m) => m.macroF1, min: true },
  { key: 'minAccuracy', label: 'accuracy', metric: (m) => m.accuracy, min: true },
  { key: 'maxThreatRate', label: 'share labelled threat', metric: (m) => m.threatRate, min: false },
  { key: 'maxEce', label: 'expected calibration error', metric: (m) => m.ece, min: false },
];

/** Every floor in `floors` that `m` misses (a metric that cannot be computed counts as missed). */
export function checkFloors(scope: string, m: Metrics | undefined, floors: Floors): FloorFailure[] {
  const failures: FloorFailure[] = [];
  for (const c of CHECKS) {
    const floor = floors[c.key];
    if (floor === undefined) continue;
    if (m === undefined) {
      failures.push({ scope, floor: c.key, message: `${scope}: no rows in the fixtures, so ${c.label} cannot be checked (a group in another fixtures file? eval reads several: threatframe eval a.jsonl b.jsonl)` });
      continue;
    }
    const v = c.metric(m);
    if (v === null) {
      failures.push({ scope, floor: c.key, message: `${scope}: ${c.label} is undefined here (no ${c.key === 'minThreatRecall' ? 'gold threat' : 'gold non-threat'} rows)` });
    } else if (c.min ? v < floor : v > floor) {
      failures.push({ scope, floor: c.key, message: `${scope}: ${c.label} ${fmt(v)} ${c.min ? '<' : '>'} ${c.min ? 'floor' : 'ceiling'} ${fmt(floor)}` });
    }
  }
  return failures;
}

function readGroupFloors(path: string): Record<string, Floors> {
  if (!existsSync(path)) throw new ThreatframeError('USAGE', `--group-floors file ${path} does not exist`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ThreatframeError('USAGE', `--group-floors file ${path} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = GroupFloorsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ThreatframeError('USAGE', `--group-floors file ${path}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}; expected { "<group>": { "minThreatRecall"?: 0.9, "maxThreatFpr"?: 0.1, "minMacroF1"?, "minAccuracy"?, "maxThreatRate"?, "maxEce"? } }`);
  }
  return parsed.data;
}

export function allFailures(report: EvaluationReport, overall: Floors, groups: Record<string, Floors>): FloorFailure[] {
  return [
    ...checkFloors('overall', report.overall, overall),
    ...Object.entries(groups).flatMap(([name, floors]) => checkFloors(`group "${name}"`, report.groups[name], floors)),
  ];
}

export async function runEval(opts: EvalOptions, io: CliIo): Promise<number> {
  const groupFloors = opts.groupFloors !== undefined ? readGroupFloors(opts.groupFloors) : {};
  const overall: Floors = {
    ...(opts.minThreatRecall !== undefined ? { minThreatRecall: opts.minThreatRecall } : {}),
    ...(opts.maxThreatFpr !== undefined ? { maxThreatFpr: opts.maxThreatFpr } : {}),
    ...(opts.minMacroF1 !== undefined ? { minMacroF1: opts.minMacroF1 } : {}),
  };
  const rows = opts.fixtures.flatMap((file) => readFixtures(file));
  const source = opts.fixtures.join(', ');
  if (rows.length === 0) throw new ThreatframeError('FIXTURE_INVALID', `${source} ${opts.fixtures.length > 1 ? 'have' : 'has'} no rows`);
  const classifier = await loadClassifier({ spans: 'flagged', ...(opts.model !== undefined ? { model: resolve(opts.model) } : {}) });
  const predictions = rows.map((r) => classifier.classify({ text: r.text, ...(r.id !== undefined ? { id: r.id } : {}), ...(r.kind !== undefined ? { kind: r.kind } : {}) }));
  const report = evaluate(predictions, rows);
  const failures = allFailures(report, overall, groupFloors);
  const checked = Object.keys(overall).length + Object.values(groupFloors).reduce((a, f) => a + Object.keys(f).length, 0);

  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify({ fixtures: source, files: opts.fixtures, model: classifier.model, ...report, floors: { checked, failures: failures.map((f) => f.message) } }, null, 2) + '\n');
  } else {
    io.stdout.write(renderReport(report, classifier.model, source, opts.format));
  }
  classifier.dispose();
  if (failures.length > 0) {
    io.stderr.write(`threatframe eval: ${failures.length} of ${checked} floors missed:\n${failures.map((f) => `  FAIL ${f.message}\n`).join('')}`);
    return EXIT.FAILED;
  }
  if (checked > 0) io.stderr.write(`threatframe eval: all ${checked} floors met\n`);
  return EXIT.OK;
}
