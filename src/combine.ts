/**
 * From unit logits to calibrated unit probabilities and the document's scores, bottom-up.
 *
 * A unit's own-voice threat probability is content x voice, mapped by a monotone calibration fitted on dev
 * units. The rest of its mass is shared between quoted_threat (threatening content, someone else's voice),
 * reporting (about violence) and benign, in proportion to the model's outputs. The document's threat
 * probability is a monotone map of the highest unit threat probability, so it can always be explained by
 * pointing at that span, and no other unit can lower it. The shared pure maths lives here; no I/O.
 */
import type { Platt } from './schemas.js';
import { OUTPUTS } from './engine.js';

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-7, Math.max(1e-7, p));
  return Math.log(q / (1 - q));
}

/** Apply a calibration map p -> sigmoid(a * logit(p) + b). */
export function platt(p: number, map: Platt): number {
  return sigmoid(map.a * logit(p) + map.b);
}

export interface UnitProbs {
  /** P(the words would threaten someone if meant). */
  content: number;
  /** P(the author asserts them in their own voice). */
  voice: number;
  /** Calibrated P(own-voice threat). */
  threat: number;
  /** P(threatening content in someone else's voice). */
  quoted: number;
  /** P(about threats or violence, no threatening content). */
  reporting: number;
  benign: number;
}

/** Probabilities of unit i from the engine's logits (OUTPUTS per unit: content, topic, voice). */
export function unitProbs(logits: Float32Array, i: number, unitMap: Platt): UnitProbs {
  const o = i * OUTPUTS;
  const c = sigmoid(logits[o] as number);
  const r = sigmoid(logits[o + 1] as number);
  const v = sigmoid(logits[o + 2] as number);
  const threat = platt(c * v, unitMap);
  const q = c * (1 - v);
  const rr = (1 - c) * r;
  const bb = (1 - c) * (1 - r);
  const rest = (1 - threat) / (q + rr + bb || 1);
  return { content: c, voice: v, threat, quoted: q * rest, reporting: rr * rest, benign: bb * rest };
}

/** A unit without a single word or emoji token (a line of punctuation): nothing in it can threaten. */
export const EMPTY_UNIT: UnitProbs = { content: 0, voice: 0, threat: 0, quoted: 0, reporting: 0, benign: 1 };

/** Probabilities of every unit of a document (units with no tokens are EMPTY_UNIT, whatever the model says). */
export function unitProbsOf(units: ReadonlyArray<{ tokens: number }>, logits: Float32Array, unitMap: Platt): UnitProbs[] {
  return units.map((u, i) => (u.tokens === 0 ? EMPTY_UNIT : unitProbs(logits, i, unitMap)));
}

/** P(reporting or quoted | not a threat) of a unit: the share the document's reporting score is built from. */
export function reportingShare(p: UnitProbs): number {
  const rest = p.quoted + p.reporting + p.benign;
  return rest > 0 ? (p.quoted + p.reporting) / rest : 0;
}

export interface DocScores {
  threat: number;
  reporting: number;
  benign: number;
}

/**
 * Document scores from its units: threat = the document map of the highest unit threat probability;
 * the rest split by the highest unit reporting share. Monotone in every unit's threat probability.
 */
export function documentScores(units: readonly UnitProbs[], docMap: Platt): DocScores {
  if (units.length === 0) return { threat: 0, reporting: 0, benign: 1 };
  let maxT = 0;
  let maxR = 0;
  for (const u of units) {
    if (u.threat > maxT) maxT = u.threat;
    const r = reportingShare(u);
    if (r > maxR) maxR = r;
  }
  const threat = platt(maxT, docMap);
  return { threat, reporting: (1 - threat) * maxR, benign: (1 - threat) * (1 - maxR) };
}
