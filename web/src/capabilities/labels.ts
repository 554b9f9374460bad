import type { Message } from '../i18n/i18n.tsx';
import { cm } from './messages.ts';

/** The words of each certification kind. */
export const CERTIFICATION_WORDS: Record<string, Message> = {
  SNI: { id: 'SNI', en: 'SNI' },
  HALAL: { id: 'Halal', en: 'Halal' },
  PIRT: { id: 'PIRT', en: 'PIRT' },
  BPOM: { id: 'BPOM', en: 'BPOM' },
  SVLK: { id: 'SVLK', en: 'SVLK' },
  HKI: { id: 'HKI', en: 'HKI' },
  TKDN_IK: { id: 'TKDN-IK', en: 'TKDN-IK' },
};

/** The words of each process level. */
export const LEVEL_WORDS: Record<number, Message> = { 1: cm.level1, 2: cm.level2, 3: cm.level3 };

/** The words of each way a machine was acquired. */
export const ACQUIRED_WORDS = { own: cm.own, grant: cm.grant, shared_facility: cm.shared_facility } as const;
