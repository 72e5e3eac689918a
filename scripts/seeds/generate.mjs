#!/usr/bin/env node
// Regenerates the project's own labelled data:
//   seeds/grammar.jsonl        generated training seeds (threat grammar + matched non-threats)
//   seeds/handwritten.jsonl    compiled from scripts/seeds/hand/seeds-*.txt
//   fixtures/voice.jsonl       generated held-out suite + hand-written voice suite (hand/fixvoice-*.txt)
//   fixtures/handwritten.jsonl compiled from scripts/seeds/hand/fixtures-*.txt (incl. long articles)
//   fixtures/HOLDOUT.md        the held-out lists
//   fixtures/examples/*        quickstart inputs
// Deterministic: no Math.random, every stream is seeded from a string key.
// Usage: node scripts/seeds/generate.mjs
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng, makeRow, toJsonl, countBy, obfuscateIn, OBFUSCATIONS, toChat, toLowerNoPunct, toSms, cap, compile, docLabel } from './lib.mjs';
import * as G from './grammar.mjs';
import * as L from './lex-core.mjs';
import * as B from './lex-benign.mjs';
import { FRAMES } from './lex-frames.mjs';
import { TEMPLATES } from './templates.mjs';
import * as H from './holdout.mjs';
import { compileHandFile } from './hand.mjs';
import { EXAMPLE_POSTS, EXAMPLE_ARTICLES } from './examples.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const pad = (n, w = 5) => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------
// Filler substitution for sentence pools
// ---------------------------------------------------------------------------
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
function fillPool(s, sp, r) {
  const g = r.chance(0.5) ? 'm' : 'f';
  return s
    .replace(/\{N\}/g, () => r.pick(L.FIRST[sp][g]))
    .replace(/\{L\}/g, () => r.pick(L.LAST[sp]))
    .replace(/\{T\}/g, () => r.pick(L.TOWNS[sp]))
    .replace(/\{S\}/g, () => r.pick(L.STREETS[sp]))
    .replace(/\{A\}/g, () => String(16 + r.int(60)))
    .replace(/\{D\}/g, () => r.pick(DAYS))
    .replace(/\{K\}/g, () => String(3 + r.int(60)))
    .replace(/\{V\}/g, () => (r.chance(0.5) ? r.pick(L.FIRST[sp][g]) : r.pick(['mate', 'pal', 'buddy', 'sunshine', 'champ'])))
    .replace(/\{G\}/g, () => r.pick(GROUP_WORDS[sp]))
    .replace(/\b([Aa]) ([AEIOU])/g, '$1n $2');
}
const GROUP_WORDS = {
  seed: ['Rovers fans', 'landlords', 'cyclists', 'vegans', 'Tories', 'lefties', 'boomers', 'influencers', 'estate agents', 'City fans', 'politicians', 'tourists'],
  fix: ['Athletic fans', 'crypto bros', 'car dealers', 'golfers', 'pundits'],
};

function neutralSentence(sp, r, reg) {
  let s = fillPool(r.pick(B.NEUTRAL[sp]), sp, r);
  if (reg === 'chat') s = toChat(s, r);
  if (reg === 'lower') s = toLowerNoPunct(s);
  if (reg === 'sms') s = toSms(s, r, r.chance(0.3) ? L.EMOJI_CALM : null);
  return s;
}

// ---------------------------------------------------------------------------
// Row builders shared by seeds and fixtures
// ---------------------------------------------------------------------------
const GROUP_OF_CLS = {
  direct: 'own-voice-direct',
  normative: 'own-voice-normative',
  imperative: 'own-voice-incitement',
  conditional: 'own-voice-conditional',
  implicit: 'own-voice-implicit',
  communique: 'own-voice-edited-prose',
  novel: 'unseen-template',
};

function verbOf(core) {
  return core.pred.id;
}
function baseMeta(core, tpl, extra = {}) {
  return {
    template: tpl.id,
    verb: verbOf(core),
    target_kind: core.kind,
    speaker: core.spk,
    modal: core.modal ? core.modal[0] : null,
    core: `${core.split}:${core.tag}:${core.i}`,
    ...extra,
  };
}

function threatRow(id, core, r, group, opts = {}) {
  const rc = G.renderCore(core, r, { cls: opts.cls });
  if (!rc) return null;
  const reg = opts.register ?? G.pickRegister(r, core.cls);
  const sents = G.applyRegister(rc.sentences, reg, r);
  const joiner = rc.tpl.join ?? (r.chance(0.15) && sents.length > 1 ? '\n' : ' ');
  return makeRow(id, G.toMarkup(sents, joiner), group, baseMeta(core, rc.tpl, { register: reg }));
}

