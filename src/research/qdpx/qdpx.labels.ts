import type { FieldLabel } from '../../shared/field-labels.ts';

/** Labels of the REFI-QDA exchange's request fields (spread into `FIELD_LABELS`). */
export const QDPX_FIELD_LABELS: Record<string, FieldLabel> = {
  identities: { id: 'Dengan identitas', en: 'With identities' },
  strict: { id: 'Ketat menurut skema', en: 'Strict to the schema' },
};
