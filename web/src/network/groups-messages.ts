import { defineMessages } from '../i18n/i18n.tsx';

/** Strings of the blockmodel positions (colouring, legend, block image) and the community method choice. */
export const gpm = defineMessages({
  byPosition: { id: 'Posisi (blockmodel bertanda)', en: 'Position (signed blockmodel)' },
  positionsK: { id: 'Jumlah posisi (k)', en: 'Number of positions (k)' },
  positionN: { id: 'Posisi {n}', en: 'Position {n}' },
  positionsLoading: { id: 'Menghitung posisi…', en: 'Computing positions…' },
  positionsHint: {
    id: 'Posisi: kelompok IKM yang bekerja sama di dalam dan berkonflik dengan kelompok lain, sejauh jaringan memungkinkan (Doreian & Mrvar).',
    en: 'Positions: groups of firms that collaborate inside and are in conflict with the other groups, as far as the network allows (Doreian & Mrvar).',
  },
  blockImage: { id: 'Posisi dan matriks blok (k = {k})', en: 'Positions and block image (k = {k})' },
  blockImageIntro: {
    id: 'Tiap sel: jumlah ikatan kerja sama (+) dan konflik (−) di dalam satu posisi (diagonal) atau antara dua posisi. Yang diharapkan: kerja sama di dalam, konflik di antara; sisanya adalah ketidakkonsistenan.',
    en: 'Each cell: collaboration (+) and conflict (−) ties inside one position (diagonal) or between two positions. Expected: collaboration inside, conflict between; the rest are inconsistencies.',
  },
  changeK: {
    id: 'Untuk mengubah k dan mewarnai titik menurut posisi, pilih "Posisi" pada "Warna titik menurut".',
    en: 'To change k and colour the nodes by position, choose "Position" under "Node colour by".',
  },
  blockImageCaption: {
    id: 'Matriks blok: baris dan kolom adalah posisi',
    en: 'Block image: rows and columns are positions',
  },
  cell: { id: '+{p} / −{n}', en: '+{p} / −{n}' },
  cellInconsistent: { id: '(tidak konsisten)', en: '(inconsistent)' },
  inconsistencies: {
    id: 'Ketidakkonsistenan: {n} konflik di dalam posisi, {p} kerja sama antar-posisi; kriteria tertimbang P = {w}.',
    en: 'Inconsistencies: {n} conflicts inside positions, {p} collaborations between positions; weighted criterion P = {w}.',
  },
  frustrationBeside: {
    id: 'Indeks frustrasi L = {l}{approx}: dengan dua posisi, ketidakkonsistenan ({total}) tidak pernah lebih dari L.',
    en: 'Frustration index L = {l}{approx}: with two positions the inconsistencies ({total}) are never more than L.',
  },
  exactSearch: { id: 'Pasti: semua pembagian diperiksa.', en: 'Exact: every partition was searched.' },
  exactNone: {
    id: 'Pasti: tidak ada ketidakkonsistenan yang tersisa.',
    en: 'Exact: no inconsistency is left.',
  },
  noPosition: { id: 'Tanpa ikatan (tanpa posisi)', en: 'No ties (no position)' },
  localSearch: {
    id: 'Hasil terbaik dari {starts} pencarian acak (benih {seed}); {hits} di antaranya mencapai nilai ini.',
    en: 'Best of {starts} seeded searches (seed {seed}); {hits} of them reached this value.',
  },
  positionMembers: { id: 'Posisi {n}: {names}', en: 'Position {n}: {names}' },
  andMore: { id: 'dan {n} lainnya', en: 'and {n} more' },
  goBetweens: { id: 'Penghubung antar-posisi', en: 'Go-betweens across positions' },
  goBetweenLine: {
    id: '{name} (posisi {p}): {ties} kerja sama ke posisi {reaches}',
    en: '{name} (position {p}): {ties} collaborations into position {reaches}',
  },
  communityMethod: { id: 'Metode komunitas', en: 'Community method' },
  communityMethodIntro: {
    id: 'Bandingkan Louvain (yang dipakai analisis tersimpan) dengan Leiden, yang komunitasnya selalu tersambung. Resolusi di atas 1 memberi komunitas lebih kecil.',
    en: 'Compare Louvain (used by the stored analysis) with Leiden, whose communities are always connected. A resolution above 1 gives smaller communities.',
  },
  resolution: { id: 'Resolusi (γ)', en: 'Resolution (γ)' },
  apply: { id: 'Hitung', en: 'Compute' },
  communitiesResult: {
    id: '{count} komunitas, modularitas {q}',
    en: '{count} communities, modularity {q}',
  },
  disconnected: {
    id: '{n} komunitas tidak tersambung di dalamnya (anggotanya hanya terhubung lewat IKM di luar komunitas).',
    en: '{n} communities are not connected inside (their members are linked only through firms outside).',
  },
  allConnected: {
    id: 'Setiap komunitas tersambung di dalamnya.',
    en: 'Every community is connected inside.',
  },
});