function contextRow(id, core, r, group, neutralSplit) {
  const rc = G.renderCore(core, r);
  if (!rc) return null;
  const reg = r.wpick([[40, 'chat'], [25, 'prose'], [20, 'lower'], [15, 'sms']]);
  const sents = G.applyRegister(rc.sentences, reg, r);
  const nBefore = r.wpick([[45, 1], [25, 2], [10, 3], [20, 0]]);
  const nAfter = nBefore === 0 ? 1 + r.int(2) : r.wpick([[60, 0], [30, 1], [10, 2]]);
  const before = Array.from({ length: nBefore }, () => neutralSentence(neutralSplit, r, reg));
  const after = Array.from({ length: nAfter }, () => neutralSentence(neutralSplit, r, reg));
  const joiner = r.chance(0.25) ? '\n' : ' ';
  const markup = [...before, G.toMarkup(sents, ' '), ...after].join(joiner);
  const position = nBefore && nAfter ? 'middle' : nBefore ? 'after-neutral' : 'before-neutral';
  return makeRow(id, markup, group, baseMeta(core, rc.tpl, { register: reg, position, neutral_before: nBefore, neutral_after: nAfter }));
}

function obfuscatedRow(id, core, r, group) {
  const rc = G.renderCore(core, r);
  if (!rc) return null;
  const reg = r.wpick([[40, 'chat'], [30, 'lower'], [20, 'sms'], [10, 'prose']]);
  let sents = G.applyRegister(rc.sentences, reg, r);
  const kind = r.pick(OBFUSCATIONS);
  const head = core.pred.veiled ? null : core.pred.v.split(/[ {]/)[0];
  const cands = [];
  if (head) {
    const hv = head.includes('-') ? head : head;
    cands.push(hv, G.fill ? hv : hv);
    const forms = [hv + 'ing', hv + 'ed', hv + 's'];
    cands.push(...forms);
  } else {
    const words = core.pred.v.replace(/\{[^}]*\}/g, ' ').split(/\s+/).filter((w) => w.length > 3 && /^[a-z']+$/i.test(w));
    cands.push(...words);
  }
  const lastWord = core.T.o.split(' ').filter((w) => w.length > 3).pop();
  if (lastWord && r.chance(0.3)) cands.unshift(lastWord);
  let done = false;
  sents = sents.map((x) => {
    if (done || !x.t) return x;
    for (const w of cands) {
      const o = obfuscateIn(x.s, w, kind, r);
      if (o && o !== x.s) {
        done = true;
        return { ...x, s: o };
      }
    }
    return x;
  });
  if (!done) return null;
  return makeRow(id, G.toMarkup(sents, ' '), group, baseMeta(core, rc.tpl, { register: reg, obfuscation: kind }));
}

function frameGroup(frame, used) {
  if (used.mode === 'reported') return 'reported-speech';
  return { news: 'quoted-in-news', court: 'quoted-in-news', police: 'quoted-in-news', press: 'quoted-in-news', relay: 'relayed-in-post', question: 'relayed-in-post', condemn: 'condemned-quoting', fiction: 'hypothetical-fiction' }[frame.type];
}

function framedRow(id, core, r, split, opts = {}) {
  const rc = G.renderCore(core, r);
  if (!rc) return null;
  const frames = G.framesFor(split, (f) => {
    if (opts.types && !opts.types.includes(f.type)) return false;
    const wantsRs = f.rsOk || f.inf;
    if (opts.mode === 'reported' && !wantsRs) return false;
    if (opts.mode === 'quote' && wantsRs) return false;
    if (f.rsOk && !G.rsAvailable(core)) return false;
    if (f.inf && !G.infAvailable(core)) return false;
    return true;
  });
  if (!frames.length) return null;
  const frame = r.pick(frames);
  const reg = r.wpick([[45, 'prose'], [25, 'chat'], [15, 'lower'], [15, 'sms']]);
  const sents = G.applyRegister(rc.sentences, reg, r);
  const content = sents.map((x) => x.s).join(' ');
  const style = G.pickQuoteStyle(r, frame.casual);
  const { c, used } = G.frameContext(core, content, style, r);
  let markup = frame.f(c);
  let row = makeRow(id, markup, null, {});
  if (frame.casual && r.chance(0.35)) {
    const low = row.text.toLowerCase();
    if (low.length === row.text.length) row.text = low;
  }
  row.group = opts.group ?? frameGroup(frame, used);
  row.meta = baseMeta(core, rc.tpl, { frame: frame.id, frame_type: frame.type, quote_style: used.mode === 'quote' ? style : null, position: used.pos, mode: used.mode, quote_register: reg });
  return row;
}

function negatedRow(id, core, r, group) {
  const rc = G.renderCore(core, r, { cls: 'neg' });
  if (!rc) return null;
  const reg = r.wpick([[50, 'prose'], [30, 'chat'], [20, 'lower']]);
  const sents = G.applyRegister(rc.sentences, reg, r);
  return makeRow(id, G.toMarkup(sents, ' '), group, baseMeta(core, rc.tpl, { register: reg }));
}

function objectRow(id, core, objPhrase, r, group) {
  const rc = G.renderCore(core, r, { isObj: true, override: { phrase: objPhrase } });
  if (!rc) return null;
  const reg = r.wpick([[35, 'prose'], [40, 'chat'], [15, 'lower'], [10, 'sms']]);
  let sents = G.applyRegister(rc.sentences, reg, r).map((x) => ({ ...x, t: false }));
  let markup = sents.map((x) => x.s).join(' ');
  if (r.chance(0.3)) markup = neutralSentence(core.split === 'fix' ? 'fix' : 'seed', r, reg) + ' ' + markup;
  return makeRow(id, markup, group, { ...baseMeta(core, rc.tpl, { register: reg }), object: objPhrase, target_kind: 'object' });
}

function poolRow(id, pools, sp, r, group, opts = {}) {
  const pool = r.pick(pools);
  let s = fillPool(r.pick(pool), sp, r);
  const reg = opts.noRegister ? 'prose' : r.wpick([[55, 'prose'], [25, 'chat'], [12, 'lower'], [8, 'sms']]);
  if (reg === 'chat') s = toChat(s, r);
  if (reg === 'lower') s = toLowerNoPunct(s);
  if (reg === 'sms') s = toSms(s, r, L.EMOJI_CALM);
  let markup = opts.label ? `[${opts.label} ${s}]` : s;
  if (opts.addNeutral && r.chance(opts.addNeutral)) {
    const n = neutralSentence(sp, r, reg);
    markup = r.chance(0.5) ? `${n} ${markup}` : `${markup} ${n}`;
  }
  return makeRow(id, markup, group, { register: reg, pool: opts.poolName ?? group });
}

function benignIntentRow(id, core, phrase, r, group) {
  const rc = G.renderCore(core, r, { benign: true, override: { phrase } });
  if (!rc) return null;
  const reg = r.wpick([[40, 'prose'], [35, 'chat'], [15, 'lower'], [10, 'sms']]);
  const sents = G.applyRegister(rc.sentences, reg, r);
  let markup = sents.map((x) => x.s).join(' ');
  if (r.chance(0.25)) markup = neutralSentence(core.split === 'fix' ? 'fix' : 'seed', r, reg) + ' ' + markup;
  return makeRow(id, markup, group, baseMeta(core, rc.tpl, { register: reg, verb: 'benign:' + phrase.split(' ')[0], benign_vp: phrase }));
}

function benignVps(split) {
  return B.BENIGN_VPS.filter((_, idx) => (split === 'fix' ? idx % 4 === 3 : idx % 4 !== 3));
}
function benignIntentFor(split, i, tag) {
  const r = rng(`${split}:benint:${tag}:${i}`);
  const cls = r.wpick([[50, 'direct'], [20, 'normative'], [30, 'conditional']]);
  const core = G.makeCore(split, `ben${tag}`, i, { cls });
  const letter = L.TARGET_KINDS[core.kind];
  // after a demand or a condition only plainly lawful responses stay benign ("...or I'll sue you");
  // "...or I'll visit you" would read as a veiled threat.
  const LAWFUL = /^(sue|take .* to court|report|file a complaint|write|complain|vote against|block|unfollow|ignore|never speak|leave a bad review|campaign against|boycott|ring .* sort|audit|inspect)/;
  const vps = benignVps(split).filter(([p, t]) => (t.includes(letter) || (letter === 'g' && t.includes('a'))) && (cls !== 'conditional' || LAWFUL.test(p)));
  if (!vps.length) return null;
  const [phrase] = r.pick(vps);
  return benignIntentRow(`${split === 'fix' ? 'fx:voice:benign-intent' : 'seed:benint'}:${pad(i, split === 'fix' ? 4 : 5)}`, core, phrase, r, 'benign-intent');
}

function newsCompRow(id, sp, r, group) {
  const e = r.pick(B.NEWS_EVENTS);
  let s = r.pick(B.NEWS_TEMPLATES[sp]).replace('{E}', e).replace('{P}', r.pick(B.NEWS_PLACES[sp]));
  s = fillPool(s, sp, r);
  s = s[0].toUpperCase() + s.slice(1);
  return makeRow(id, `[R ${s}]`, group, { register: 'news', pool: 'news-composed' });
}

function abuseCompRow(id, sp, r, group) {
  const P = B.ABUSE_PARTS;
  let body = r.pick(P.body).replace('{ADJ}', r.pick(P.adj)).replace('{NOUN}', r.pick(P.noun)).replace('{THING}', r.pick(P.thing));
  let open = r.pick(P.open);
  let s = (open ? open + ' ' : '') + body;
  s = fillPool(s, sp, r);
  s = s[0].toUpperCase() + s.slice(1) + r.pick(['.', '.', '!', '', ' 🙄', ' 😂']);
  if (r.chance(0.3)) s = toLowerNoPunct(s);
  return makeRow(id, s, group, { register: 'chat', pool: 'abuse-composed' });
}

// benign object phrases, split between seeds and fixtures
function objectPairs(split) {
  const all = [];
  for (const p of G.PREDS) for (const o of p.obj ?? []) all.push([p, o]);
  return all.filter(([p], idx) => {
    if (H.isHeldOutVerb(p.id)) return split === 'fix';
    return split === 'fix' ? idx % 4 === 3 : idx % 4 !== 3;
  });
}

// ---------------------------------------------------------------------------
// SEEDS
// ---------------------------------------------------------------------------
function buildSeeds() {
  const rows = [];
  const seen = new Set();
  const push = (row) => {
    if (!row) return;
    if (seen.has(row.text)) return;
    seen.add(row.text);
    rows.push(row);
  };
  const S = 'seed';
  const N_THREAT = 2000;
  for (let i = 0; i < N_THREAT; i++) {
    const core = G.makeCore(S, 'main', i);
    const r = rng(`seed:threat:${i}`);
    const row = threatRow(`seed:own:${core.cls}:${pad(i)}`, core, r, GROUP_OF_CLS[core.cls]);
    push(row);
  }
  for (let i = 0; i < 320; i++) {
    const core = G.makeCore(S, 'comm', i, { cls: 'communique' });
    push(threatRow(`seed:own:communique:${pad(i)}`, core, rng(`seed:comm:${i}`), 'own-voice-edited-prose'));
  }
  for (let i = 0; i < 520; i++) {
    const core = G.makeCore(S, 'main', i);
    push(contextRow(`seed:own:context:${pad(i)}`, core, rng(`seed:context:${i}`), 'own-voice-context', 'seed'));
  }
  for (let i = 0; i < 400; i++) {
    const core = G.makeCore(S, 'main', 600 + i);
    push(obfuscatedRow(`seed:own:obf:${pad(i)}`, core, rng(`seed:obf:${i}`), 'own-voice-obfuscated'));
  }
  // matched non-threats from the same cores
  for (let i = 0; i < 1900; i++) {
    const core = G.makeCore(S, 'main', i);
    const r = rng(`seed:frame:${i}`);
    const mode = G.rsAvailable(core) && r.chance(0.35) ? 'reported' : 'quote';
    push(framedRow(`seed:frame:${pad(i)}`, core, r, S, { mode }));
  }
  for (let i = 0; i < 440; i++) {
    const core = G.makeCore(S, 'main', 300 + i);
    if (core.pred.veiled) continue;
    push(negatedRow(`seed:neg:${pad(i)}`, core, rng(`seed:neg:${i}`), 'negated'));
  }
  const objs = objectPairs(S);
  for (let i = 0; i < 560; i++) {
    const r = rng(`seed:obj:${i}`);
    const [p, o] = objs[i % objs.length];
    const core = G.makeCore(S, 'obj', i, { cls: r.chance(0.8) ? 'direct' : 'normative' });
    core.pred = p;
    push(objectRow(`seed:obj:${pad(i)}`, core, o, r, 'object-target'));
  }
  for (let i = 0; i < 700; i++) push(benignIntentFor(S, i, ''));
  for (let i = 0; i < 160; i++) push(newsCompRow(`seed:newscomp:${pad(i)}`, S, rng(`seed:newscomp:${i}`), 'news-lead'));
  for (let i = 0; i < 260; i++) push(abuseCompRow(`seed:abusecomp:${pad(i)}`, S, rng(`seed:abusecomp:${i}`), 'abuse-no-threat'));
  // pools
  const pools = [
    ['idiom', 340, [B.IDIOMS.seed], {}, { addNeutral: 0.3 }],
    ['hypothetical-fiction', 200, [B.GAMES.seed], {}, { addNeutral: 0.2 }],
    ['abuse-no-threat', 420, [B.ABUSE.seed], {}, { addNeutral: 0.15 }],
    ['judicial', 130, [B.JUDICIAL.seed], {}, { addNeutral: 0.1 }],
    ['benign-chat', 260, [B.BENIGN_CHAT.seed, B.NEUTRAL.seed], {}, { addNeutral: 0.5 }],
    ['self-harm', 16, [B.SELF_HARM.seed], {}, { noRegister: true }],
    ['news-lead', 270, [B.NEWS_LEADS.seed], { label: 'R' }, { noRegister: true }],
    ['casual-reporting', 110, [B.CASUAL_REPORTING.seed], { label: 'R' }, {}],
  ];
  for (const [group, n, ps, lab, o] of pools) {
    for (let i = 0; i < n; i++) {
      push(poolRow(`seed:pool:${group}:${pad(i)}`, ps, S, rng(`seed:pool:${group}:${i}`), group, { ...lab, ...o, poolName: group }));
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------
// FIXTURES (held-out templates, frames, verbs, target kinds, fillers)
// ---------------------------------------------------------------------------
function norm(s) {
  return s.toLowerCase().replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}

function buildFixtures(seedRows) {
  const seedTexts = new Set(seedRows.map((r) => norm(r.text)));
  const seedSpans = new Set();
  for (const r of seedRows) for (const s of r.spans) if (s.label !== 'reporting') seedSpans.add(norm(r.text.slice(s.start, s.end)));
  const rows = [];
  const seen = new Set();
  const F = 'fix';
  const ok = (row) => {
    if (!row) return false;
    const t = norm(row.text);
    if (seen.has(t) || seedTexts.has(t)) return false;
    for (const s of row.spans) if (s.label !== 'reporting' && seedSpans.has(norm(row.text.slice(s.start, s.end)))) return false;
    seen.add(t);
    rows.push(row);
    return true;
  };
  const TARGET = 70;
  const fill = (group, make, n = TARGET) => {
    let got = 0;
    for (let i = 0; got < n && i < n * 30; i++) {
      if (ok(make(i, `fx:voice:${group}:${pad(i, 4)}`))) got++;
    }
    if (got < n) console.warn(`fixture group ${group}: only ${got}/${n}`);
  };
  const own = (cls, extra = {}) => (i, id) => {
    const core = G.makeCore(F, `${cls}${extra.tag ?? ''}`, i, { cls, ...extra });
    return threatRow(id, core, rng(`fix:${cls}:${i}`), extra.group ?? GROUP_OF_CLS[cls]);
  };
  fill('own-voice-direct', own('direct'));
  fill('own-voice-normative', (i, id) => {
    const r = rng(`fix:norm-cls:${i}`);
    const cls = r.chance(0.75) ? 'normative' : 'imperative';
    const core = G.makeCore(F, 'norm', i, { cls });
    return threatRow(id, core, rng(`fix:norm:${i}`), 'own-voice-normative');
  });
  fill('own-voice-conditional', own('conditional'));
  fill('own-voice-implicit', own('implicit'));
  fill('own-voice-edited-prose', own('communique', { group: 'own-voice-edited-prose' }));
  fill('own-voice-after-neutral', (i, id) => {
    const core = G.makeCore(F, 'ctx', i);
    return contextRow(id, core, rng(`fix:ctx:${i}`), 'own-voice-after-neutral', 'fix');
  });
  fill('own-voice-obfuscated', (i, id) => {
    const core = G.makeCore(F, 'obf', i, { cls: rng(`fix:obfcls:${i}`).chance(0.6) ? 'direct' : 'normative' });
    return obfuscatedRow(id, core, rng(`fix:obf:${i}`), 'own-voice-obfuscated');
  });
  fill('unseen-verb', (i, id) => {
    const r = rng(`fix:uv:${i}`);
    const cls = r.wpick([[45, 'direct'], [25, 'normative'], [15, 'conditional'], [15, 'implicit']]);
    const core = G.makeCore(F, 'uv', i, { cls, heldVerbs: true });
    return threatRow(id, core, rng(`fix:uv-r:${i}`), 'unseen-verb');
  });
  fill('unseen-template', (i, id) => {
    const core = G.makeCore(F, 'novel', i, { cls: 'novel' });
    return threatRow(id, core, rng(`fix:novel:${i}`), 'unseen-template');
  });
  fill('unseen-target-kind', (i, id) => {
    const r = rng(`fix:uk:${i}`);
    const cls = r.wpick([[50, 'direct'], [20, 'normative'], [15, 'conditional'], [15, 'implicit']]);
    const core = G.makeCore(F, 'uk', i, { cls, heldKinds: true });
    return threatRow(id, core, rng(`fix:uk-r:${i}`), 'unseen-target-kind');
  });
  const framed = (types, mode, group) => (i, id) => {
    const core = G.makeCore(F, `fr-${group}`, i);
    return framedRow(id, core, rng(`fix:fr:${group}:${i}`), F, { types, mode, group });
  };
  fill('quoted-in-news', framed(['news', 'court', 'police', 'press'], 'quote', 'quoted-in-news'));
  fill('reported-speech', (i, id) => {
    const r = rng(`fix:rs-cls:${i}`);
    const core = G.makeCore(F, 'rs', i, { cls: r.chance(0.75) ? 'direct' : 'normative' });
    return framedRow(id, core, rng(`fix:rs:${i}`), F, { mode: 'reported', group: 'reported-speech', types: ['news', 'court', 'police', 'press', 'relay', 'question'] });
  });
  fill('relayed-in-post', framed(['relay', 'question'], 'quote', 'relayed-in-post'));
  fill('condemned-quoting', framed(['condemn'], 'quote', 'condemned-quoting'));
  fill('negated', (i, id) => {
    const core = G.makeCore(F, 'neg', i, { cls: rng(`fix:negcls:${i}`).chance(0.7) ? 'direct' : 'normative' });
    return negatedRow(id, core, rng(`fix:neg:${i}`), 'negated');
  });
  fill('hypothetical-fiction', (i, id) => {
    const r = rng(`fix:hf:${i}`);
    if (r.chance(0.5)) {
      const core = G.makeCore(F, 'fic', i);
      return framedRow(id, core, r, F, { types: ['fiction'], group: 'hypothetical-fiction' });
    }
    return poolRow(id, [B.GAMES.fix], F, r, 'hypothetical-fiction', { addNeutral: 0.2 });
  });
  const fobjs = objectPairs(F);
  fill('object-target', (i, id) => {
    const r = rng(`fix:obj:${i}`);
    const [p, o] = fobjs[i % fobjs.length];
    const core = G.makeCore(F, 'obj', i, { cls: r.chance(0.8) ? 'direct' : 'normative' });
    core.pred = p;
    return objectRow(id, core, o, r, 'object-target');
  });
  fill('benign-intent', (i) => benignIntentFor(F, i, ''));
  fill('idiom', (i, id) => poolRow(id, [B.IDIOMS.fix], F, rng(`fix:idiom:${i}`), 'idiom', { addNeutral: 0.35 }));
  fill('abuse-no-threat', (i, id) => poolRow(id, [B.ABUSE.fix], F, rng(`fix:abuse:${i}`), 'abuse-no-threat', { addNeutral: 0.2 }));
  fill('news-lead', (i, id) => {
    const r = rng(`fix:lead:${i}`);
    if (r.chance(0.3)) return newsCompRow(id, F, r, 'news-lead');
    if (r.chance(0.7)) return poolRow(id, [B.NEWS_LEADS.fix], F, r, 'news-lead', { label: 'R', noRegister: true });
    return poolRow(id, [B.CASUAL_REPORTING.fix], F, r, 'news-lead', { label: 'R' });
  });
  fill('benign-chat', (i, id) => {
    const r = rng(`fix:chat:${i}`);
    return poolRow(id, [B.BENIGN_CHAT.fix, B.NEUTRAL.fix, B.JUDICIAL.fix, B.SELF_HARM.fix], F, r, 'benign-chat', { addNeutral: 0.4 });
  });
  return rows;
}

// ---------------------------------------------------------------------------
// Hand-written files
// ---------------------------------------------------------------------------
function handRows(prefixFile, idPrefix) {
  const dir = join(HERE, 'hand');
  const files = readdirSync(dir).filter((f) => f.startsWith(prefixFile) && f.endsWith('.txt')).sort();
  const rows = [];
  for (const f of files) rows.push(...compileHandFile(join(dir, f), idPrefix));
  return rows;
}

// ---------------------------------------------------------------------------
// HOLDOUT.md and examples
// ---------------------------------------------------------------------------
function holdoutMd() {
  const preds = new Map([...G.PREDS, ...G.VEILS].map((p) => [p.id, p]));
  const verbLines = H.HOLDOUT_VERBS.map((id) => `| \`${id}\` | ${preds.get(id)?.veiled ? 'veiled' : /\s/.test(preds.get(id)?.v.replace(/\{[^}]*\}/g, '').trim()) ? 'idiom' : 'verb'} | ${preds.get(id)?.v.replace(/\|/g, '/')} |`);
  const fxT = TEMPLATES.filter((t) => t.id.startsWith(H.HOLDOUT_TEMPLATE_PREFIX));
  const hf = FRAMES.filter((f) => f.id.startsWith(H.HOLDOUT_FRAME_PREFIX));
  const seedPreds = [...G.PREDS, ...G.VEILS].filter((p) => !H.isHeldOutVerb(p.id));
  return `# Held-out lists (generated by scripts/seeds/generate.mjs from scripts/seeds/holdout.mjs)

Everything listed here appears **only** in \`fixtures/\` and never in \`seeds/\`. The generator filters every
seed stream with these lists, and \`scripts/seeds/check.mjs\` verifies it again on the metadata of every
seed row and on the raw text of every seed row (generated and hand-written) with the surface patterns in
\`holdout.mjs\` (so a hand-written seed cannot slip a held-out verb in).

The lexicon has ${G.PREDS.length + G.VEILS.length} predicates (${G.PREDS.length} verbs/idioms + ${G.VEILS.length} veiled/surveillance clauses);
${seedPreds.length} are available to seeds and ${H.HOLDOUT_VERBS.length} are held out.

## Held-out predicates (${H.HOLDOUT_VERBS.length})
Used by the \`unseen-verb\` group (and by \`object-target\` / \`idiom\` fixtures where the verb has a harmless
object use, e.g. "smother the chips in gravy", "skewer the kebabs").

| id | type | phrase |
|---|---|---|
${verbLines.join('\n')}

## Held-out target kinds (${H.HOLDOUT_TARGET_KINDS.length})
${H.HOLDOUT_TARGET_KINDS.map((k) => `- \`${k}\``).join('\n')}

Used by the \`unseen-target-kind\` group. Seen kinds: ${Object.keys(L.TARGET_KINDS).filter((k) => !H.isHeldOutKind(k)).map((k) => `\`${k}\``).join(', ')}.

## Held-out templates (${fxT.length})
Every generated fixture row uses a template whose id starts with \`${H.HOLDOUT_TEMPLATE_PREFIX}\`; seeds use \`t-\` templates only.
The \`unseen-template\` group uses the structurally novel \`fx-u*\` shapes (lists, hashtags, replies,
step-by-step, fragments, repetition).

${fxT.map((t) => `- \`${t.id}\` (${t.cls})`).join('\n')}

