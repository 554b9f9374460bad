import type { CenterStatus } from './centers.schema.ts';

/**
 * Allowed status moves. A centre moves forward through the lifecycle (skipping steps is allowed: a
 * centre can be designated the day it is recorded); any centre can become inactive; an inactive centre
 * can be recorded again; coaching can end (coached → designated). Anything else is a data-entry mistake.
 */
const ORDER: CenterStatus[] = ['potential', 'recorded', 'designated', 'coached', 'independent'];

export function canMoveStatus(from: CenterStatus, to: CenterStatus): boolean {
  if (from === to || to === 'inactive') return true;
  if (from === 'inactive') return to === 'potential' || to === 'recorded';
  if (from === 'coached' && to === 'designated') return true;
  return ORDER.indexOf(to) > ORDER.indexOf(from);
}

/** Fewest active members for a centre under PP 29/2018 (a warning, never an error). */
export const MIN_MEMBERS = 5;
