import type { Message } from '../shared/i18n.ts';

/** The ten elements of an entrepreneurial ecosystem (Stam & van de Ven 2021), in the radar's order. */
export const ECOSYSTEM_ELEMENTS = [
  'formal_institutions',
  'culture',
  'physical_infrastructure',
  'demand',
  'networks',
  'leadership',
  'talent',
  'finance',
  'new_knowledge',
  'intermediate_services',
] as const;
export type EcosystemElement = (typeof ECOSYSTEM_ELEMENTS)[number];

/** Each element's label and one-line meaning for a centre, id and en. */
export const ELEMENT_WORDS: Record<EcosystemElement, { label: Message; meaning: Message }> = {
  formal_institutions: {
    label: { id: 'Kelembagaan formal', en: 'Formal institutions' },
    meaning: {
      id: 'Aturan dan legalitas: usaha ber-NIB dan lembaga berbadan hukum.',
      en: 'Rules and legal standing: firms with an NIB and institutions with a legal basis.',
    },
  },
  culture: {
    label: { id: 'Budaya', en: 'Culture' },
    meaning: {
      id: 'Semangat berusaha dan bekerja bersama: pendatang baru dan kegiatan bersama.',
      en: 'Entrepreneurial spirit and working together: new entrants and joint activities.',
    },
  },
  physical_infrastructure: {
    label: { id: 'Infrastruktur fisik', en: 'Physical infrastructure' },
    meaning: {
      id: 'Fasilitas bersama yang tersedia bagi IKM: tungku, IPAL, ruang pamer, alat.',
      en: 'Shared facilities open to the firms: kilns, waste-water plants, showrooms, machines.',
    },
  },
  demand: {
    label: { id: 'Permintaan', en: 'Demand' },
    meaning: {
      id: 'Pesanan yang sampai ke sentra dan akses ke pasar ekspor.',
      en: 'Orders reaching the centre and access to export markets.',
    },
  },
  networks: {
    label: { id: 'Jejaring', en: 'Networks' },
    meaning: {
      id: 'Seberapa rapat dan timbal balik hubungan kerja sama antar-IKM.',
      en: 'How dense and two-way the collaboration ties between firms are.',
    },
  },
  leadership: {
    label: { id: 'Kepemimpinan', en: 'Leadership' },
    meaning: {
      id: 'Pengurus yang aktif dan tokoh yang menjadi titik pusat jejaring.',
      en: 'Active boards and leaders who sit at the centre of the network.',
    },
  },
  talent: {
    label: { id: 'Talenta', en: 'Talent' },
    meaning: {
      id: 'Tenaga kerja yang tersedia dan alih keterampilan (magang, berbagi ilmu).',
      en: 'Workers available and skills passed on (apprenticeship, knowledge sharing).',
    },
  },
  finance: {
    label: { id: 'Pembiayaan', en: 'Finance' },
    meaning: {
      id: 'Akses IKM ke kredit (KUR, bank, koperasi).',
      en: "Firms' access to credit (KUR, bank, cooperative).",
    },
  },
  new_knowledge: {
    label: { id: 'Pengetahuan baru', en: 'New knowledge' },
    meaning: {
      id: 'Desain dan motif baru yang dicatat IKM.',
      en: 'New designs and motifs the firms record.',
    },
  },
  intermediate_services: {
    label: { id: 'Layanan pendukung', en: 'Intermediate services' },
    meaning: {
      id: 'Layanan UPT, pendamping (TPL), pelatihan, laboratorium dan HKI yang menjangkau sentra.',
      en: 'UPT, field facilitator (TPL), training, laboratory and IP services reaching the centre.',
    },
  },
};