## Held-out reporting frames (${hf.length})
Every framed fixture row (quoted-in-news, reported-speech, relayed-in-post, condemned-quoting, the framed part
of hypothetical-fiction) uses a frame whose id starts with \`${H.HOLDOUT_FRAME_PREFIX}\`; seeds use \`sf-\` frames only.

${hf.map((f) => `- \`${f.id}\` (${f.type}${f.rsOk ? ', reported speech' : ''}${f.inf ? ', infinitive complement' : ''})`).join('\n')}

## Held-out fillers
Names, towns, streets, platforms, organisations, roles, victims, neutral sentences, idioms, abuse lines, news
leads, games and chat lines used in generated fixtures come from separate \`fix\` pools in
\`lex-core.mjs\` / \`lex-benign.mjs\`, so fixture texts never share those sentences with seeds. The generator
also drops any fixture row whose full text, or whose threat / quoted_threat span text, equals one in the seeds.

## What is *not* held out
Seen verbs (kill, shoot, stab, ...) and seen target kinds do appear in fixtures outside the \`unseen-verb\` and
\`unseen-target-kind\` groups, always in held-out templates and frames with held-out fillers: those groups
measure voice vs genre, the two \`unseen-*\` groups measure lexical and target generalisation.
`;
}

function csvField(s) {
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function writeExamples() {
  const dir = join(ROOT, 'fixtures', 'examples');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'posts.jsonl'), EXAMPLE_POSTS.map((p) => JSON.stringify(p)).join('\n') + '\n');
  writeFileSync(join(dir, 'posts.csv'), 'id,text\n' + EXAMPLE_POSTS.map((p) => `${csvField(p.id)},${csvField(p.text)}`).join('\n') + '\n');
  writeFileSync(join(dir, 'posts.txt'), EXAMPLE_POSTS.map((p) => p.text.replace(/\s*\n\s*/g, ' ')).join('\n') + '\n');
  writeFileSync(join(dir, 'articles.jsonl'), EXAMPLE_ARTICLES.map((p) => JSON.stringify(p)).join('\n') + '\n');
}

