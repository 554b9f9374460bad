// Its own module, without zod or the file readers, so that `simpul import --help` lists the kinds at once.

/** What a file can hold: one layout per kind. */
export const IMPORT_KINDS = [
  'centers',
  'enterprises',
  'institutions',
  'memberships',
  'interactions',
  'name-generator',
  'capabilities',
] as const;
