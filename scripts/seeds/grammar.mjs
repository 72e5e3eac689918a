// The threat grammar: builds "cores" (speaker x modal x predicate x target x
// time/condition) and renders them as own-voice threats and as matched
// non-threats (negated, quoted in a frame, reported, aimed at an object).
import {
  rng, cap, agree, inflectHead, ingOf, pastOf, ppOf, thirdOf, assertClean, toChat, toLowerNoPunct, toSms, toShout,
  wrapQuote, QUOTE_STYLES, obfuscateIn, OBFUSCATIONS, ppOf as ppHead,
} from './lib.mjs';
import * as L from './lex-core.mjs';
import { TEMPLATES } from './templates.mjs';
import { FRAMES } from './lex-frames.mjs';
import { HOLDOUT_TARGET_KINDS, isHeldOutVerb } from './holdout.mjs';

// ---------------------------------------------------------------------------
// Predicate tables
// ---------------------------------------------------------------------------
export const PREDS = L.PREDICATES.map(([id, v, types, o]) => ({ id, v, types, ...o, veiled: false }));
export const VEILS = L.VEILED.map(([id, v, types, o]) => ({ id, v, types, ...o, veiled: true }));

function compat(pred, letter, T) {
  if (pred.veiled) {
    if (pred.you && !T.you) return false;
    return pred.types.includes(letter);
  }
  if (pred.types.includes(letter)) return true;
  if (letter === 'g' && pred.types.includes('a')) return true;
  return false;
}

export function passiveOf(pred) {
  if (pred.pp === null) return null;
  if (typeof pred.pp === 'string') return pred.pp;
  if (!pred.v.includes('{O}') || pred.v.includes('{P}') || pred.v.includes('{PR')) return null;
  return inflectHead(pred.v.replace(' {O}', ''), ppHead).replace(/\s+/g, ' ').trim();
}

const POSS_OF_PR = { him: 'his', her: 'her', them: 'their', it: 'its', you: 'your', me: 'my', us: 'our' };
export function pronounTarget(T) {
  return { ...T, o: T.pr, p: POSS_OF_PR[T.pr] ?? 'their', s: T.prs };
}

export function fill(phrase, T) {
  const s = phrase
    .replace(/\{O\}/g, T.o)
    .replace(/\{P\}/g, T.p)
    .replace(/\{PRS\}/g, T.prs)
    .replace(/\{PR\}/g, T.pr)
    .replace(/\{S\}/g, T.s);
  return assertClean(agree(s, T.pl));
}

// ---------------------------------------------------------------------------
// Cores
// ---------------------------------------------------------------------------
const SEEN_KINDS = Object.keys(L.TARGET_KINDS).filter((k) => !HOLDOUT_TARGET_KINDS.includes(k));
const GROUP_KINDS = SEEN_KINDS.filter((k) => k.startsWith('group-'));

function kindWeights(cls) {
  const groups = (w) => GROUP_KINDS.map((k) => [w / GROUP_KINDS.length, k]);
  switch (cls) {
    case 'conditional':
      return [[70, 'you'], [6, 'person-name'], [4, 'person-role'], [4, 'official'], ...groups(6), [7, 'place'], [3, 'institution']];
    case 'imperative':
      return [[12, 'person-name'], [8, 'person-role'], [8, 'official'], ...groups(40), [24, 'place'], [8, 'institution']];
    case 'normative':
      return [[6, 'you'], [12, 'person-name'], [8, 'person-role'], [10, 'official'], ...groups(48), [11, 'place'], [5, 'institution']];
    case 'implicit':
      return [[48, 'you'], [10, 'person-name'], [8, 'person-role'], [8, 'official'], ...groups(12), [10, 'place'], [4, 'institution']];
    case 'communique':
      return [[8, 'you'], [6, 'person-name'], [4, 'person-role'], [14, 'official'], ...groups(44), [14, 'place'], [10, 'institution']];
    default:
      return [[30, 'you'], [12, 'person-name'], [10, 'person-role'], [8, 'official'], ...groups(22), [12, 'place'], [6, 'institution']];
  }
}

const SPEAKERS = {
  direct: [[70, 'I'], [30, 'we']],
  conditional: [[72, 'I'], [28, 'we']],
  normative: [[55, 'passive'], [35, 'someone'], [10, 'youpeople']],
  imperative: [[62, 'imp'], [38, 'lets']],
  implicit: [[100, 'I']],
  communique: [[70, 'we'], [30, 'I']],
  novel: [[70, 'I'], [30, 'we']],
};

