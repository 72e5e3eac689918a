// The locked test (fixtures/locked): the shipped model beside the previous model, the keyword list and the
// offensive-language peer, on the same rows. Run once for the shipped model (never to choose a variant).
// Usage (after `npm run build`): node scripts/eval-locked.mjs [modelDir=models/default] [--no-model] [--json out.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadClassifier } from '../dist/index.js';
import { keywordBaseline, loadLocked, lockedReport, renderBias, renderLocked } from '../dist/train.js';

const args = process.argv.slice(2);
const noModel = args.includes('--no-model');
const jsonAt = args.indexOf('--json');
const modelDir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--json') ?? 'models/default';
const data = loadLocked('fixtures/locked');
const systems = {};
if (!noModel) {
  const c = await loadClassifier({ model: modelDir, spans: 'none' });
  systems[`${c.model.name} ${c.model.version}`] = (texts) => texts.map((t) => {
    const r = c.classify(t);
    return { threat: r.label === 'threat', score: r.scores.threat };
  });
}
const prevPath = 'scripts/data/previous-model-locked.json';
if (existsSync(prevPath)) {
  const prev = JSON.parse(readFileSync(prevPath, 'utf8'));
  systems[`previous model ${prev.model.version}`] = (texts) => texts.map((t) => {
    const p = prev.predictions[t];
    if (!p) throw new Error(`${prevPath} has no prediction for a locked row; regenerate it`);
    return { threat: p[0] === 1, score: p[1] };
  });
}
systems['keyword list'] = (texts) => texts.map((t) => ({ threat: keywordBaseline(t), score: keywordBaseline(t) ? 1 : 0 }));
const peerPath = resolve(process.env.THREATFRAME_PEERS_DIR ?? '../shared/peers', 'alt-profanity-check/score.mjs');
if (existsSync(peerPath)) {
  const { loadPeer } = await import(peerPath);
  const peer = loadPeer();
  systems['alt-profanity-check (peer)'] = (texts) => texts.map((t) => { const p = peer(t); return { threat: p >= 0.5, score: p }; });
}
const reports = Object.fromEntries(Object.entries(systems).map(([n, f]) => [n, lockedReport(data, f)]));
process.stdout.write(renderLocked(reports));
const firstName = Object.keys(reports)[0];
process.stdout.write(`\nPer identity group (${firstName}):\n\n${renderBias(reports[firstName])}`);
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], `${JSON.stringify(reports, null, 1)}\n`);
