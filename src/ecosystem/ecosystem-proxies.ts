import { facilityUtilisationByCenter } from '../facilities/facility-utilisation.service.ts';
import { interventionsForCenter } from '../interventions/interventions.service.ts';
import type { Message } from '../shared/i18n.ts';
import type { EcosystemElement } from './ecosystem.elements.ts';
import { facts, type ProxyContext, type ProxyReading, ratio } from './ecosystem-context.ts';
import { jointActivities, leaderCentrality, networkIndicator, tiesPerMember } from './network-proxies.ts';

/**
 * One proxy of an element: its words, where its data comes from, and the function reading it for every
 * compared centre (aligned with `ctx.centerIds`). `provide: null` is a proxy Simpul does not record yet:
 * it is shown as "not recorded", never estimated. Adding a proxy (the facilities or interventions of
 * issue #20) is one entry here.
 */
export interface EcosystemProxy {
  key: string;
  element: EcosystemElement;
  label: Message;
  /** How its raw value is written: a share as %, a count as an integer, a rate with two decimals. */
  kind: 'share' | 'count' | 'rate';
  /** Provenance: the table or source and what is counted. */
  source: Message;
  provide: ((ctx: ProxyContext) => Promise<ProxyReading[]>) | null;
}

const year = (ctx: ProxyContext) => Number(ctx.today.slice(0, 4));
const NONE: ProxyReading = { value: null, n: null, year: null };