export const PLAIN_MODALS = new Set(['will', 'll', 'gonna', 'going-to', 'am-going-to', 'are-going-to', 'shall', 'promise']);
function modalFor(spk, r, plain) {
  const pl = (arr) => (plain ? arr.filter(([k]) => PLAIN_MODALS.has(k)) : arr);
  switch (spk) {
    case 'I': return r.pick(pl(L.MODALS_I));
    case 'we': return r.pick(pl(L.MODALS_WE));
    case 'someone': return r.pick(L.MODALS_SOMEONE);
    case 'youpeople': return r.pick(L.MODALS_YOUPEOPLE);
    case 'imp': return r.pick(L.IMPERATIVES.filter(([k]) => !k.includes('lets')));
    case 'lets': return r.pick(L.IMPERATIVES.filter(([k]) => k.includes('lets')));
    default: return null;
  }
}

const COLLAB = ['works with the occupiers', 'sits on that council', 'enters that building', 'supports this project', 'informs for the police', 'sells to them'];
const HOURS = ['8', 'noon', 'midnight', '7pm', 'half nine', 'six sharp'];
const WORDS = ['word', 'post', 'lie', 'complaint', 'comment', 'video'];
const HANDLES = ['dolan_official', 'kessel_ref', 'gazette_news', 'cllr_brannagh', 'ashdown99', 'realmarrow', 'vargaphotos', 'hartwell_fc'];

/**
 * A core is a deterministic function of (split, tag, i): the same index gives
 * the same parts, so every family that uses core i renders matched variants.
 * opts: cls (force a class), heldVerbs (use only held-out predicates),
 * heldKinds (use only held-out target kinds).
 */
export function makeCore(split, tag, i, opts = {}) {
  const r = rng(`${split}:core:${tag}:${i}`);
  const sp = split === 'fix' ? 'fix' : 'seed';
  const cls = opts.cls ?? r.wpick([[38, 'direct'], [20, 'normative'], [8, 'imperative'], [16, 'conditional'], [18, 'implicit']]);
  const predOk = (p) => (opts.heldVerbs ? isHeldOutVerb(p.id) : !isHeldOutVerb(p.id));
  for (let attempt = 0; attempt < 50; attempt++) {
    let kind;
    if (opts.heldKinds) kind = r.pick(HOLDOUT_TARGET_KINDS);
    else kind = r.wpick(kindWeights(cls));
    if (opts.kind) kind = opts.kind;
    const T = L.makeTarget(kind, sp, r);
    const letter = L.TARGET_KINDS[kind];
    let spk = r.wpick(SPEAKERS[cls] ?? SPEAKERS.direct);
    if (T.you && (spk === 'youpeople' || spk === 'imp' || spk === 'lets')) spk = cls === 'normative' ? 'someone' : 'I';
    const pool = (cls === 'implicit' ? VEILS : PREDS).filter((p) => predOk(p) && compat(p, letter, T));
    if (!pool.length) continue;
    const pred = r.pick(pool);
    const pred2pool = PREDS.filter((p) => p.id !== pred.id && !isHeldOutVerb(p.id) && compat(p, letter, T) && !p.v.includes('{PR'));
    const pred2 = pred2pool.length ? r.pick(pred2pool) : null;
    const veil2pool = VEILS.filter((p) => p.id !== pred.id && !isHeldOutVerb(p.id) && compat(p, letter, T));
    const veil2 = cls === 'implicit' && veil2pool.length ? r.pick(veil2pool) : null;
    const modal = modalFor(spk, r, cls === 'conditional' || cls === 'communique' || r.chance(0.35));
    const times = sp === 'fix' ? [...L.TIMES.fix, ...L.TIMES.seed] : L.TIMES.seed;
    const time = r.chance(0.55) ? r.pick(times) : null;
    const instrClass = pred.i && L.INSTRUMENTS[pred.i] ? pred.i : null;
    const instr = instrClass ? r.pick(instrClass === 'any' ? L.INSTRUMENTS.any : [...L.INSTRUMENTS[instrClass]]) : null;
    return {
      split, tag, i, cls, spk, modal, T, kind, pred, pred2, veil2, time, instr,
      voc: T.you ? L.vocative(sp, r) : null,
      cond: r.pick(L.COND_YOU[sp]),
      condi: r.pick(L.COND_IMPERSONAL[sp]),
      unless: r.pick(L.UNLESS[sp]),
      dem: r.pick(L.DEMANDS[sp]),
      dead: r.pick(L.DEADLINES[sp]),
      word: r.pick(WORDS),
      org: r.pick(L.ORGS[sp]),
      town: r.pick(L.TOWNS[sp]),
      street: r.pick(L.STREETS[sp]),
      n: 2 + r.int(88),
      collab: r.pick(COLLAB),
      hour: r.pick(HOURS),
      handle: r.pick(HANDLES),
    };
  }
  throw new Error(`could not build core ${split}:${tag}:${i}`);
}

