/** Roles of an enterprise in a centre (board and manager per Ditjen IKMA's pengurus/pengelola). */
export const CENTER_MEMBERSHIP_ROLES = ['member', 'board', 'manager'] as const;
/** Roles of an enterprise in an institution. */
export const INSTITUTION_MEMBERSHIP_ROLES = [
  'member',
  'board',
  'chair',
  'secretary',
  'treasurer',
  'manager',
] as const;
