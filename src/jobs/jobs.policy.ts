import { readBy, writeBy } from '../auth/policy.ts';

/** The job queue is the installation's machinery: only admins see and manage it. */
export const jobPolicy = {
  read: readBy('admin'),
  manage: writeBy('admin'),
};
