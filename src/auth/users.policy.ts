import { readBy, writeBy } from './policy.ts';

/** Accounts are the national admin's: they list users, create them, set roles and scopes, reset passwords. */
export const userPolicy = {
  read: readBy('admin'),
  manage: writeBy('admin'),
};
