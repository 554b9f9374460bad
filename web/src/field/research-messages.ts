import { defineMessages } from '../i18n/i18n.tsx';

/** Words of the offline research screens (issue #23, research half): Bahasa Indonesia first, English too. */
export const frm = defineMessages({
  projects: { id: 'Proyek penelitian', en: 'Research projects' },
  leadsOnly: {
    id: 'Catatan dan persetujuan dicatat oleh ketua proyek. Anda dapat melihat daftar informan.',
    en: 'Notes and consent are recorded by the project’s leads. You can see the informants.',
  },
  projectsIntro: {
    id: 'Unduh paket proyek saat ada sinyal: informan (dengan nama samaran) dan persetujuannya ada di ponsel.',
    en: 'Download a project’s package while online: its informants (by pseudonym) and their consent stay on the phone.',
  },
  noProjects: {
    id: 'Anda belum menjadi anggota proyek penelitian.',
    en: 'You are not a member of a research project yet.',
  },
  informantCount: { id: '{n} informan', en: '{n} informants' },
  openProject: { id: 'Buka proyek', en: 'Open project' },
  noProjectPackage: {
    id: 'Paket proyek ini belum ada di ponsel. Unduh dulu saat ada sinyal.',
    en: 'This project’s package is not on the phone yet. Download it while online.',
  },
  informants: { id: 'Informan', en: 'Informants' },
  noInformants: { id: 'Proyek ini belum punya informan.', en: 'This project has no informants yet.' },
  noConsent: { id: 'belum ada persetujuan', en: 'no consent yet' },
  withdrewStudy: { id: 'mundur dari penelitian {date}', en: 'withdrew from the study {date}' },
  scopeSince: { id: '{scope} sejak {date}', en: '{scope} since {date}' },
  scopeWithdrawn: { id: '{scope} ditarik {date}', en: '{scope} withdrawn {date}' },
  note: { id: 'Catatan wawancara', en: 'Interview note' },
  consent: { id: 'Persetujuan informan', en: 'Informant consent' },
  title: { id: 'Judul', en: 'Title' },
  text: { id: 'Catatan', en: 'Note' },
  informant: { id: 'Informan (boleh kosong)', en: 'Informant (optional)' },
  informantRequired: { id: 'Informan', en: 'Informant' },
  heldOn: { id: 'Tanggal wawancara', en: 'Interview date' },
  kind: { id: 'Jenis', en: 'Kind' },
  kind_interview: { id: 'Wawancara', en: 'Interview' },
  kind_field_note: { id: 'Catatan lapangan', en: 'Field note' },
  granted: { id: 'Persetujuan yang diberikan', en: 'Consent granted' },
  withdrawn: { id: 'Persetujuan yang ditarik', en: 'Consent withdrawn' },
  on: { id: 'Tanggal', en: 'Date' },
  consentNote: {
    id: 'Keterangan (mis. formulir ditandatangani, lisan direkam)',
    en: 'How (e.g. signed form, recorded verbally)',
  },
  bothWays: {
    id: 'Satu cakupan tidak bisa diberikan dan ditarik sekaligus.',
    en: 'A scope cannot be granted and withdrawn at once.',
  },
  changeGranted: { id: 'diberikan {scopes}', en: 'granted {scopes}' },
  changeWithdrawn: { id: 'ditarik {scopes}', en: 'withdrawn {scopes}' },
});
