/**
 * The `threatframe` command line: score, eval, train. `main()` takes argv and streams and returns
 * the exit code (0 ok, 1 records failed / floors missed, 2 usage error), so it runs in tests as is;
 * bin/threatframe.js only calls it. This module is also the worker-thread module of
 * `score --workers N` (it exports `scoreTask`; loading it runs nothing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { ThreatframeError } from '../errors.js';
import { runEval } from './eval.js';
import { EXIT, describeError, exitCodeOf, type CliIo } from './io.js';
import { DEFAULT_MAX_RECORD_BYTES, DEFAULT_PRECISION, EVAL_FORMATS, EvalOptionsSchema, INPUT_FORMATS, ScoreOptionsSchema, TrainCliOptionsSchema, parseCliOptions } from './options.js';
import { runScore } from './score.js';
import { registerServe } from './serve.js';
import { runTrain } from './train.js';

export { scoreTask } from './worker.js';
export { serveTask } from './serve.js';
export type { CliIo } from './io.js';

const moduleFile = fileURLToPath(import.meta.url);

/** The package root: the nearest directory above this module holding threatframe's package.json. */
function packageRoot(): string | undefined {
  let dir = dirname(moduleFile);
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'threatframe') return dir;
      } catch {
        // keep looking
      }
    }
    dir = dirname(dir);
  }
  return undefined;
}

