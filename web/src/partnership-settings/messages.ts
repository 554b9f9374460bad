import type { MatchingWeights } from '../../../src/matching/weights.ts';
import { SETTINGS_FIELD_LABELS } from '../../../src/partnership-settings/partnership-settings.labels.ts';
import { defineMessages, type Message } from '../i18n/i18n.tsx';

/** Strings of a centre's partnership settings (`/sentra/:id/pengaturan-kemitraan`). */
export const psm = defineMessages({
  title: { id: 'Pengaturan kemitraan — {name}', en: 'Partnership settings — {name}' },
  link: { id: 'Pengaturan kemitraan', en: 'Partnership settings' },
  back: { id: 'Kembali ke sentra', en: 'Back to the centre' },
  reviewHint: {
    id: 'Permintaan dari IKM sentra ini ditinjau petugas dulu sebelum terbit.',
    en: "Requests from this centre's firms are reviewed by an officer before they are published.",
  },
  weightsTitle: { id: 'Bobot peringkat calon mitra', en: 'Weights of the candidate ranking' },
  weightsIntro: {
    id: 'Bobot 1 menghitung faktor apa adanya, 0 mengabaikannya, 2 menghitungnya dua kali lipat. Kosongkan isian untuk memakai nilai bawaan.',
    en: 'A weight of 1 counts a factor as it is, 0 ignores it, 2 counts it twice. Leave a field empty to use the default.',
  },
  defaultIs: { id: 'Bawaan: {value}', en: 'Default: {value}' },
  toDefaults: { id: 'Kembali ke bawaan', en: 'Back to defaults' },
  saved: { id: 'Pengaturan tersimpan.', en: 'Settings saved.' },
});

/** The label of each setting, shared with the API's validation messages (one wording). */
export const WEIGHT_LABELS = SETTINGS_FIELD_LABELS as Record<keyof MatchingWeights, Message> &
  Record<'requestReviewRequired', Message>;
