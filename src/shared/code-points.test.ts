import { describe, expect, it } from 'vitest';
import { codePointIndex, codePointLength, sliceCodePoints } from './code-points.ts';

describe('code points', () => {
  const text = 'Pak 👨‍👩‍👧 bilang: café e\u0301 — maklun';

  it('counts an emoji as its code points, not its UTF-16 units', () => {
    expect('😀'.length).toBe(2);
    expect(codePointLength('😀a')).toBe(2);
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });

  it('slices by code points, so later offsets do not shift after an emoji or a combining mark', () => {
    const start = Array.from(text).indexOf('m');
    expect(sliceCodePoints(text, start, start + 6)).toBe('maklun');
    const at = codePointIndex(text);
    expect(text.slice(at(start), at(start + 6))).toBe('maklun');
    expect(at(codePointLength(text))).toBe(text.length);
  });
});