// ---------------------------------------------------------------------------
// Rendering the parts of a core into k (see templates.mjs)
// ---------------------------------------------------------------------------
function fixMy(s) {
  return s;
}

export function partsOf(core, override = {}) {
  const { T, pred, spk } = core;
  const k = {};
  k.T = T;
  k.spk = spk;
  k.SM = core.modal ? core.modal[1] : '';
  k.SMc = k.SM ? cap(k.SM) : '';
  k.SM2 = spk === 'we' ? "we'll" : "I'll";
  k.ME = spk === 'we' ? 'us' : 'me';
  const phrase0 = override.phrase ?? pred.v;
  // "ram my car into ..." only fits a first-person singular speaker
  const phrase = spk === 'I' ? phrase0 : phrase0.replace(/\bmy (car|truck)\b/g, 'a $1');
  if (!pred.veiled || override.phrase) {
    k.VP = fixMy(fill(phrase, T), spk);
    k.VPp = fixMy(fill(phrase, pronounTarget(T)), spk);
    k.ING = fixMy(fill(inflectHead(phrase, ingOf), T), spk);
    k.PAST = fixMy(fill(inflectHead(phrase, pastOf), T), spk);
    k.PPA = fixMy(fill(inflectHead(phrase, ppOf), T), spk);
    k.THIRD = fixMy(fill(inflectHead(phrase, thirdOf), T), spk);
    const pp = override.phrase ? null : passiveOf(pred);
    k.PP = pp ? fill(pp, T) : null;
    k.PPshort = k.PP && !k.PP.includes(' ') ? k.PP : null;
    k.VP2 = core.pred2 ? fill(spk === 'I' ? core.pred2.v : core.pred2.v.replace(/\bmy (car|truck)\b/g, 'a $1'), pronounTarget(T)) : null;
  } else {
    k.V = fill(pred.v, T);
    k.Vc = cap(k.V);
    if (core.veil2) {
      k.V2 = fill(core.veil2.v, T);
      k.V2c = cap(k.V2);
    }
  }
  k.TS = T.s;
  k.TSc = cap(T.s);
  k.TO = T.o;
  k.TSp = T.prs;
  k.ag = (a, b) => (T.pl ? b : a);
  k.TIME = core.time ? ' ' + core.time[0] : '';
  k.TIMEW = core.time ? core.time[0] : null;
  k.TIMEF = core.time && !/^(the second|when|during|at the|before the|after the|on election)/.test(core.time[0]) ? cap(core.time[0]) : null;
  k.VOC = core.voc ? cap(core.voc) : null;
  k.INSTR = core.instr;
  k.COND = core.cond;
  k.CONDI = core.condi;
  k.UNLESS = core.unless;
  k.DEM = core.dem;
  k.DEAD = core.dead;
  k.WORD = core.word;
  k.ORG = core.org;
  k.TOWN = core.town;
  k.STREET = core.street;
  k.N = core.n;
  k.COLLAB = core.collab;
  k.HOUR = core.hour;
  k.HANDLE = core.handle;
  return k;
}