export function version(): string {
  const root = packageRoot();
  if (!root) return '0.0.0-unknown';
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Worker threads load the built module; from sources (tests) fall back to dist/cli.js. */
function workerFile(): string {
  if (!moduleFile.endsWith('.ts')) return moduleFile;
  const root = packageRoot();
  const built = root ? join(root, 'dist', 'cli.js') : undefined;
  return built && existsSync(built) ? built : moduleFile;
}

const SCORE_HELP = `
Input formats (default from the extension, else jsonl):
  jsonl  one JSON object per line; the text is --text-field (dotted paths like post.body work), the id
         --id-field (default "id"); "kind" must be "post" or "article" when present (checked with the
         library's schema; anything else is an error line). A bare JSON string is a text.
  csv    header row required; quoted and multi-line fields, BOM; columns picked by --text-field/--id-field.
  txt    one text per line; the line number (a string, like CSV ids) is the id.
  Blank lines are not records.

Output: one JSON line per input record, in input order. A record that cannot be scored is written in its
place as {"line": N, "id": ..., "error": {"code": "...", "message": "..."}} and scoring goes on. Every result
line carries the model block; with --model-header it is written once instead, as a first line {"model": {...}}.

Resume: with -o FILE, FILE.resume.json records what FILE belongs to (input path and size, format and
fields, and a sha256 of the input records behind each checkpoint of FILE). --resume checks them, keeps FILE
up to the last checkpoint and appends the rest; against another input it refuses (usage error, exit 2).

Size limit: a record over --max-record-bytes (default 1 MiB of raw record bytes) becomes an INPUT_TOO_LARGE
error line with its line number (a JSONL line that long is not parsed or even buffered, so it has no id);
scoring goes on. Raise the limit for huge articles (the library itself accepts up to 10 MiB of text).

Exit codes: 0 every record scored, 1 some records failed, 2 usage error (bad flag, missing file, bad model).

Examples:
  threatframe score fixtures/examples/posts.jsonl -o scored.jsonl --workers 2
  cat fixtures/examples/posts.csv | threatframe score - --format csv --text-field text --id-field id
  threatframe score fixtures/examples/posts.jsonl -o scored.jsonl --resume      # continue a killed run
  threatframe score fixtures/examples/posts.txt --spans all`;

const EVAL_HELP = `
Fixtures: JSONL rows {"text", "label": "threat"|"reporting"|"benign", "id"?, "kind"?, "spans"?, "group"?};
several files are read as one set, in order.
Floors: --min-threat-recall, --max-threat-fpr and --min-macro-f1 apply to the overall metrics; a
--group-floors JSON file sets floors per group, e.g.
  { "quoted": { "maxThreatRate": 0.1 }, "direct": { "minThreatRecall": 0.95 } }
  (keys: minThreatRecall, maxThreatFpr, minMacroF1, minAccuracy, maxThreatRate, maxEce).
  A group named there with no rows in the fixtures is a missed floor (a typo must not pass unnoticed).

Exit codes: 0 report printed and every floor met, 1 a floor missed (each one named on stderr), 2 usage error.

Examples:
  threatframe eval fixtures/handwritten.jsonl --format md --min-threat-recall 0.5 --max-threat-fpr 0.5
  threatframe eval fixtures/voice.jsonl fixtures/handwritten.jsonl --group-floors fixtures/floors.json`;

const TRAIN_HELP = `
Reads the corpora under --data (default $THREATFRAME_DATA_DIR, else ../shared/data/raw) and the seeds
folder (--seeds, default seeds), trains, calibrates and writes a model directory (manifest.json,
model.json, weights) to --out. --out is required, and an existing non-empty directory is only replaced
with --force, so a run can never overwrite the bundled model by accident. --dry-run checks the folders
and prints the plan without training. Progress goes to stderr; a JSON summary (out, sha256, seconds,
counts) to stdout. The same seed on the same data rebuilds identical files.

Examples:
  threatframe train --out models/mine --dry-run
  threatframe train --out models/mine --epochs 4`;

function defaultIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

export async function main(argv: string[] = process.argv.slice(2), io: CliIo = defaultIo()): Promise<number> {
  let exitCode: number = EXIT.OK;
  const program = new Command('threatframe')
    .description('Tell threat language apart from reporting about threats: labelled spans with calibrated confidence, fully local.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own parse errors (unknown option, missing argument, bad choice) are written
      // below in the `threatframe: [USAGE] ...` form of every other usage error.
      outputError: () => {},
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
    });
  program.addHelpText('after', '\nExit codes: 0 ok, 1 records failed or floors missed, 2 usage error.\nRun `threatframe <command> --help` for a command\'s flags.');

  program
    .command('score')
    .description('score records from a JSONL, CSV or txt file (or stdin) into JSONL results')
    .argument('<file>', 'input file, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'input format (default: from the extension, else jsonl)').choices(INPUT_FORMATS))
    .option('--text-field <name>', 'field or column holding the text', 'text')
    .option('--id-field <name>', 'field or column holding the id (default: "id" when present)')
    .option('-o, --output <file>', 'write results to this file instead of stdout')
    .option('-w, --workers <n>', 'scoring threads: 1 scores in-process, N > 1 uses N worker threads', '1')
    .addOption(new Option('--spans <which>', 'spans to return').choices(['all', 'flagged', 'none']).default('flagged'))
    .option('--resume', 'continue a killed run: keep the complete lines already in -o, skip those records, append')
    .option('--fail-fast', 'stop at the first record that cannot be scored (exit 1)')
    .option('-m, --model <dir>', 'model directory (default: $THREATFRAME_MODEL, else the bundled model)')
    .option('--max-record-bytes <size>', 'per-record size limit, e.g. 1048576, 512k, 4MB', String(DEFAULT_MAX_RECORD_BYTES))
    .option('--batch-size <n>', 'records per scoring task', '256')
    .option('--precision <digits>', 'significant digits of every number written (1-17; 17 = exact doubles)', String(DEFAULT_PRECISION))
    .option('--model-header', 'write the model block once, as a first line {"model": {...}}, and leave it out of every result line')
    .option('--no-progress', 'no progress bar (it is only shown when stderr is a terminal)')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .addHelpText('after', SCORE_HELP)
    .action(async (input: string, raw: Record<string, unknown>) => {
      const model = (raw.model as string | undefined) ?? io.env.THREATFRAME_MODEL;
      const opts = parseCliOptions(ScoreOptionsSchema, { ...raw, input, ...(model ? { model } : {}) }, 'score');
      exitCode = await runScore(opts, io, { workerFile: workerFile() });
    });

  program
    .command('eval')
    .description('score labelled fixtures and print the report, overall and per group; gate on floors')
    .argument('<fixtures...>', 'JSONL fixtures files (several are read as one set)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(EVAL_FORMATS).default('table'))
    .option('-m, --model <dir>', 'model directory (default: $THREATFRAME_MODEL, else the bundled model)')
    .option('--min-threat-recall <x>', 'fail (exit 1) when overall threat recall is below x')
    .option('--max-threat-fpr <y>', 'fail when the overall threat false-positive rate is above y')
    .option('--min-macro-f1 <z>', 'fail when overall macro F1 is below z')
    .option('--group-floors <file>', 'JSON file of per-group floors')
    .addHelpText('after', EVAL_HELP)
    .action(async (fixtures: string[], raw: Record<string, unknown>) => {
      const model = (raw.model as string | undefined) ?? io.env.THREATFRAME_MODEL;
      const opts = parseCliOptions(EvalOptionsSchema, { ...raw, fixtures, ...(model ? { model } : {}) }, 'eval');
      exitCode = await runEval(opts, io);
    });

  program
    .command('train')
    .description('rebuild a model from the corpora and seeds')
    .option('--data <dir>', 'directory of the raw corpora (default: $THREATFRAME_DATA_DIR, else ../shared/data/raw)')
    .option('--seeds <dir>', 'directory of seed JSONL files', 'seeds')
    .option('--out <dir>', 'where to write the model (required; e.g. models/mine)')
    .option('--force', 'replace an existing non-empty --out directory')
    .option('--dry-run', 'check the data, seeds and --out, print the plan as JSON, do not train')
    .option('--sources <list>', 'comma-separated corpus names, or none for seeds only (default: every corpus licensed for training)')
    .option('--name <name>', 'model name in the manifest')
    .option('--model-version <v>', 'model version in the manifest')
    .option('--epochs <n>', 'training epochs')
    .option('--hidden <n>', 'hidden layer width')
    .option('--batch-size <n>', 'training batch size')
    .option('--learning-rate <x>', 'learning rate')
    .option('--seed <n>', 'random seed')
    .option('--max-units-per-source <n>', 'cap on training units drawn from one corpus')
    .addHelpText('after', TRAIN_HELP)
    .action(async (raw: Record<string, unknown>) => {
      exitCode = await runTrain(parseCliOptions(TrainCliOptionsSchema, raw, 'train'), io);
    });

  registerServe(program, io, { workerFile, setExitCode: (code) => { exitCode = code; } });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every parse error (unknown flag, missing argument, bad choice) is 2.
      if (error.exitCode === 0) return EXIT.OK;
      io.stderr.write(describeError(commanderUsageError(error, argv, program)));
      return EXIT.USAGE;
    }
    io.stderr.write(describeError(error));
    return exitCodeOf(error);
  }
}

/**
 * A commander parse error as a USAGE error: "error: unknown option '--x'" becomes
 * "threatframe: [USAGE] score: unknown option '--x'. See `threatframe score --help`."
 */
export function commanderUsageError(error: CommanderError, argv: readonly string[], program: Command): ThreatframeError {
  const names = new Set(program.commands.map((c) => c.name()));
  const command = argv.find((a) => names.has(a));
  if (error.code === 'commander.help') {
    return new ThreatframeError('USAGE', 'no command given; run `threatframe --help` for the commands (score, eval, train, serve).');
  }
  const what = error.message.replace(/^error:\s*/i, '').trim().replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
  const help = command ? `threatframe ${command} --help` : 'threatframe --help';
  return new ThreatframeError('USAGE', `${command ? `${command}: ` : ''}${what}. See \`${help}\`.`, { cause: error });
}
