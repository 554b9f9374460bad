import { describe, expect, it } from 'vitest';
import { isoWeekday, monthOf, openDaysBetween } from './calendar-days.ts';
import { facilityUtilisation } from './utilisation.ts';

const weekdays = { openWeekdays: [1, 2, 3, 4, 5], closedDates: ['2024-01-03'] };

describe('facility calendar days', () => {
  it('counts weekdays and skips closed dates', () => {
    expect(isoWeekday('2024-01-07')).toBe(7);
    expect(isoWeekday('2024-01-01')).toBe(1);
    // 1–7 January 2024: Monday to Sunday, the Wednesday closed.
    expect(openDaysBetween(weekdays, '2024-01-01', '2024-01-07')).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-01-04',
      '2024-01-05',
    ]);
    expect(monthOf('2024-02-17')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
});

describe('facilityUtilisation', () => {
  it('divides used open days by open days, ignoring closed-day use and duplicates', () => {
    const figures = facilityUtilisation(weekdays, '2024-01-01', '2024-01-07', [
      '2024-01-02',
      '2024-01-02',
      '2024-01-03',
      '2024-01-06',
    ]);
    expect(figures).toMatchObject({ availableDays: 4, usedDays: 1, utilisation: 0.25, idle: false });
  });

  it('flags a facility used on less than a fifth of its open days', () => {
    const figures = facilityUtilisation(weekdays, '2024-01-01', '2024-01-14', ['2024-01-02']);
    expect(figures.availableDays).toBe(9);
    expect(figures.idle).toBe(true);
  });

  it('judges nothing in a period with no open day', () => {
    const figures = facilityUtilisation(
      { openWeekdays: [6], closedDates: [] },
      '2024-01-01',
      '2024-01-05',
      [],
    );
    expect(figures).toMatchObject({ availableDays: 0, utilisation: null, idle: false });
  });
});