// conditional / ultimatum templates whose wording is not itself threatening:
// with a non-violent predicate they give benign look-alikes ("If you come back, I'll call the council").
const BENIGN_OK = new Set(['t-c01', 't-c02', 't-c03', 't-c04', 't-c05', 't-c06', 't-c07', 't-c08', 't-c09', 't-c10', 't-c12', 'fx-c01', 'fx-c02', 'fx-c03', 'fx-c04', 'fx-c05', 'fx-c06', 'fx-c07']);
function templateFits(t, core, k, isObj, benign) {
  if (t.spk && !t.spk.includes(core.spk)) return false;
  if (!t.spk) {
    const dflt = { direct: ['I', 'we'], conditional: ['I', 'we'], imperative: ['imp', 'lets'], novel: ['I', 'we'], communique: ['I', 'we'], implicit: ['I'], neg: null, normative: ['someone', 'youpeople'] }[t.cls];
    if (dflt && !dflt.includes(core.spk)) return false;
  }
  if (t.plain && core.modal && !PLAIN_MODALS.has(core.modal[0])) return false;
  if (isObj) return !!t.obj;
  if (benign && !(t.obj || BENIGN_OK.has(t.id))) return false;
  if (t.you && !core.T.you) return false;
  if (t.third && core.T.you) return false;
  if (t.anim && !core.T.anim) return false;
  if (t.group && !core.T.group) return false;
  for (const n of t.need ?? []) if (!k[n]) return false;
  return true;
}

export function templatesFor(split, cls) {
  const prefix = split === 'fix' ? 'fx-' : 't-';
  return TEMPLATES.filter((t) => t.id.startsWith(prefix) && t.cls === cls);
}

// Pick a template for a core; returns { tpl, sentences } or null.
export function renderCore(core, r, opts = {}) {
  const split = core.split;
  const k = partsOf(core, opts.override);
  let classes = [opts.cls ?? core.cls];
  if (split === 'fix' && core.cls === 'imperative' && !opts.cls) classes = ['normative'];
  if (split === 'seed' && core.cls === 'imperative' && !opts.cls) classes = ['imperative'];
  const cands = classes.flatMap((c) => templatesFor(split, c)).filter((t) => templateFits(t, core, k, !!opts.isObj, !!opts.benign));
  if (!cands.length) return null;
  const tpl = r.pick(cands);
  const sentences = tpl.f(k).map((x) => (typeof x === 'string' ? { s: x, t: false, neg: true } : x));
  for (const s of sentences) assertClean(s.s);
  return { tpl, sentences, k };
}

// ---------------------------------------------------------------------------
// Registers
// ---------------------------------------------------------------------------
export function pickRegister(r, cls) {
  if (cls === 'communique') return 'prose';
  return r.wpick([[30, 'prose'], [33, 'chat'], [15, 'lower'], [13, 'sms'], [9, 'shout']]);
}

export function applyRegister(sentences, reg, r) {
  const out = sentences.map((x, idx) => {
    let s = x.s;
    if (reg === 'chat') s = toChat(s, r);
    else if (reg === 'lower') s = toLowerNoPunct(s);
    else if (reg === 'sms') s = toSms(s, r, idx === sentences.length - 1 ? L.EMOJI_THREAT : null);
    else if (reg === 'shout') s = toShout(s);
    return { ...x, s };
  });
  return out.filter((x) => x.s.length > 0);
}

export function toMarkup(sentences, joiner = ' ', label = 'T') {
  return sentences
    .map((x) => (x.t ? `[${label} ${x.s}]` : x.neg ? `[R ${x.s}]` : x.s))
    .join(joiner);
}

// ---------------------------------------------------------------------------
// Reported speech and frame context
// ---------------------------------------------------------------------------
const VICTIMS = {
  seed: [['a neighbour', 'f'], ['his former partner', 'f'], ['a shop worker', 'm'], ['a council officer', 'f'], ['a local imam', 'm'], ['a bus driver', 'm'], ['a journalist', 'f'], ['a teacher', 'm'], ['a care worker', 'f'], ['the complainant', 'm']],
  fix: [['a ferry steward', 'm'], ['a pharmacist', 'f'], ['a volunteer at the food bank', 'f'], ['a taxi driver', 'm'], ['a school governor', 'f']],
};
const WIRES = { seed: ['Northline Wire', 'Valley Press Agency', 'Coastal News Service'], fix: ['Harbour Wire', 'Midland Newsdesk'] };
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function rsAvailable(core) {
  if (core.pred.veiled) return false;
  if (core.cls === 'direct') return core.spk === 'I' || core.spk === 'we';
  if (core.cls === 'normative' || core.cls === 'imperative') return true;
  return false;
}
export function infAvailable(core) {
  return !core.pred.veiled && core.cls !== 'implicit';
}

