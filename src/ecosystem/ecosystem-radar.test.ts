import { describe, expect, it } from 'vitest';
import { radarGeometry, radarSvg } from './ecosystem-radar.ts';

describe('radarGeometry', () => {
  it('puts the first axis straight up and scales scores to the outer ring', () => {
    const g = radarGeometry(['a', 'b', 'c', 'd'], [{ name: 'A', scores: [2, 1, null, 0.5] }], 100);
    expect(g.max).toBe(2);
    // Radius 30: score 2 at the top is 30 above the centre; score 1 on the right axis is 15 to the right.
    expect(g.series[0]?.points[0]).toEqual({ x: 50, y: 20, missing: false });
    expect(g.series[0]?.points[1]).toEqual({ x: 65, y: 50, missing: false });
    expect(g.series[0]?.points[2]).toEqual({ x: 50, y: 50, missing: true });
    expect(g.rings.map((r) => r.score)).toEqual([1, 2]);
    expect(g.axes.map((a) => a.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });

  it('writes an SVG with one polygon per centre and escaped labels', () => {
    const svg = radarSvg(
      ['R&D', 'b', 'c'],
      [
        { name: 'A', scores: [1, 1, 1] },
        { name: 'B<x>', scores: [2, 0, 1] },
      ],
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('R&amp;D');
    expect(svg).toContain('<title>B&lt;x&gt;</title>');
    expect(svg.match(/stroke-width="2"/g)).toHaveLength(2);
  });
});
