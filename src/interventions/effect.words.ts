import type { Message } from '../shared/lang.ts';

/** The sentences of the effect answer (caveats, comparison reasons), id and en. */
export const EFFECT_WORDS = {
  reason: {
    id: 'Kelompok komoditas sama ({group}) dan provinsi sama ({province}); tidak ada intervensi "{type}" dari {from} sampai {to}.',
    en: 'Same product group ({group}) and province ({province}); no "{type}" intervention from {from} to {to}.',
  },
  sharedKbli: { id: ' KBLI yang sama: {codes}.', en: ' Shares KBLI {codes}.' },
  fewComparisons: {
    id: 'Hanya {count} sentra pembanding (perlu paling sedikit {min}): selisih-dalam-selisih tidak ditampilkan.',
    en: 'Only {count} comparison centre(s) (at least {min} are needed): no difference-in-differences is shown.',
  },
  smallN: {
    id: 'Sampel kecil: hanya satu sentra yang diintervensi dan {count} pembanding; satu perusahaan besar dapat menggeser angka.',
    en: 'Small numbers: one treated centre and {count} comparison centre(s); one large firm can move the figures.',
  },
  noRandomisation: {
    id: 'Tidak ada pengacakan: sentra penerima dipilih oleh dinas, mungkin karena sedang tumbuh atau sedang bermasalah.',
    en: 'No randomisation: the centre was chosen by the Dinas, perhaps because it was already growing or struggling.',
  },
  parallelTrends: {
    id: 'Asumsi tren sejajar: angka ini menganggap sentra penerima akan berubah seperti pembanding seandainya tidak ada intervensi.',
    en: 'Parallel trends: the figure assumes the centre would have changed as the comparison centres did without the intervention.',
  },
  otherProgrammes: {
    id: 'Program lain di sentra ini pada periode yang sama: {list}. Perubahan bisa juga berasal dari program itu.',
    en: 'Other programmes in this centre in the same window: {list}. Part of the change may come from them.',
  },
  noOtherProgrammes: {
    id: 'Tidak ada program lain yang tercatat di sentra ini pada periode yang sama (program yang tidak dicatat tetap mungkin ada).',
    en: 'No other programme is recorded in this centre in the same window (unrecorded ones may still exist).',
  },
  figures: {
    id: 'Angka standar dijumlahkan dari data tahunan anggota; bila tidak ada, dipakai angka sentra tahun itu. Angka jaringan dari hubungan yang aktif pada 31 Desember.',
    en: 'Standard figures are summed from the members’ yearly data, or the centre’s own figure for that year when there is none. Network figures use the ties active on 31 December.',
  },
} satisfies Record<string, Message>;
