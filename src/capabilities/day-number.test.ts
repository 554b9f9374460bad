import { describe, expect, it } from 'vitest';
import { dayNumber } from './capability-facts.ts';

const parsed = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

describe('dayNumber', () => {
  it('gives the day Date.parse gives for every day from 1900 to 2100', () => {
    let differing = 0;
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (dayNumber(day) !== t / 86_400_000) differing += 1;
    }
    expect(differing).toBe(0);
  });

  it('rolls a day past the month end over, and leaves anything else to Date.parse', () => {
    for (const day of ['1900-02-29', '2000-02-30', '2100-02-31', '2026-04-31', '2026-02-30']) {
      expect(dayNumber(day)).toBe(parsed(day));
    }
    for (const day of [
      '2026-02-32',
      '2026-13-01',
      '2026-1a-01',
      'x',
      '2026-02-00',
      '2026-01-01 ',
      '-026-01-01',
    ]) {
      expect(dayNumber(day)).toBeNaN();
    }
    expect(dayNumber('0050-01-01')).toBe(parsed('0050-01-01'));
  });
});
