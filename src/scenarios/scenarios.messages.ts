import type { Message } from '../shared/lang.ts';

/** The sentences of what-if simulations and saved scenarios, id and en; `{…}` are filled in by `tr`. */
export const WHAT_IF_MESSAGES = {
  badEdit: {
    id: 'Perubahan ke-{n} tidak dapat diuji: {reason}',
    en: 'Change {n} cannot be tried: {reason}',
  },
  not_in_network: {
    id: '{node} bukan bagian dari jaringan sentra ini pada {at}.',
    en: '{node} is not part of this centre’s network on {at}.',
  },
  not_a_firm: { id: '{node} adalah lembaga, bukan IKM.', en: '{node} is an institution, not a firm.' },
  not_an_institution: {
    id: '{node} bukan lembaga yang melayani sentra ini.',
    en: '{node} is not an institution serving this centre.',
  },
  same_node: {
    id: 'kedua ujung ikatan sama ({node}); pilih dua titik yang berbeda.',
    en: 'both ends of the tie are the same ({node}); choose two different nodes.',
  },
  no_tie: { id: 'tidak ada ikatan antara {a} dan {node}.', en: 'there is no tie between {a} and {node}.' },
  no_conflict: {
    id: 'tidak ada ikatan konflik antara {a} dan {node} untuk dimediasi.',
    en: 'there is no conflict tie between {a} and {node} to mediate.',
  },
  coopetition: {
    id: 'jenis {type} (persaingan wajar) tidak dihitung dalam analisis jaringan; pilih jenis kerja sama atau konflik.',
    en: 'the type {type} (fair competition) is left out of the network analysis; choose a collaboration or conflict type.',
  },
  tieReason: {
    id: '{a} dan {b} sama-sama {basis}. Ikatan ini menyambungkan kelompok kerja sama berisi {p} titik dengan kelompok berisi {q} titik ({pairs} pasangan baru terhubung).',
    en: '{a} and {b} {basis}. This tie joins a collaborating group of {p} nodes with one of {q} nodes ({pairs} newly connected pairs).',
  },
  basisInstitution: { id: 'anggota {via}', en: 'are both members of {via}' },
  basisNeighbour: { id: 'berhubungan dengan {via}', en: 'both deal with {via}' },
  conflictReasonAll: {
    id: 'Konflik {a}–{b} melanggar setiap pembagian dua kubu terbaik dan menutup {triangles} segitiga tak seimbang; memediasinya menurunkan indeks frustrasi dari {before} menjadi {after}.',
    en: 'The conflict {a}–{b} breaks every best two-camp split and closes {triangles} unbalanced triangles; mediating it lowers the frustration index from {before} to {after}.',
  },
  conflictReasonSome: {
    id: 'Konflik {a}–{b} melanggar salah satu pembagian dua kubu terbaik dan menutup {triangles} segitiga tak seimbang; memediasinya menurunkan indeks frustrasi dari {before} menjadi {after}.',
    en: 'The conflict {a}–{b} breaks one of the best two-camp splits and closes {triangles} unbalanced triangles; mediating it lowers the frustration index from {before} to {after}.',
  },
  approximate: {
    id: ' (Indeks dihitung dengan batas langkah, jadi penurunannya paling banyak satu.)',
    en: ' (The index was computed under a step budget, so the fall is at most one.)',
  },
  scenarioNotFound: { id: 'Skenario {id} tidak ditemukan.', en: 'Scenario {id} was not found.' },
  mayNotDelete: {
    id: 'Hanya pembuat skenario atau pengelola sentra yang dapat menghapusnya.',
    en: 'Only the scenario’s author or a manager of the centre may delete it.',
  },
} as const satisfies Record<string, Message>;
