/**
 * Safety: no network access at run time (in-process with every socket/DNS/fetch entry point patched,
 * and in a child process with a --require preload that blocks them before the built package loads), no
 * dynamic code evaluation (a static scan of our sources and dist, and a child process run with
 * --disallow-code-generation-from-strings), strict options with coded errors.
 */
import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import tls from 'node:tls';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier, type Input } from '../../src/index.js';
import { hostileInput } from './arbitraries.js';
import { checkResult, DIST_INDEX, ensureBuilt, load, ROOT, TEST_MODEL } from './helpers.js';
import { HOSTILE } from './inputs.js';

type Patchable = Record<string, unknown>;

/** Patch every network entry point to record and throw; returns the record and a restore function. */
function blockNetwork(): { attempts: string[]; restore: () => void } {
  const attempts: string[] = [];
  const saved: Array<[Patchable, string, unknown]> = [];
  const patch = (obj: object, key: string, name: string): void => {
    const o = obj as Patchable;
    saved.push([o, key, o[key]]);
    o[key] = (): never => {
      attempts.push(name);
      throw new Error(`network access attempted: ${name}`);
    };
  };
  patch(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
  patch(net, 'connect', 'net.connect');
  patch(net, 'createConnection', 'net.createConnection');
  patch(tls, 'connect', 'tls.connect');
  patch(http, 'request', 'http.request');
  patch(http, 'get', 'http.get');
  patch(https, 'request', 'https.request');
  patch(https, 'get', 'https.get');
  patch(http2, 'connect', 'http2.connect');
  patch(dns, 'lookup', 'dns.lookup');
  patch(dns, 'resolve', 'dns.resolve');
  patch(dns.promises, 'lookup', 'dns.promises.lookup');
  patch(dgram, 'createSocket', 'dgram.createSocket');
  patch(globalThis, 'fetch', 'fetch');
  syncBuiltinESMExports();
  return {
    attempts,
    restore: () => {
      for (const [o, k, v] of saved.reverse()) o[k] = v;
      syncBuiltinESMExports();
    },
  };
}

function hostileInputs(maxLength = 20_000, samples = 150): Input[] {
  return [
    ...HOSTILE.map((c) => c.make()).filter((t) => t.length <= maxLength),
    // Text that looks like it wants the network: URLs, e-mail addresses, markup that loads things.
    'Visit https://example.com/kill and http://127.0.0.1:80/ or ftp://x.y, mail a@b.co, <img src="http://evil.example/x.png">',
    ...fc.sample(hostileInput(300), { numRuns: samples, seed: 11 }),
  ];
}

describe('no network access at run time', () => {
  it('the patched entry points do block (the guard works)', async () => {
    const guard = blockNetwork();
    try {
      expect(() => net.connect(80, '127.0.0.1')).toThrow(/network access/);
      expect(() => new net.Socket().connect(80, '127.0.0.1')).toThrow(/network access/);
      await expect(Promise.resolve().then(() => fetch('http://127.0.0.1/'))).rejects.toThrow(/network access/);
      expect(guard.attempts).toEqual(['net.connect', 'net.Socket.prototype.connect', 'fetch']);
    } finally {
      guard.restore();
    }
  });

  it('loadClassifier (typed-array engine and TF.js cpu/wasm backends) and scoring many hostile inputs open no socket', async () => {
    const guard = blockNetwork();
    let classifiers: Classifier[] = [];
    try {
      classifiers = [await load(), await load({ backend: 'cpu' }), await load({ backend: 'wasm' })];
      for (const c of classifiers) {
        // TF.js's cpu backend is slow by design: it gets a smaller set.
        const inputs = c.engine === 'js' ? hostileInputs() : hostileInputs(2_000, 40);
        for (const input of inputs) {
          const text = typeof input === 'string' ? input : input.text;
          checkResult(text, c.classify(input), typeof input === 'string' ? {} : { id: input.id });
        }
        expect(c.classifyBatch(inputs)).toHaveLength(inputs.length);
        let n = 0;
        for await (const r of c.classifyStream(inputs)) if (r) n++;
        expect(n).toBe(inputs.length);
      }
    } finally {
      guard.restore();
      for (const c of classifiers) c.dispose();
    }
    expect(guard.attempts).toEqual([]);
  }, 120_000);

  it('a child process with every network entry point blocked by a --require preload scores hostile input through the built package (and under --disallow-code-generation-from-strings, with identical results)', () => {
    ensureBuilt();
    // The preload does block: a script that reaches out is caught and recorded.
    const preload = join(ROOT, 'test', 'hostile', 'fixtures', 'no-network.cjs');
    const probe = spawnSync(process.execPath, ['--require', preload, '--input-type=module', '-e', "import net from 'node:net'; try { net.connect(9, '127.0.0.1'); } catch {} try { await fetch('http://127.0.0.1:9/'); } catch {}"], { encoding: 'utf8' });
    expect(probe.stderr).toContain('NETWORK_ATTEMPTS=["net.connect","fetch"]');
    const dir = mkdtempSync(join(tmpdir(), 'tf-hostile-'));
    const inputsFile = join(dir, 'inputs.json');
    const inputs = hostileInputs(5_000, 60);
    writeFileSync(inputsFile, JSON.stringify(inputs));
    const script = join(ROOT, 'test', 'hostile', 'fixtures', 'score-child.mjs');
    const args = [script, inputsFile, 'wasm', pathToFileURL(DIST_INDEX).href, ...(TEST_MODEL ? [TEST_MODEL] : [])];
    const guarded = spawnSync(process.execPath, ['--require', preload, '--disallow-code-generation-from-strings', ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 120_000,
    });
    expect(guarded.stderr).toContain('NETWORK_ATTEMPTS=[]');
    expect(guarded.status, guarded.stderr).toBe(0);
    const plain = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    expect(plain.status, plain.stderr).toBe(0);
    const a = JSON.parse(guarded.stdout) as { results: unknown[]; batch: unknown[]; streamed: unknown[]; tfjs: { backend: string; results: unknown[] } };
    const b = JSON.parse(plain.stdout) as typeof a;
    expect(a.results).toHaveLength(inputs.length);
    expect(a.batch).toEqual(a.results);
    expect(a.streamed).toEqual(a.results);
    expect(a.tfjs.backend).toBe('wasm');
    expect(a.tfjs.results).toHaveLength(inputs.length);
    // Forbidding code generation from strings changes nothing.
    expect(a).toEqual(b);
  }, 180_000);
});

/** Files we own: src/**\/*.ts and the chunks tsup writes to dist (dependencies stay external). */
function ownSources(dir: string, exts: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : ownSources(p, exts);
    return exts.some((x) => e.name.endsWith(x)) ? [p] : [];
  });
}

