import { describe, expect, it } from 'vitest';
import { CLASS_COLORS, classBreaks, classColor } from './palette.ts';

describe('classBreaks', () => {
  it('rounds equal classes to 1, 2, 2.5 or 5 × 10ⁿ and stops at the largest value', () => {
    expect(classBreaks(14)).toEqual([5, 10, 15]);
    expect(classBreaks(3)).toEqual([1, 2, 3]);
    expect(classBreaks(270_900_000_000)).toEqual([100e9, 200e9, 300e9]);
    expect(classBreaks(4000)).toEqual([1000, 2000, 3000, 4000]);
  });

  it('has one class when nothing is there', () => {
    expect(classBreaks(0)).toEqual([0]);
  });
});

describe('classColor', () => {
  it('shades by the first bound a value stays under', () => {
    const breaks = [5, 10, 15];
    expect(classColor(1, breaks)).toBe(CLASS_COLORS[0]);
    expect(classColor(5, breaks)).toBe(CLASS_COLORS[0]);
    expect(classColor(6, breaks)).toBe(CLASS_COLORS[1]);
    expect(classColor(15, breaks)).toBe(CLASS_COLORS[2]);
  });
});
