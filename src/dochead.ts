/**
 * Features of a whole document for the calibrated document head: how its unit scores are
 * distributed (max, top-2, count, share) together with its frame. A long article gets many chances
 * for one sentence to look threatening; the head sees the count and the frame, not just "any".
 */
import type { DocFrame } from './frame.js';
import type { UnitInput } from './features.js';

/** Unit class columns in the probability rows (UNIT_CLASSES order). */
const B = 0, R = 1, T = 2, Q = 3;
const K = 4;

export const DOC_FEATURE_NAMES = [
  'max_threat', 'logit_max_threat', 'top2_threat', 'mean_threat', 'log_count_threat', 'share_threat',
  'max_reporting', 'mean_reporting', 'mean_benign', 'max_quoted_threat', 'any_quote',
  'article', 'log_sentences', 'attribution_density', 'quote_share', 'dateline', 'first_second_ratio', 'third_ratio',
  'max_threat_x_article', 'max_threat_x_attribution', 'max_threat_x_third',
] as const;

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

export function docFeatures(units: UnitInput[], probs: Float32Array, frame: DocFrame): number[] {
  let max1 = 0, max2 = 0, sumT = 0, count = 0, n = 0, maxR = 0, sumR = 0, sumB = 0, maxQ = 0, quotes = 0;
  units.forEach((u, i) => {
    const o = i * K;
    if (u.kind === 'quote') {
      quotes++;
      maxQ = Math.max(maxQ, probs[o + Q] as number);
      return;
    }
    n++;
    const t = probs[o + T] as number;
    const r = (probs[o + R] as number) + (probs[o + Q] as number);
    if (t > max1) { max2 = max1; max1 = t; } else if (t > max2) max2 = t;
    sumT += t;
    if (t > 0.5) count++;
    maxR = Math.max(maxR, r);
    sumR += r;
    sumB += probs[o + B] as number;
  });
  const d = Math.max(1, n);
  return [
    max1, logit(max1), (max1 + max2) / 2, sumT / d, Math.log1p(count), count / d,
    maxR, sumR / d, sumB / d, maxQ, quotes > 0 ? 1 : 0,
    frame.article, frame.logSentences, frame.attributionDensity, frame.quoteShare, frame.dateline,
    frame.firstSecondRatio, frame.thirdRatio,
    max1 * frame.article, max1 * frame.attributionDensity, max1 * frame.thirdRatio,
  ];
}
