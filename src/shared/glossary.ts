/**
 * The glossary: the one source of every measure's and network word's name, plain meaning and why it
 * matters for a centre, in Bahasa Indonesia and English. The web's glossary screen, the info buttons next
 * to each measure, the comparison workbook's headers and the CLI all read it.
 */

import { CASE_KPI_GLOSSARY } from './glossary-case-kpis.ts';
import { DEVELOPMENT_GLOSSARY } from './glossary-development.ts';
import { FACILITY_GLOSSARY } from './glossary-facilities.ts';
import { INDICATOR_GLOSSARY } from './glossary-indicators.ts';
import { NODE_GLOSSARY } from './glossary-nodes.ts';
import { PARTNERSHIP_GLOSSARY } from './glossary-partnerships.ts';
import { BROKERAGE_ROLE_GLOSSARY, PATTERN_GLOSSARY, TERM_GLOSSARY } from './glossary-terms.ts';
import type { GlossaryEntry, GlossaryText } from './glossary-types.ts';

export type { GlossaryEntry, GlossaryText } from './glossary-types.ts';

/** Every entry by key (keys are unique across sections and are the glossary screen's anchors). */
export const GLOSSARY = {
  ...INDICATOR_GLOSSARY,
  ...NODE_GLOSSARY,
  ...BROKERAGE_ROLE_GLOSSARY,
  ...PATTERN_GLOSSARY,
  ...TERM_GLOSSARY,
  ...PARTNERSHIP_GLOSSARY,
  ...CASE_KPI_GLOSSARY,
  ...FACILITY_GLOSSARY,
  ...DEVELOPMENT_GLOSSARY,
};
/** A key of the glossary. */
export type GlossaryKey = keyof typeof GLOSSARY;

/** The glossary's sections in the order the glossary screen shows them. */
export const GLOSSARY_SECTIONS: { title: GlossaryText; keys: GlossaryKey[] }[] = [
  {
    title: { id: 'Kata dasar jaringan', en: 'Network basics' },
    keys: Object.keys(TERM_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Indikator sentra', en: 'Centre indicators' },
    keys: Object.keys(INDICATOR_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Pola sentra', en: 'Centre patterns' },
    keys: Object.keys(PATTERN_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Ukuran tiap IKM atau lembaga (titik)', en: 'Measures of each firm or institution (node)' },
    keys: Object.keys(NODE_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Peran perantara', en: 'Brokerage roles' },
    keys: Object.keys(BROKERAGE_ROLE_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Kemitraan sentra', en: 'Centre partnerships' },
    keys: Object.keys(PARTNERSHIP_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Kasus konflik sentra', en: 'Centre conflict cases' },
    keys: Object.keys(CASE_KPI_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Fasilitas bersama', en: 'Shared facilities' },
    keys: Object.keys(FACILITY_GLOSSARY) as GlossaryKey[],
  },
  {
    title: { id: 'Pengembangan sentra', en: 'Centre development' },
    keys: Object.keys(DEVELOPMENT_GLOSSARY) as GlossaryKey[],
  },
];

/** The entry of `key`. */
export function glossaryEntry(key: GlossaryKey): GlossaryEntry {
  return GLOSSARY[key];
}

/** The anchor of `key` on the glossary screen (`/glosarium#g-<key>`). */
export function glossaryAnchor(key: GlossaryKey): string {
  return `g-${key}`;
}