function victimTarget(T, who, c) {
  const me = { o: 'me', p: 'my', s: 'I', pr: 'me', prs: 'I', pl: false };
  const us = { o: 'us', p: 'our', s: 'we', pr: 'us', prs: 'we', pl: true };
  const vict = { o: c.V.o, p: c.V.p, s: c.V.s, pr: c.V.o, prs: c.V.s, pl: false };
  const sub = who === 'me' ? me : who === 'us' ? us : vict;
  if (T.you) return { ...T, ...sub };
  if (/^your /.test(T.o)) {
    const o = T.o.replace(/^your /, sub.p + ' ');
    return { ...T, o, s: o, p: o + "'s" };
  }
  return T;
}

function rsClause(core, c, who, opts = {}) {
  const T2 = victimTarget(core.T, who, c);
  const vp = fill(core.pred.v, T2).replace(/\bmy\b/g, c.HIS);
  const time = core.time ? ' ' + core.time[1] : '';
  if (core.cls === 'direct') {
    const subj = core.spk === 'we' ? 'they' : c.HE;
    let aux = core.modal[2];
    if (subj === 'they') aux = aux.replace(/^was\b/, 'were');
    if (aux === 'would' && opts.contract) return `{${subj}'d ${vp}${time}}`;
    return `{${subj} ${aux} ${vp}${time}}`;
  }
  if (core.cls === 'normative' && core.spk === 'passive') {
    const pp = passiveOf(core.pred);
    if (pp) {
      const ts = T2.s;
      return `{${ts} should ${core.T.group ? 'all ' : ''}be ${fill(pp, T2)}${time}}`;
    }
    return `{someone should ${vp}${time}}`;
  }
  if (core.cls === 'normative') return `{${core.spk === 'youpeople' ? 'people' : 'someone'} should ${vp}${time}}`;
  return `{everyone should ${vp}${time}}`;
}

function infClause(core, c, who) {
  const T2 = victimTarget(core.T, who, c);
  const vp = fill(core.pred.v, T2).replace(/\bmy\b/g, c.HIS);
  const time = core.time ? ' ' + core.time[1] : '';
  return `{${vp}${time}}`;
}

export function frameContext(core, quoteContent, style, r) {
  const sp = core.split === 'fix' ? 'fix' : 'seed';
  const g = r.chance(0.8) ? 'm' : 'f';
  const first = r.pick(L.FIRST[sp][g]);
  const last = r.pick(L.LAST[sp]);
  const [vnp, vg] = r.pick(VICTIMS[sp]);
  const used = { pos: null, mode: null };
  const c = {
    NAME: `${first} ${last}`,
    LAST: last,
    HE: g === 'm' ? 'he' : 'she',
    HIS: g === 'm' ? 'his' : 'her',
    HIM: g === 'm' ? 'him' : 'her',
    AGE: 17 + r.int(50),
    TOWN: r.pick(L.TOWNS[sp]),
    STREET: r.pick(L.STREETS[sp]),
    DAY: r.pick(DAYS),
    PLAT: r.pick(L.PLATFORMS[sp]),
    K: 2 + r.int(30),
    WIRE: r.pick(WIRES[sp]),
    PROS: `${r.chance(0.5) ? 'Ms' : 'Mr'} ${r.pick(L.LAST[sp])}`,
    V: { np: vnp, o: vg === 'm' ? 'him' : 'her', p: vg === 'm' ? 'his' : 'her', s: vg === 'm' ? 'he' : 'she' },
    ORG: r.pick(L.ORGS[sp]),
    q: (pos) => {
      used.pos = pos;
      used.mode = 'quote';
      return wrapQuote(quoteContent, pos, style);
    },
    rs: (who, opts) => {
      used.mode = 'reported';
      used.pos = 'end';
      return rsClause(core, c, who, opts);
    },
    inf: (who) => {
      used.mode = 'reported';
      used.pos = 'end';
      return infClause(core, c, who ?? 'vict');
    },
  };
  return { c, used };
}

export function framesFor(split, filter) {
  const prefix = split === 'fix' ? 'hf-' : 'sf-';
  return FRAMES.filter((f) => f.id.startsWith(prefix) && filter(f));
}

export function pickQuoteStyle(r, casual) {
  if (casual) return r.wpick([[55, 'straight'], [20, 'curly'], [15, 'single'], [5, 'curly_single'], [5, 'guillemet']]);
  return r.wpick([[30, 'straight'], [30, 'curly'], [10, 'guillemet'], [5, 'guillemet_spaced'], [10, 'single'], [10, 'curly_single'], [5, 'low_high']]);
}

export { QUOTE_STYLES, obfuscateIn, OBFUSCATIONS };
