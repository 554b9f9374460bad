/** Roles, from the widest to the narrowest view (see docs/SECURITY.md for the matrix). */
export const ROLES = [
  'admin',
  'ministry',
  'regional_officer',
  'center_manager',
  'enterprise',
  'researcher',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

/** Smallest accepted password length (NIST SP 800-63B recommends at least 8; we ask 10). */
export const MIN_PASSWORD_LENGTH = 10;
