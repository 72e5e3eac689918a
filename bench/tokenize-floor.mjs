/**
 * The floor for `score`: the same JSONL in and out, but the only work per record is JSON.parse,
 * natural's WordTokenizer and JSON.stringify. Usage: node bench/tokenize-floor.mjs in.jsonl out.jsonl
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import tokenizers from 'natural/lib/natural/tokenizers/index.js';

const [input, output] = process.argv.slice(2);
const tokenizer = new tokenizers.WordTokenizer();
const out = createWriteStream(output);
let rest = '';
let n = 0;
const started = performance.now();
for await (const chunk of createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop() ?? '';
  let buf = '';
  for (const line of lines) {
    if (!line) continue;
    const rec = JSON.parse(line);
    buf += JSON.stringify({ id: rec.id, tokens: tokenizer.tokenize(rec.text) }) + '\n';
    n++;
  }
  if (!out.write(buf)) await once(out, 'drain');
}
if (rest.trim()) {
  const rec = JSON.parse(rest);
  out.write(JSON.stringify({ id: rec.id, tokens: tokenizer.tokenize(rec.text) }) + '\n');
  n++;
}
out.end();
await once(out, 'finish');
process.stdout.write(JSON.stringify({ records: n, seconds: (performance.now() - started) / 1000 }) + '\n');
