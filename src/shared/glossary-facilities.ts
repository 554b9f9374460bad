/**
 * Glossary of the shared facilities' measures (issue #20, point 2; docs/design-choices.md "Shared
 * facilities"): what each means in one line and why it matters for a centre.
 */

import type { GlossaryEntry } from './glossary-types.ts';
import type { FacilityMeasureKey } from './measure-format.ts';

/** One entry per facility measure (the keys of `FACILITY_FORMATS`). */
export const FACILITY_GLOSSARY: Record<FacilityMeasureKey, GlossaryEntry> = {
  facilityUtilisation: {
    term: { id: 'Pemanfaatan fasilitas', en: 'Facility utilisation' },
    meaning: {
      id: 'Hari fasilitas dipakai (pemesanan yang terpakai atau pemakaian langsung) dibagi hari fasilitas buka, 90 hari terakhir.',
      en: 'Days the facility was used (bookings used or walk-in use) divided by the days it was open, over the last 90 days.',
    },
    why: {
      id: 'Tungku, IPAL atau UPT yang dibangun pemerintah hanya berguna bila dipakai anggota; angka ini menunjukkannya.',
      en: 'A kiln, waste-water plant or UPT built with public money helps only when members use it; this shows whether they do.',
    },
  },
  facilityIdle: {
    term: { id: 'Fasilitas menganggur', en: 'Idle facility' },
    meaning: {
      id: 'Dipakai kurang dari 20% hari bukanya dalam 90 hari terakhir.',
      en: 'Used on fewer than 20% of its open days over the last 90 days.',
    },
    why: {
      id: 'Fasilitas menganggur adalah tanda kelembagaan yang lemah: pengelola sentra perlu menanyakan sebabnya kepada anggota.',
      en: 'An idle facility is a sign of weak institutions: the centre manager should ask the members why.',
    },
  },
};
