import type { Message } from '../../shared/i18n.ts';

/** Messages of reading a KoboToolbox or ODK Central export, in Bahasa Indonesia and English. */
export const KOBO_MESSAGES = {
  unknownColumns: {
    id: 'Kolom {columns} bukan pertanyaan formulir Simpul "{form}". Ekspor dengan "XML values and headers" dari formulir yang dibuat `simpul field xlsform`.',
    en: 'The columns {columns} are no question of Simpul\'s "{form}" form. Export with "XML values and headers" from the form `simpul field xlsform` made.',
  },
  noHeader: {
    id: 'Berkas ini tidak punya baris judul ekspor KoboToolbox/ODK.',
    en: 'This file has no KoboToolbox/ODK export header row.',
  },
  noForm: {
    id: 'Ekspor KoboToolbox/ODK hanya dapat diimpor sebagai name-generator atau enterprises (formulir profil).',
    en: 'A KoboToolbox/ODK export can only be imported as name-generator or enterprises (the profile form).',
  },
  tooManyRows: {
    id: 'Ekspor ini menjadi lebih dari {limit} baris impor.',
    en: 'This export becomes more than {limit} import rows.',
  },
  notChoiceFlag: {
    id: '"{value}" bukan 1 atau 0 (pilihan ganda yang dipisah per kolom).',
    en: '"{value}" is not 1 or 0 (a select-multiple split into one column per choice).',
  },
} satisfies Record<string, Message>;
