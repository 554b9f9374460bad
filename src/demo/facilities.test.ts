import { describe, expect, it } from 'vitest';
import { daysBetween } from '../facilities/calendar-days.ts';
import { defaultPeriod } from '../facilities/facility-utilisation.service.ts';
import { facilityUtilisation } from '../facilities/utilisation.ts';
import { DEFAULT_DEMO_SEED } from './demo-seed.ts';
import { buildDemoDataset } from './generate.ts';

describe('demo shared facilities', () => {
  it('has an idle kiln and a busy one in Plered, with bookings that never overlap', () => {
    const rows = buildDemoDataset(DEFAULT_DEMO_SEED).batches.flatMap((b) => [b.rows]);
    const facilities = rows.flatMap((r) => r.facilities);
    const bookings = rows.flatMap((r) => r.facility_bookings);
    const walkIns = rows.flatMap((r) => r.facility_walk_ins);
    const { from, to } = defaultPeriod();
    const figures = (name: string) => {
      const f = facilities.find((x) => x.name === name);
      if (!f) throw new Error(name);
      const used = [
        ...bookings
          .filter((b) => b.facility_id === f.id && b.used)
          .flatMap((b) => daysBetween(b.starts_on, b.ends_on)),
        ...walkIns.filter((w) => w.facility_id === f.id).map((w) => w.used_on),
      ];
      const calendar = { openWeekdays: f.open_weekdays as number[], closedDates: [] };
      return facilityUtilisation(calendar, from, to, used);
    };
    expect(figures('Tungku gas bersama Anjun').idle).toBe(true);
    expect(figures('Tungku UPTD Keramik Plered').utilisation).toBeGreaterThan(0.3);
    expect(figures('Tungku UPTD Keramik Plered').idle).toBe(false);
    for (const b of bookings) {
      const clash = bookings.find(
        (o) =>
          o !== b && o.facility_id === b.facility_id && o.starts_on <= b.ends_on && b.starts_on <= o.ends_on,
      );
      expect(clash).toBeUndefined();
    }
  });
});
