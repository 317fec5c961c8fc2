import { describe, expect, it } from 'vitest';
import {
  chooseLabels,
  LABEL_PX,
  labelBox,
  labelOrder,
  MIN_LABEL_PX,
  needsRestyle,
  type LabelCandidate,
} from './label-placement.ts';

const at = (id: string, x: number, y: number, width = 60): LabelCandidate => ({
  id,
  x,
  y,
  size: 10,
  width,
  height: 16,
});

describe('label boxes', () => {
  it('sits centred below its actor', () => {
    const box = labelBox(at('a', 100, 50, 40));
    expect((box.x1 + box.x2) / 2).toBe(100);
    expect(box.y1).toBeGreaterThan(50 + 5 - 3);
    expect(box.x2 - box.x1).toBeGreaterThanOrEqual(40);
    expect(box.y2 - box.y1).toBeGreaterThanOrEqual(16);
  });
});

describe('choosing labels that do not overlap', () => {
  it('keeps labels in priority order, leaving out one that would overlap a label already kept', () => {
    const candidates = [at('hub', 100, 100), at('near-hub', 110, 105), at('far', 300, 100), at('below', 100, 140)];
    expect([...chooseLabels(candidates, new Set(), 10)]).toEqual(['hub', 'far', 'below']);
  });

  it('stops at the budget, counting only the labels kept', () => {
    const candidates = [at('a', 0, 0), at('a-twin', 0, 0), at('b', 200, 0), at('c', 400, 0)];
    expect([...chooseLabels(candidates, new Set(), 2)]).toEqual(['a', 'b']);
  });

  it('always keeps the forced labels (selection, path), even over each other and past the budget', () => {
    const candidates = [at('hub', 0, 0), at('selected', 5, 0), at('on-path', 8, 2)];
    const kept = chooseLabels(candidates, new Set(['selected', 'on-path']), 1);
    expect([...kept].sort()).toEqual(['on-path', 'selected']);
  });

  it('keeps no two labels whose boxes overlap among many crowded actors', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => at(`n${i}`, (i * 37) % 200, (i * 53) % 150, 50 + (i % 4) * 20));
    const kept = crowd.filter((c) => chooseLabels(crowd, new Set(), 60).has(c.id)).map(labelBox);
    expect(kept.length).toBeGreaterThan(3);
    for (let i = 0; i < kept.length; i++)
      for (let j = i + 1; j < kept.length; j++) {
        const [a, b] = [kept[i]!, kept[j]!];
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
      }
  });
});

describe('label priority', () => {
  it('puts forced actors first, then the neighbourhood, then others within the pool, each by rank', () => {
    const ranks = new Map([
      ['hub', 0],
      ['second', 1],
      ['third', 2],
      ['friend', 7],
      ['picked', 9],
    ]);
    expect(labelOrder(ranks.keys(), ranks, new Set(['picked']), new Set(['friend', 'third']), 2)).toEqual([
      'picked',
      'third',
      'friend',
      'hub',
      'second',
    ]);
    expect(labelOrder(ranks.keys(), ranks, new Set(), null, 1)).toEqual(['hub']);
  });
});

describe('label size on screen', () => {
  it('restyles before labels would be drawn under the minimum size, and when they have grown far past it', () => {
    expect(needsRestyle(1, 1)).toBe(false);
    expect(needsRestyle(1.25, 1)).toBe(false);
    expect(needsRestyle(1.35, 1)).toBe(true);
    const smallest = MIN_LABEL_PX / LABEL_PX;
    expect(needsRestyle(smallest + 0.01, 1)).toBe(false);
    expect(needsRestyle(smallest - 0.01, 1)).toBe(true);
  });
});
