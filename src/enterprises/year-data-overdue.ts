import type { OverdueCheck } from '../notifications/overdue.ts';
import { centersMissingYear } from './year-data-overdue.repo.ts';

/**
 * The day (month-day) by which a year's figures are due: Dinas offices collect the previous year's
 * figures in the first quarter (DOMAIN.md §9, "annual data updates"), so from 1 April a centre whose
 * members lack last year's figures is overdue. One notice per centre and year.
 */
export const YEAR_FIGURES_DUE = '03-31';

/**
 * Overdue check: centres whose members' figures for last year are missing after the due day, told to
 * the regional officers of the centre's region and its centre managers.
 */
export const yearFiguresOverdue: OverdueCheck = {
  name: 'year-figures',
  async find(db, today) {
    const year = Number(today.slice(0, 4)) - 1;
    const dueOn = `${year + 1}-${YEAR_FIGURES_DUE}`;
    if (today <= dueOn) return [];
    const rows = await centersMissingYear(db, year, today);
    return rows.map((row) => ({
      userIds: row.user_ids,
      objectRef: { type: 'center_year_grid', id: row.center_id },
      messageKey: 'year_figures.overdue',
      params: { center: row.center_name, year, missing: row.missing, members: row.members },
      dueOn,
    }));
  },
};
