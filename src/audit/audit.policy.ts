import { readBy } from '../auth/policy.ts';

/**
 * The audit trail names who changed what: admins read all of it, regional officers the changes to records
 * in their regions (the service narrows the query to their scope).
 */
export const auditPolicy = {
  read: readBy('admin', 'regional_officer'),
};
