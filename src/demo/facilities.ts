import { addDays, isOpenOn } from '../facilities/calendar-days.ts';
import { todayWib } from '../shared/periods.ts';
import type { DemoFirm, DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';

/** One demo facility: what, who manages it, when it opens, and how often members used it lately. */
interface DemoFacilitySpec {
  key: string;
  kind: 'kiln' | 'wastewater_plant' | 'upt' | 'showroom' | 'machine_pool' | 'other';
  name: string;
  institutionKey: string | null;
  capacity: number;
  capacityUnit: string;
  openWeekdays: number[];
  fundedBy: string;
  builtYear: number;
  /** Of every `cycle` open days, the first `bookedDays` are booked (one booking); 0 for walk-ins only. */
  bookedDays: number;
  cycle: number;
  /** Walk-in days over the last 90 days. */
  walkIns: number;
}

/**
 * Shared facilities (issue #20): Plered's gas kiln built with DAK money stands nearly idle (a walk-in now
 * and then, well under 20% of its open days) beside the UPTD's busy kiln; Trusmi's IPAL is booked most
 * days. Dates are relative to the day the demo is loaded, so the idle kiln is idle and the busy one busy
 * whenever the demo is shown.
 */
const FACILITIES: Record<string, DemoFacilitySpec[]> = {
  PLERED: [
    {
      key: 'KILN-GAS',
      kind: 'kiln',
      name: 'Tungku gas bersama Anjun',
      institutionKey: 'KOPERASI',
      capacity: 2,
      capacityUnit: 'tungku',
      openWeekdays: [1, 2, 3, 4, 5],
      fundedBy: 'DAK Revitalisasi Sentra 2019',
      builtYear: 2019,
      bookedDays: 0,
      cycle: 1,
      walkIns: 6,
    },
    {
      key: 'KILN-UPTD',
      kind: 'kiln',
      name: 'Tungku UPTD Keramik Plered',
      institutionKey: 'UPTD',
      capacity: 3,
      capacityUnit: 'tungku',
      openWeekdays: [1, 2, 3, 4, 5, 6],
      fundedBy: 'APBD Kabupaten Purwakarta',
      builtYear: 2008,
      bookedDays: 2,
      cycle: 3,
      walkIns: 0,
    },
  ],
  TRUSMI: [
    {
      key: 'IPAL',
      kind: 'wastewater_plant',
      name: 'IPAL Komunal Batik Trusmi',
      institutionKey: 'KOPERASI',
      capacity: 20,
      capacityUnit: 'm3/hari',
      openWeekdays: [1, 2, 3, 4, 5, 6],
      fundedBy: 'Kementerian Perindustrian 2016',
      builtYear: 2016,
      bookedDays: 1,
      cycle: 2,
      walkIns: 0,
    },
  ],
};

/** Adds the centre's demo facilities, if any, with bookings (used in the past, open in the next weeks). */
export function addFacilities(
  rows: DemoRows,
  slug: string,
  centerId: string,
  firms: DemoFirm[],
  seed: number,
): void {
  const today = todayWib();
  for (const spec of FACILITIES[slug] ?? []) {
    const facilityId = demoId(seed, `facility/${slug}/${spec.key}`);
    const calendar = { openWeekdays: spec.openWeekdays, closedDates: [] };
    rows.facilities.push({
      id: facilityId,
      center_id: centerId,
      kind: spec.kind,
      name: spec.name,
      institution_id: spec.institutionKey ? demoId(seed, `institution/${slug}/${spec.institutionKey}`) : null,
      capacity: spec.capacity,
      capacity_unit: spec.capacityUnit,
      open_weekdays: spec.openWeekdays,
      closed_dates: [],
      funded_by: spec.fundedBy,
      built_year: spec.builtYear,
      status: 'active',
    });
    // The open days from 89 days ago to 20 days ahead, cut into cycles; each cycle's first days are one booking.
    const open: string[] = [];
    for (let d = -89; d <= 20; d += 1)
      if (isOpenOn(calendar, addDays(today, d))) open.push(addDays(today, d));
    let n = 0;
    for (let i = 0; spec.bookedDays > 0 && i + spec.bookedDays <= open.length; i += spec.cycle) {
      const days = open.slice(i, i + spec.bookedDays);
      const first = days[0] as string;
      const last = days.at(-1) as string;
      // A booking spans only consecutive open days; one crossing a closed day is cut to its first day.
      const endsOn = addDays(first, days.length - 1) === last ? last : first;
      const firm = firms[n % Math.min(firms.length, 8)] as DemoFirm;
      n += 1;
      rows.facility_bookings.push({
        id: demoId(seed, `facility/${slug}/${spec.key}/booking/${n}`),
        facility_id: facilityId,
        enterprise_id: firm.id,
        starts_on: first,
        ends_on: endsOn,
        purpose: spec.kind === 'kiln' ? 'Pembakaran gerabah' : 'Pengolahan limbah pewarnaan',
        // Past bookings were used, but one in seven went unused; future ones are not recorded yet.
        used: endsOn >= today ? null : n % 7 !== 0,
      });
    }
    const past = open.filter((day) => day < today);
    for (let w = 0; w < spec.walkIns; w += 1) {
      rows.facility_walk_ins.push({
        id: demoId(seed, `facility/${slug}/${spec.key}/walk-in/${w + 1}`),
        facility_id: facilityId,
        used_on: past[Math.floor(((w + 0.5) * past.length) / spec.walkIns)] as string,
        enterprise_id: (firms[w % firms.length] as DemoFirm).id,
        note: 'Dipakai tanpa pesan',
      });
    }
  }
}
