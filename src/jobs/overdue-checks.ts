import { staleProfilesOverdue } from '../capabilities/stale-profiles.ts';
import { yearFiguresOverdue } from '../enterprises/year-data-overdue.ts';
import { idleFacilitiesOverdue } from '../facilities/facility-idle.ts';
import type { OverdueCheck } from '../notifications/overdue.ts';

/** Every feature's overdue check, run by the nightly sweep (a feature with deadlines adds its own here). */
export const OVERDUE_CHECKS: readonly OverdueCheck[] = [
  yearFiguresOverdue,
  staleProfilesOverdue,
  idleFacilitiesOverdue,
];
