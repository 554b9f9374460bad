import type { OverdueCheck } from '../notifications/overdue.ts';
import { usedDayRows } from './facilities.repo.ts';
import { idleCandidateRows } from './facility-idle.repo.ts';
import { defaultPeriod } from './facility-utilisation.service.ts';
import { facilityUtilisation } from './utilisation.ts';

/**
 * Overdue check: a facility used on fewer than 20% of its open days over the last 90 days is idle, and its
 * centre's managers hear of it once per idle spell — the due date is the last day it was used (or
 * 1900-01-01 when never), so a facility that is used again and then falls idle again is told again.
 */
export const idleFacilitiesOverdue: OverdueCheck = {
  name: 'facility-idle',
  async find(db, today) {
    const { from, to } = defaultPeriod(today);
    const rows = (await idleCandidateRows(db, today)).filter((row) => row.manager_ids.length > 0);
    const used = new Map<string, string[]>();
    for (const day of await usedDayRows(
      db,
      rows.map((row) => row.id),
      from,
      to,
    )) {
      used.set(day.facility_id, [...(used.get(day.facility_id) ?? []), day.day]);
    }
    return rows.flatMap((row) => {
      const calendar = { openWeekdays: row.open_weekdays, closedDates: row.closed_dates };
      const figures = facilityUtilisation(calendar, from, to, used.get(row.id) ?? []);
      if (!figures.idle) return [];
      return [
        {
          userIds: row.manager_ids,
          objectRef: { type: 'facility' as const, id: row.id },
          messageKey: 'facility.idle' as const,
          params: {
            name: row.name,
            center: row.center_name,
            share: Math.round((figures.utilisation ?? 0) * 100),
            used: figures.usedDays,
            open: figures.availableDays,
          },
          dueOn: row.last_used_on ?? '1900-01-01',
        },
      ];
    });
  },
};
