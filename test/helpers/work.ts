/**
 * Linear time as a property of work done, not of the clock: no test may depend on how fast the machine
 * is right now (a shared 2-core machine at load 6 is 5x slower than a quiet one).
 *
 * `countWork(fn)` is an operation counter injected into the code under test without touching it: while
 * `fn` runs (synchronously), the string, regular-expression and array primitives that the segmenter,
 * tokenizer, feature extraction and span building are made of are wrapped, and each call adds the
 * characters (or elements) it visits: 1 for `charCodeAt`, the length scanned for `indexOf`, the span from
 * `lastIndex` to the end of the match (or of the string) for `RegExp.prototype.exec` (which `test`,
 * `match`, `replace`, `split` and `search` call with a regex), the length of the result for `slice`, the
 * array length for `filter`/`map`/`some`/... . A stage that re-scans the text or re-walks a list once per
 * sentence, quote or token shows up as work growing with the square of the input; the count is the same
 * on every machine and under any load. What it cannot see (a plain `for` loop over an array, or
 * backtracking inside one regex match) is covered by `cpuGrowth` below, and by the static regex scan in
 * test/hostile/linear-time.test.ts.
 *
 * `cpuGrowth(make, run)` is the timing fallback: CPU time of the process (not wall-clock time: a process
 * waiting for a busy CPU is not charged), size n and 4n interleaved, min of k repeats each, compared as a
 * ratio. A uniform slowdown of the machine (5x, or 50x) cancels out of the ratio; a burst of load hits one
 * repeat, which the minimum discards. Linear work gives ~4, quadratic ~16.
 */

type Method = (this: unknown, ...args: unknown[]) => unknown;

interface Patch {
  target: object;
  name: string | symbol;
  cost: (self: unknown, args: unknown[], result: unknown, before: number) => number;
  /** Read before the call (e.g. a regex's lastIndex). */
  before?: (self: unknown) => number;
}

const len = (v: unknown): number => (typeof v === 'string' || Array.isArray(v) ? v.length : 0);
const strLen = (self: unknown): number => (typeof self === 'string' ? self.length : String(self).length);
const arrLen = (self: unknown): number => (self !== null && typeof self === 'object' && 'length' in self ? Number((self as { length: number }).length) || 0 : 0);
const isRegExp = (v: unknown): boolean => v instanceof RegExp;

/** Characters from `from` to the hit (or to the end): what a forward search visited. */
function scanned(self: unknown, args: unknown[], result: unknown): number {
  const s = strLen(self);
  const from = typeof args[1] === 'number' ? Math.max(0, Math.min(s, args[1])) : 0;
  const needle = len(args[0]) || 1;
  return typeof result === 'number' && result >= 0 ? result - from + needle : s - from;
}

