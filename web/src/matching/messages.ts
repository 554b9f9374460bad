import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the candidates panel (issue #18, matching). The explanations come from the server, already in the reader's language. */
export const mm = defineMessages({
  title: { id: 'Calon mitra', en: 'Candidates' },
  intro: {
    id: 'Diurutkan menurut kecocokan kemampuan × kapasitas luang × kepercayaan dari riwayat kerja sama × kedekatan. Setiap peringkat dijelaskan.',
    en: 'Ranked by capability fit × spare capacity × trust from the tie history × proximity. Every rank is explained.',
  },
  fair: { id: 'Sebar pekerjaan ke usaha mikro', en: 'Spread work to micro firms' },
  fairHint: {
    id: 'Mengutamakan usaha mikro dan usaha yang kuartal ini baru sedikit mendapat pesanan.',
    en: 'Favours micro firms and firms awarded little this quarter.',
  },
  includeConflicted: {
    id: 'Sertakan yang berkonflik dengan pemesan',
    en: 'Include those in conflict with the poster',
  },
  score: { id: 'Skor', en: 'Score' },
  factors: {
    id: 'kemampuan {capability} · kapasitas {spare} · kepercayaan {trust} · kedekatan {proximity}',
    en: 'capability {capability} · capacity {spare} · trust {trust} · proximity {proximity}',
  },
  fairness: { id: ' · keadilan {fairness}', en: ' · fairness {fairness}' },
  none: {
    id: 'Tidak ada calon yang menguasai proses yang diminta.',
    en: 'No candidate masters the processes asked for.',
  },
  apartTitle: { id: 'Dipisahkan: berkonflik dengan pemesan', en: 'Set apart: in conflict with the poster' },
  apartIntro: {
    id: 'IKM ini tidak diperingkatkan karena ada konflik aktif dengan pemesan. Centang “Sertakan” untuk tetap memperingkatkannya.',
    en: 'These firms are not ranked because of an active conflict with the poster. Tick “Include” to rank them anyway.',
  },
  unqualified: {
    id: '{count} anggota sentra tujuan tidak menguasai satu pun proses yang diminta.',
    en: '{count} members of the target centres master none of the processes asked for.',
  },
  more: { id: '… dan {count} calon lagi di bawah.', en: '… and {count} more candidates below these.' },
});
