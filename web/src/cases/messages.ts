import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the conflict case screens. */
export const km = defineMessages({
  title: { id: 'Kasus konflik', en: 'Conflict cases' },
  intro: {
    id: 'Kasus konflik antar-IKM menurut statusnya. Kasus bersifat rahasia: hanya yang berhak yang melihatnya, dan setiap pembacaan dicatat.',
    en: 'Conflict cases between enterprises by status. Cases are confidential: only those entitled see them, and every read is recorded.',
  },
  none: { id: 'Tidak ada kasus.', en: 'No cases.' },
  back: { id: '← Semua kasus', en: '← All cases' },
  severity: { id: 'Keparahan', en: 'Severity' },
  low: { id: 'rendah', en: 'low' },
  medium: { id: 'sedang', en: 'medium' },
  high: { id: 'tinggi', en: 'high' },
  nothingYet: { id: 'Belum ada.', en: 'None yet.' },
  parties: { id: 'Pihak', en: 'Parties' },
  evidence: { id: 'Bukti', en: 'Evidence' },
  sessions: { id: 'Sesi mediasi', en: 'Mediation sessions' },
  agreement: { id: 'Kesepakatan', en: 'Agreement' },
  commitments: { id: 'Janji', en: 'Commitments' },
  notes: { id: 'Keterangan dari pelapor', en: "Reporter's further information" },
  moveTo: { id: 'Pindahkan ke "{status}"', en: 'Move to "{status}"' },
  pseudonymised: {
    id: 'Anda melihat kasus ini tersamarkan: nama diganti kode, teks disembunyikan.',
    en: 'You see this case pseudonymised: names replaced by codes, text withheld.',
  },
  reporter: { id: 'Pelapor: {role}', en: 'Reported by: {role}' },
});
