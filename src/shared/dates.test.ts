import { describe, expect, it } from 'vitest';
import { todayInIndonesia } from './dates.ts';

describe('todayInIndonesia', () => {
  it('is already the next day at 01:00 WIB, while UTC is still the day before', () => {
    expect(todayInIndonesia(new Date('2026-11-27T18:00:00Z'))).toBe('2026-11-28');
    expect(todayInIndonesia(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27');
  });
});
