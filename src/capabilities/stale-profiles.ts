import type { OverdueCheck } from '../notifications/overdue.ts';
import { staleProfilesOn } from './stale-profiles.repo.ts';

/**
 * Overdue check: a capability profile whose spare capacity went unconfirmed for 60 days is ranked with a
 * penalty in matching, and its owners hear of it once per confirmation — the due date is the last day the
 * confirmation held, so a new confirmation that goes stale in turn is told again.
 */
export const staleProfilesOverdue: OverdueCheck = {
  name: 'capability-stale',
  async find(db, today) {
    const rows = await staleProfilesOn(db, today);
    return rows.map((row) => ({
      userIds: row.owner_user_ids,
      objectRef: { type: 'enterprise_capability', id: row.enterprise_id },
      messageKey: 'capability.stale',
      params: { name: row.enterprise_name, since: row.spare_confirmed_on ?? '—' },
      dueOn: row.fresh_until,
    }));
  },
};