/** Every proxy, element by element, in the radar's order. */
export const ECOSYSTEM_PROXIES: readonly EcosystemProxy[] = [
  {
    key: 'nib_share',
    kind: 'share',
    element: 'formal_institutions',
    label: { id: 'Bagian IKM ber-NIB', en: 'Share of firms with an NIB' },
    source: {
      id: 'Data IKM (NIB) anggota sentra saat ini',
      en: "Enterprise registry (NIB) of the centre's current members",
    },
    provide: async (ctx) => {
      const m = await facts.members(ctx);
      return ctx.centerIds.map((id) => ratio(m.get(id)?.withNib ?? 0, m.get(id)?.members ?? 0, year(ctx)));
    },
  },
  {
    key: 'legal_institution_share',
    kind: 'share',
    element: 'formal_institutions',
    label: { id: 'Bagian lembaga berbadan hukum/terdaftar', en: 'Share of institutions with a legal basis' },
    source: {
      id: 'Data lembaga yang melayani sentra (status hukum)',
      en: 'Institutions serving the centre (legal status)',
    },
    provide: async (ctx) => {
      const f = await facts.institutions(ctx);
      return ctx.centerIds.map((id) =>
        ratio(f.get(id)?.withLegalBasis ?? 0, f.get(id)?.institutions ?? 0, year(ctx)),
      );
    },
  },
  {
    key: 'new_entrant_share',
    kind: 'share',
    element: 'culture',
    label: { id: 'Bagian anggota baru (3 tahun terakhir)', en: 'Share of new members (last 3 years)' },
    source: {
      id: 'Keanggotaan sentra yang dimulai dalam 3 tahun terakhir (tahun berdiri usaha tidak dicatat)',
      en: 'Centre memberships begun in the last 3 years (founding years of firms are not recorded)',
    },
    provide: async (ctx) => {
      const m = await facts.members(ctx);
      return ctx.centerIds.map((id) =>
        ratio(m.get(id)?.joinedSince ?? 0, m.get(id)?.members ?? 0, year(ctx)),
      );
    },
  },
  {
    key: 'joint_activities_per_firm',
    kind: 'rate',
    element: 'culture',
    label: { id: 'Kegiatan bersama per IKM', en: 'Joint activities per firm' },
    source: {
      id: 'Beli bersama (3 tahun) dan hubungan bersama: beli bahan, promosi, konsorsium, olah limbah, oper pesanan, pinjam alat',
      en: 'Purchase pools (3 years) and joint ties: purchasing, promotion, order aggregation, waste treatment, order sharing, equipment sharing',
    },
    provide: jointActivities,
  },
  {
    key: 'shared_facility_institutions',
    kind: 'count',
    element: 'physical_infrastructure',
    label: { id: 'Lembaga pengelola fasilitas bersama', en: 'Institutions running a shared facility' },
    source: {
      id: 'Lembaga yang melayani sentra: jenis fasilitas bersama atau layanan olah limbah, sewa alat, ruang pamer',
      en: 'Institutions serving the centre: shared-facility type or waste treatment, equipment rental, showroom services',
    },
    provide: async (ctx) => {
      const f = await facts.institutions(ctx);
      return ctx.centerIds.map((id) => ({
        value: f.get(id)?.sharedFacilities ?? 0,
        n: f.get(id)?.institutions ?? 0,
        year: year(ctx),
      }));
    },
  },
  {
    key: 'facility_utilisation',
    kind: 'share',
    element: 'physical_infrastructure',
    label: { id: 'Pemakaian fasilitas bersama', en: 'Shared facility utilisation' },
    source: {
      id: 'Fasilitas bersama sentra: hari dipakai ÷ hari buka, 90 hari terakhir',
      en: "The centre's shared facilities: days used ÷ days open, last 90 days",
    },
    provide: async (ctx) => {
      const byCenter = await facilityUtilisationByCenter(ctx.db, ctx.centerIds);
      return ctx.centerIds.map((id) => {
        const entries = byCenter.get(id) ?? [];
        const used = entries.reduce((sum, e) => sum + e.usedDays, 0);
        const open = entries.reduce((sum, e) => sum + e.availableDays, 0);
        return ratio(used, open, year(ctx));
      });
    },
  },
  {
    key: 'requests_per_firm',
    kind: 'rate',
    element: 'demand',
    label: { id: 'Permintaan kemitraan per IKM (3 tahun)', en: 'Partnership requests per firm (3 years)' },
    source: { id: 'Permintaan yang diterbitkan untuk sentra', en: 'Requests published to the centre' },
    provide: async (ctx) => {
      const [r, m] = await Promise.all([facts.records(ctx), facts.members(ctx)]);
      return ctx.centerIds.map((id) => ratio(r.get(id)?.requests ?? 0, m.get(id)?.members ?? 0, year(ctx)));
    },
  },
  {
    key: 'exporter_share',
    kind: 'share',
    element: 'demand',
    label: { id: 'Bagian IKM eksportir', en: 'Share of exporting firms' },
    source: {
      id: 'Peran rantai nilai "eksportir" di data IKM',
      en: 'Value-chain role "exporter" in the enterprise registry',
    },
    provide: async (ctx) => {
      const m = await facts.members(ctx);
      return ctx.centerIds.map((id) => ratio(m.get(id)?.exporters ?? 0, m.get(id)?.members ?? 0, year(ctx)));
    },
  },
  {
    key: 'buyers',
    kind: 'count',
    element: 'demand',
    label: { id: 'Jumlah pembeli', en: 'Number of buyers' },
    source: { id: 'Belum dicatat di Simpul', en: 'Not yet recorded in Simpul' },
    provide: null,
  },
  {
    key: 'collaboration_density',
    kind: 'share',
    element: 'networks',
    label: { id: 'Kepadatan kerja sama', en: 'Collaboration density' },
    source: {
      id: 'Analisis jejaring sentra (semua hubungan tercatat)',
      en: "The centre's network analysis (every recorded tie)",
    },
    provide: networkIndicator('collaborationDensity'),
  },
  {
    key: 'reciprocity',
    kind: 'share',
    element: 'networks',
    label: { id: 'Timbal balik', en: 'Reciprocity' },
    source: {
      id: 'Analisis jejaring sentra (pasangan dua arah)',
      en: "The centre's network analysis (two-way pairs)",
    },
    provide: networkIndicator('dyadReciprocity'),
  },
  {
    key: 'active_boards',
    kind: 'count',
    element: 'leadership',
    label: { id: 'Lembaga dengan pengurus aktif', en: 'Institutions with an active board' },
    source: {
      id: 'Lembaga dengan pengurus saat ini yang membuka beli bersama atau kesepakatan harga dalam 12 bulan',
      en: 'Institutions with a current board that opened a pool or price agreement in the last 12 months',
    },
    provide: async (ctx) => {
      const f = await facts.institutions(ctx);
      return ctx.centerIds.map((id) => ({
        value: f.get(id)?.activeBoards ?? 0,
        n: f.get(id)?.institutions ?? 0,
        year: year(ctx),
      }));
    },
  },
  {
    key: 'leader_centrality',
    kind: 'rate',
    element: 'leadership',
    label: { id: 'Keterantaraan pengurus sentra', en: "Centre board members' betweenness" },
    source: {
      id: 'Analisis jejaring: rata-rata keterantaraan IKM berperan pengurus/pengelola',
      en: 'Network analysis: mean betweenness of firms with a board or manager role',
    },
    provide: leaderCentrality,
  },
  {
    key: 'workers_per_firm',
    kind: 'rate',
    element: 'talent',
    label: { id: 'Tenaga kerja per IKM', en: 'Workers per firm' },
    source: {
      id: 'Data tahunan IKM, tahun terakhir tiap IKM',
      en: "Enterprise yearly figures, each firm's latest year",
    },
    provide: async (ctx) => {
      const w = await facts.workers(ctx);
      return ctx.centerIds.map((id) => {
        const f = w.get(id);
        return f ? { value: f.perFirm, n: f.firms, year: f.year } : NONE;
      });
    },
  },
  {
    key: 'knowledge_ties_per_firm',
    kind: 'rate',
    element: 'talent',
    label: {
      id: 'Hubungan berbagi ilmu/magang per IKM',
      en: 'Knowledge-sharing and apprenticeship ties per firm',
    },
    source: { id: 'Hubungan "Berbagi ilmu/magang" (3 tahun)', en: '"Knowledge sharing" ties (3 years)' },
    provide: tiesPerMember(['KNOWLEDGE_SHARING']),
  },
  {
    key: 'skilled_share',
    kind: 'share',
    element: 'talent',
    label: { id: 'Bagian tenaga terampil', en: 'Share of skilled workers' },
    source: { id: 'Belum dicatat di Simpul', en: 'Not yet recorded in Simpul' },
    provide: null,
  },
  {
    key: 'financing_access_share',
    kind: 'share',
    element: 'finance',
    label: { id: 'Bagian IKM anggota lembaga pembiayaan', en: 'Share of firms in a financing institution' },
    source: {
      id: 'Keanggotaan lembaga berlayanan pembiayaan atau lembaga keuangan (KUR/kredit bank tidak dicatat)',
      en: 'Membership of an institution offering financing or a financial institution (KUR and bank credit not recorded)',
    },
    provide: async (ctx) => {
      const m = await facts.members(ctx);
      return ctx.centerIds.map((id) =>
        ratio(m.get(id)?.withFinancing ?? 0, m.get(id)?.members ?? 0, year(ctx)),
      );
    },
  },
  {
    key: 'designs_per_firm',
    kind: 'rate',
    element: 'new_knowledge',
    label: { id: 'Desain tercatat per IKM (3 tahun)', en: 'Designs recorded per firm (3 years)' },
    source: { id: 'Buku desain sentra', en: "The centre's design ledger" },
    provide: async (ctx) => {
      const [r, m] = await Promise.all([facts.records(ctx), facts.members(ctx)]);
      return ctx.centerIds.map((id) => ratio(r.get(id)?.designs ?? 0, m.get(id)?.members ?? 0, year(ctx)));
    },
  },
  {
    key: 'support_services',
    kind: 'count',
    element: 'intermediate_services',
    label: { id: 'Jenis layanan pendukung', en: 'Kinds of support service' },
    source: {
      id: 'Layanan pelatihan, laboratorium mutu, pendampingan, fasilitasi HKI dari lembaga yang melayani sentra',
      en: 'Training, quality lab, mentoring and IP facilitation offered by institutions serving the centre',
    },
    provide: async (ctx) => {
      const f = await facts.institutions(ctx);
      return ctx.centerIds.map((id) => ({
        value: f.get(id)?.supportServices ?? 0,
        n: f.get(id)?.institutions ?? 0,
        year: year(ctx),
      }));
    },
  },
  {
    key: 'tpl_visits',
    kind: 'count',
    element: 'intermediate_services',
    label: { id: 'Pendampingan TPL (3 tahun)', en: 'TPL field facilitation (3 years)' },
    source: {
      id: 'Intervensi jenis pendampingan TPL yang mulai dalam 3 tahun terakhir',
      en: 'Interventions of the TPL facilitation kind started in the last 3 years',
    },
    provide: async (ctx) =>
      Promise.all(
        ctx.centerIds.map(async (id) => {
          const visits = (await interventionsForCenter(ctx.db, id)).filter(
            (i) => i.interventionType === 'tpl_visit' && i.startDate >= ctx.since3y,
          );
          return { value: visits.length, n: visits.length, year: year(ctx) };
        }),
      ),
  },
];
