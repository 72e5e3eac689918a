import { describe, expect, it } from 'vitest';
import { applyDocHead, softmaxRows } from '../../src/calibrate.js';
import { fitDocHead, fitTemperature } from '../../src/train/calib.js';
import { mulberry32 } from '../../src/train/random.js';

describe('calibration', () => {
  it('softmax rows sum to one and temperature flattens them', () => {
    const p1 = softmaxRows(Float32Array.from([2, 0, -1, 5, 5, 5]), 3, 1);
    const p2 = softmaxRows(Float32Array.from([2, 0, -1]), 3, 4);
    expect((p1[0] as number) + (p1[1] as number) + (p1[2] as number)).toBeCloseTo(1);
    expect(p1[3]).toBeCloseTo(1 / 3);
    expect(p2[0] as number).toBeLessThan(p1[0] as number);
  });

  it('fits a temperature above 1 for over-confident logits', () => {
    const rand = mulberry32(5);
    const logits: number[] = [];
    const targets: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const correct = rand() < 0.7; // 70% accurate but logits claim ~99%
      const t = i % 2;
      targets.push(t);
      const predicted = correct ? t : 1 - t;
      logits.push(predicted === 0 ? 5 : 0, predicted === 1 ? 5 : 0);
    }
    const T = fitTemperature(Float32Array.from(logits), 2, targets, targets.map(() => 1));
    expect(T).toBeGreaterThan(2);
    const p = softmaxRows(Float32Array.from([5, 0]), 2, T);
    expect(p[0] as number).toBeGreaterThan(0.6);
    expect(p[0] as number).toBeLessThan(0.8);
  });

  it('fits a document head that separates linearly separable classes', () => {
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 90; i++) {
      const c = i % 3;
      x.push([c === 0 ? 1 : 0, c === 1 ? 1 : 0]);
      y.push(c);
    }
    const head = fitDocHead(['a', 'b'], { x, y, w: y.map(() => 1) }, 3, { l2: 0, iterations: 300, lr: 0.1 });
    expect(applyDocHead(head, [1, 0]).indexOf(Math.max(...applyDocHead(head, [1, 0])))).toBe(0);
    expect(applyDocHead(head, [0, 1]).indexOf(Math.max(...applyDocHead(head, [0, 1])))).toBe(1);
    expect(applyDocHead(head, [0, 0]).indexOf(Math.max(...applyDocHead(head, [0, 0])))).toBe(2);
  });
});
