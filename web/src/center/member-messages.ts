import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of adding a firm to a centre (the IKM tab). */
export const mm = defineMessages({
  addTitle: { id: 'Tambahkan IKM ke sentra ini', en: 'Add a firm to this centre' },
  findFirm: { id: 'Cari IKM (nama atau pemilik)', en: 'Find a firm (name or owner)' },
  findHint: { id: 'Ketik paling sedikit 2 huruf.', en: 'Type at least 2 letters.' },
  firm: { id: 'IKM', en: 'Firm' },
  noMatch: { id: 'Tidak ada IKM yang cocok.', en: 'No matching firm.' },
  role: { id: 'Peran di sentra', en: 'Role in the centre' },
  validFrom: { id: 'Anggota sejak', en: 'Member from' },
  validTo: { id: 'Anggota sampai (kosongkan bila masih)', en: 'Member until (empty while it lasts)' },
  add: { id: 'Tambahkan', en: 'Add' },
  adding: { id: 'Menyimpan…', en: 'Saving…' },
  added: { id: '{name} kini anggota sejak {date}.', en: '{name} is now a member from {date}.' },
  chooseFirm: { id: 'Pilih IKM dulu.', en: 'Choose a firm first.' },
});