const CODEGEN = [
  /(?<![\w$.-])eval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(?<![\w.])Function\s*\(\s*['"`]/,
  /\bvm\s*\.\s*(?:runIn\w*|compileFunction|Script|SourceTextModule)\b/,
  /['"]node:vm['"]|require\(\s*['"]vm['"]\s*\)/,
  /\bset(?:Timeout|Interval|Immediate)\s*\(\s*['"`]/,
  /\bnew\s+Worker\s*\([^)]*\beval\s*:\s*true/,
];

describe('no dynamic code evaluation', () => {
  it('src/**/*.ts and dist/*.{js,cjs} contain no eval, new Function, vm or string timers', () => {
    ensureBuilt();
    const files = [...ownSources(join(ROOT, 'src'), ['.ts']), ...ownSources(join(ROOT, 'dist'), ['.js', '.cjs'])];
    expect(files.some((f) => f.includes(`${join('dist', 'index.js')}`))).toBe(true);
    const hits: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      // dist holds only our code: dependencies (TF.js, natural, zod, ...) are external imports.
      if (f.includes(`${join(ROOT, 'dist')}`)) expect(src, f).not.toMatch(/registerKernel|function WordTokenizer|class ZodType/);
      src.split('\n').forEach((line, i) => {
        for (const re of CODEGEN) if (re.test(line)) hits.push(`${relative(ROOT, f)}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(files.length).toBeGreaterThan(20);
    expect(hits).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    const samples = ['eval("1")', 'x = new Function("a", "return a")', "Function('return this')()", "import vm from 'node:vm'", 'vm.runInNewContext(code)', "setTimeout('alert(1)', 0)"];
    for (const s of samples) expect(CODEGEN.some((re) => re.test(s)), s).toBe(true);
    for (const s of ['evaluate(predictions)', 'retrieval(x)', 'isFunction(x)', "typeof x === 'function'", 'wikitext-2-eval (EVAL ONLY)', 'obj.eval(x)']) expect(CODEGEN.some((re) => re.test(s)), s).toBe(false);
  });
});

describe('options are strict', () => {
  it.each([
    [{ spanz: 'all' }, 'spanz'],
    [{ maxlength: 10 }, 'maxlength'],
    [{ model: undefined, threshold: 0.5 }, 'threshold'],
    [{ backend: 'js', __proto__x: 1 }, '__proto__x'],
    [JSON.parse('{"__proto__": {"spans": "all"}}'), '__proto__'],
    [{ model: { manifest: {}, modelJson: {}, weights: new Uint8Array(0), extra: 1 } }, 'extra'],
  ])('unknown key %j -> INVALID_OPTIONS naming it', async (options, key) => {
    await expect(loadClassifier(options as never)).rejects.toMatchObject({ name: 'ThreatframeError', code: 'INVALID_OPTIONS', message: expect.stringContaining(key) });
  });

  it.each([
    [{ spans: 'some' }, 'spans'],
    [{ backend: 'gpu' }, 'backend'],
    [{ threatThreshold: 1 }, 'threatThreshold'],
    [{ threatThreshold: Number.NaN }, 'threatThreshold'],
    [{ maxLength: 0 }, 'maxLength'],
    [{ maxLength: 1.5 }, 'maxLength'],
    [{ maxLength: 1e12 }, 'maxLength'],
    [{ model: '' }, 'model'],
    [{ model: 42 }, 'model'],
  ])('bad value %j -> INVALID_OPTIONS naming the option', async (options, key) => {
    await expect(loadClassifier(options as never)).rejects.toMatchObject({ code: 'INVALID_OPTIONS', message: expect.stringContaining(key) });
  });

  it('non-object options are rejected with a coded error', async () => {
    for (const options of ['js', 42, [], true]) {
      await expect(loadClassifier(options as never)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    }
    expect(({} as Record<string, unknown>).spans).toBeUndefined();
  });
});
