#!/usr/bin/env node
/**
 * `npm run test:loaded`: run `npm test` beside busy CPU loops, to show the suite holds on a busy
 * machine (no test may depend on wall-clock speed). Starts N child processes that spin (default 2, one
 * per core of the project's 2-core machines), runs `npm test` (arguments after `--` go to vitest), stops
 * the loops, prints the run time and the load average, and exits with npm test's exit code.
 *
 *   npm run test:loaded                      # the whole suite beside 2 loops
 *   npm run test:loaded -- test/unit         # a part of it
 *   TEST_LOADED_LOOPS=4 npm run test:loaded  # more loops
 *   TEST_LOADED_SCRIPT=test:unit npm run test:loaded   # another npm script (test:unit: vitest only)
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

const loops = Number(process.env.TEST_LOADED_LOOPS ?? 2);
const script = process.env.TEST_LOADED_SCRIPT ?? 'test';
if (!Number.isInteger(loops) || loops < 0 || loops > 64) {
  console.error(`test:loaded: TEST_LOADED_LOOPS must be a whole number from 0 to 64, got ${process.env.TEST_LOADED_LOOPS}`);
  process.exit(2);
}

const busy = [];
for (let i = 0; i < loops; i++) {
  const child = spawn(process.execPath, ['-e', 'let x = 0; for (;;) x = (x + 1) | 0;'], { stdio: 'ignore' });
  busy.push(child);
}
const stopLoops = () => {
  for (const child of busy) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};
process.on('exit', stopLoops);

const args = process.argv.slice(2);
const started = Date.now();
const load0 = loadavg()[0];
console.error(`test:loaded: ${loops} busy loop${loops === 1 ? '' : 's'} (pids ${busy.map((c) => c.pid).join(', ')}) beside \`npm run ${script}${args.length > 0 ? ` -- ${args.join(' ')}` : ''}\`; load average ${load0.toFixed(1)}`);
let peakLoad = load0;
const sampler = setInterval(() => {
  peakLoad = Math.max(peakLoad, loadavg()[0]);
}, 5000);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const test = spawn(npm, ['run', script, ...(args.length > 0 ? ['--', ...args] : [])], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    test.kill(signal);
    stopLoops();
  });
}
test.on('exit', (code, signal) => {
  clearInterval(sampler);
  stopLoops();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const status = code ?? (signal ? 1 : 0);
  console.error(`test:loaded: npm run ${script} exited ${status}${signal ? ` (${signal})` : ''} after ${seconds} s beside ${loops} busy loop${loops === 1 ? '' : 's'}; load average ${load0.toFixed(1)} at start, ${peakLoad.toFixed(1)} at most`);
  process.exit(status);
});
