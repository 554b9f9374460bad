import {
  CENTER_STATUS_LABELS,
  COMMODITY_LABELS,
  FORMALITY_LABELS,
  LEGAL_FORM_LABELS,
  ORIGIN_LABELS,
  VALUE_CHAIN_LABELS,
} from '../entry/labels.ts';
import type { Message } from '../i18n/i18n.tsx';
import { DINAS_GROUP_LABELS } from './messages.ts';

/**
 * The words the forms use for coded values of centres and enterprises, by stored column, so the history
 * says "Tumbuh sendiri", not `organic`.
 */
export const VALUE_LABELS: Record<string, Record<string, Message>> = {
  origin: ORIGIN_LABELS,
  status: CENTER_STATUS_LABELS,
  commodity_group: COMMODITY_LABELS,
  dinas_group: DINAS_GROUP_LABELS,
  legal_form: LEGAL_FORM_LABELS,
  formality: FORMALITY_LABELS,
  value_chain_roles: VALUE_CHAIN_LABELS,
};