function updateReadmeCounts(path, files) {
  let txt;
  try {
    txt = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const start = '<!-- counts:start -->';
  const end = '<!-- counts:end -->';
  const a = txt.indexOf(start);
  const b = txt.indexOf(end);
  if (a < 0 || b < 0) return;
  const lines = [];
  for (const [name, rows] of files) {
    lines.push(`\n**${name}** (${rows.length} rows)\n`);
    lines.push('| group | rows | threat | reporting | benign |', '|---|---:|---:|---:|---:|');
    const groups = [...countBy(rows, (r) => r.group).keys()].sort();
    for (const g of groups) {
      const gr = rows.filter((r) => r.group === g);
      const c = countBy(gr, (r) => r.label);
      lines.push(`| ${g} | ${gr.length} | ${c.get('threat') ?? 0} | ${c.get('reporting') ?? 0} | ${c.get('benign') ?? 0} |`);
    }
  }
  const out = txt.slice(0, a + start.length) + '\n' + lines.join('\n') + '\n' + txt.slice(b);
  writeFileSync(path, out);
}

// ---------------------------------------------------------------------------
function main() {
  const seeds = buildSeeds();
  const seedHand = handRows('seeds-', 'seed:hand');
  const fixGen = buildFixtures([...seeds, ...seedHand]);
  const fixVoiceHand = handRows('fixvoice-', 'fx:hand:voice');
  const fixHand = handRows('fixtures-', 'fx:hand');
  mkdirSync(join(ROOT, 'seeds'), { recursive: true });
  mkdirSync(join(ROOT, 'fixtures'), { recursive: true });
  writeFileSync(join(ROOT, 'seeds', 'grammar.jsonl'), toJsonl(seeds));
  writeFileSync(join(ROOT, 'seeds', 'handwritten.jsonl'), toJsonl(seedHand));
  writeFileSync(join(ROOT, 'fixtures', 'voice.jsonl'), toJsonl([...fixGen, ...fixVoiceHand]));
  writeFileSync(join(ROOT, 'fixtures', 'handwritten.jsonl'), toJsonl(fixHand));
  writeFileSync(join(ROOT, 'fixtures', 'HOLDOUT.md'), holdoutMd());
  writeExamples();
  updateReadmeCounts(join(ROOT, 'seeds', 'README.md'), [['seeds/grammar.jsonl', seeds], ['seeds/handwritten.jsonl', seedHand]]);
  updateReadmeCounts(join(ROOT, 'fixtures', 'README.md'), [['fixtures/voice.jsonl', [...fixGen, ...fixVoiceHand]], ['fixtures/handwritten.jsonl', fixHand]]);
  const summary = (name, rows) => {
    const c = countBy(rows, (r) => r.label);
    console.log(`${name}: ${rows.length} rows (threat ${c.get('threat') ?? 0}, reporting ${c.get('reporting') ?? 0}, benign ${c.get('benign') ?? 0})`);
  };
  summary('seeds/grammar.jsonl', seeds);
  summary('seeds/handwritten.jsonl', seedHand);
  summary('fixtures/voice.jsonl', [...fixGen, ...fixVoiceHand]);
  summary('fixtures/handwritten.jsonl', fixHand);
}

main();
