import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the KoboToolbox/ODK choices: the file's source in the wizard, the XLSForm downloads. */
export const fm = defineMessages({
  source: { id: 'Asal berkas', en: 'Where the file comes from' },
  simpul: { id: 'Tata letak Simpul (templat atau ekspor)', en: 'Simpul layout (template or export)' },
  kobo: { id: 'Ekspor KoboToolbox (CSV atau XLSX)', en: 'KoboToolbox export (CSV or XLSX)' },
  odk: { id: 'Ekspor ODK Central (CSV)', en: 'ODK Central export (CSV)' },
  sourceHint: {
    id: 'Ekspor formulir XLSForm Simpul dengan "XML values and headers"; kolom grup dan kolom _uuid, _submission_time, KEY dibaca sendiri. Kiriman yang sama tidak ditambah dua kali.',
    en: 'Export Simpul\'s XLSForm with "XML values and headers"; group prefixes and the _uuid, _submission_time, KEY columns are read as they are. The same submission is never added twice.',
  },
  formsTitle: { id: 'XLSForm untuk KoboToolbox / ODK', en: 'XLSForm for KoboToolbox / ODK' },
  nameGenerator: { id: 'Unduh XLSForm survei jejaring', en: 'Download the network survey XLSForm' },
  profile: { id: 'Unduh XLSForm profil IKM', en: 'Download the firm profile XLSForm' },
  formsHint: {
    id: 'Dari halaman sentra, formulir berisi daftar anggota sentra sebagai pilihan; dari sini nama diketik.',
    en: "From a centre's page the form offers the centre's members as choices; from here names are typed.",
  },
});