const S = String.prototype;
const A = Array.prototype;
const PATCHES: Patch[] = [
  ...(['charCodeAt', 'codePointAt', 'charAt', 'at'] as const).map((name): Patch => ({ target: S, name, cost: () => 1 })),
  { target: S, name: 'indexOf', cost: scanned },
  { target: S, name: 'includes', cost: (self, args, r) => (r ? scanned(self, args, S.indexOf.call(self, args[0] as string, args[1] as number)) : strLen(self)) },
  { target: S, name: 'lastIndexOf', cost: (self) => strLen(self) },
  ...(['startsWith', 'endsWith'] as const).map((name): Patch => ({ target: S, name, cost: (_s, args) => len(args[0]) + 1 })),
  ...(['slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'normalize'] as const).map(
    (name): Patch => ({ target: S, name, cost: (self, _a, r) => 1 + Math.max(len(r), name.startsWith('trim') || name.startsWith('to') || name === 'normalize' ? strLen(self) : 0) }),
  ),
  // With a regex argument these call RegExp.prototype.exec, which is counted itself.
  ...(['split', 'replace', 'replaceAll', 'match', 'matchAll', 'search'] as const).map(
    (name): Patch => ({ target: S, name, cost: (self, args) => (isRegExp(args[0]) ? 1 : 1 + strLen(self)) }),
  ),
  {
    target: RegExp.prototype,
    name: 'exec',
    before: (self) => ((self as RegExp).global || (self as RegExp).sticky ? (self as RegExp).lastIndex : 0),
    cost: (self, args, r, before) => {
      const re = self as RegExp;
      const m = r as RegExpExecArray | null;
      if (re.sticky) return 1 + (m ? m[0].length : 0);
      const end = m ? m.index + m[0].length : strLen(args[0]);
      return 1 + Math.max(0, end - before);
    },
  },
  ...(['indexOf', 'lastIndexOf', 'includes', 'find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'map', 'forEach', 'reduce', 'reduceRight', 'slice', 'splice', 'concat', 'join', 'sort', 'flat', 'flatMap', 'fill', 'reverse'] as const).map(
    (name): Patch => ({ target: A, name, cost: (self, _a, r) => 1 + Math.max(arrLen(self), name === 'slice' || name === 'concat' ? len(r) : 0) }),
  ),
];

let active = false;

/** Work done by `fn` (synchronous), in characters and elements visited by the primitives above. */
export function countWork(fn: () => void): number {
  if (active) throw new Error('countWork does not nest');
  let work = 0;
  const originals: Array<[object, string | symbol, Method]> = [];
  let counting = true; // the cost functions themselves use primitives: not counted
  for (const p of PATCHES) {
    const original = (p.target as Record<string | symbol, Method>)[p.name] as Method;
    originals.push([p.target, p.name, original]);
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      if (!counting) return original.apply(this, args);
      counting = false;
      const before = p.before ? p.before(this) : 0;
      counting = true;
      const result = original.apply(this, args);
      counting = false;
      try {
        work += p.cost(this, args, result, before);
      } finally {
        counting = true;
      }
      return result;
    };
    Object.defineProperty(p.target, p.name, { value: wrapped, writable: true, configurable: true, enumerable: false });
  }
  active = true;
  try {
    fn();
  } finally {
    counting = false;
    for (const [target, name, original] of originals) Object.defineProperty(target, name, { value: original, writable: true, configurable: true, enumerable: false });
    active = false;
  }
  return work;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/** Work for the input at size n and at `factor` x n (deterministic: one run each). */
export function workGrowth(make: (scale: number) => string, run: (text: string) => void, factor = 4): Growth {
  const a = make(1);
  const b = make(factor);
  const small = countWork(() => run(a));
  const large = countWork(() => run(b));
  return { small, large, ratio: large / Math.max(small, 1) };
}

/** CPU milliseconds (user + system) of this process while `fn` runs: time spent waiting for a CPU is not counted. */
export function cpuTime(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * CPU-time ratio cost(b) / cost(a): the two alternate `k` times and each keeps its fastest run; both
 * are repeated inside one measurement until `a` takes at least `minMs`, so the clock's granularity does
 * not matter. When the ratio is at or over `limit`, up to `retries` more rounds are measured and the
 * lowest ratio is kept: a real difference in work is there every time, a burst of load is not.
 */
export function cpuRatio(a: () => void, b: () => void, opts: { k?: number; minMs?: number; limit?: number; retries?: number } = {}): Growth {
  const { k = 2, minMs = 30, limit = Infinity, retries = 2 } = opts;
  const first = cpuTime(a); // also warms up the JIT
  const reps = Math.min(1 << 16, Math.max(1, Math.ceil(minMs / Math.max(first, 0.05))));
  const timed = (fn: () => void): number => cpuTime(() => { for (let j = 0; j < reps; j++) fn(); }) / reps;
  let best: Growth | undefined;
  for (let round = 0; round <= retries; round++) {
    let small = Infinity;
    let large = Infinity;
    for (let i = 0; i < k; i++) {
      small = Math.min(small, timed(a));
      large = Math.min(large, timed(b));
    }
    const g = { small, large, ratio: large / Math.max(small, 1e-6) };
    if (best === undefined || g.ratio < best.ratio) best = g;
    if (best.ratio < limit) break;
  }
  return best as Growth;
}

/** CPU-time growth of `run` from the input at size n (`make(1)`) to `factor` x n: see cpuRatio. */
export function cpuGrowth(make: (scale: number) => string, run: (text: string) => void, opts: { factor?: number; k?: number; minMs?: number; limit?: number; retries?: number } = {}): Growth {
  const a = make(1);
  const b = make(opts.factor ?? 4);
  return cpuRatio(() => run(a), () => run(b), opts);
}
