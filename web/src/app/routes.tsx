import type { Abilities } from '../../../src/auth/abilities.schema.ts';
import { am } from '../admin/messages.ts';
import { km } from '../cases/messages.ts';
import { fm } from '../field/messages.ts';
import type { Message } from '../i18n/i18n.tsx';
import { pm } from '../partnerships/messages.ts';
import { type CodeSplit, codeSplit } from './code-split.tsx';
import { m } from './messages.ts';

/** A screen: its path pattern, who may open it (all signed-in users when absent), its code chunk. */
export interface RouteDef {
  path: string;
  page: CodeSplit<{ params: Record<string, string> }>;
  /** The ability, as `/api/auth/me` reports it, that opening the screen needs. */
  may?: (abilities: Abilities) => boolean;
  /** Readable without signing in (what it shows, the API serves to anyone). */
  public?: true;
  /** Shown in the main navigation under this name. */
  nav?: Message;
  /** Shown in the navigation only when this holds too (the admin's bar is full at 1280 px). */
  navWhen?: (abilities: Abilities) => boolean;
}

/** Data entry: for whoever may record at least one kind of record. */
function mayRecord(a: Abilities): boolean {
  return a.centers.register || a.enterprises.register || a.institutions.register || a.ties.record;
}

// Every screen is its own chunk, loaded when first opened (the network view pulls in sigma only there).
export const ROUTES: RouteDef[] = [
  { path: '/', page: codeSplit(() => import('../overview/OverviewPage.tsx')), nav: m.navOverview },
  { path: '/wilayah/:code', page: codeSplit(() => import('../overview/OverviewPage.tsx')) },
  { path: '/sentra/:id', page: codeSplit(() => import('../center/CenterPage.tsx')), public: true },
  {
    path: '/sentra/:id/angka-tahunan',
    page: codeSplit(() => import('../center/YearGridPage.tsx')),
    may: (a) => a.enterprises.edit,
  },
  { path: '/ikm/:id', page: codeSplit(() => import('../enterprise/EnterprisePage.tsx')) },
  // Linked from the menu for users tied to firms; the server scopes the list to the reader.
  {
    path: '/ikm-saya',
    page: codeSplit(() => import('../enterprise/MyEnterprisesPage.tsx')),
    may: (a) => a.enterprises.read,
  },
  {
    path: '/perbandingan',
    page: codeSplit(() => import('../compare/ComparePage.tsx')),
    // The comparison reads stored network indicators, which only network readers may see.
    may: (a) => a.networks.read,
    nav: m.navCompare,
  },
  {
    path: '/input',
    page: codeSplit(() => import('../entry/EntryPage.tsx')),
    may: mayRecord,
    nav: m.navEntry,
  },
  { path: '/input/:kind', page: codeSplit(() => import('../entry/EntryPage.tsx')), may: mayRecord },
  {
    path: '/impor',
    page: codeSplit(() => import('../import/ImportPage.tsx')),
    may: (a) => a.files.import,
    nav: m.navImport,
  },
  {
    path: '/ekspor',
    page: codeSplit(() => import('../export/ExportPage.tsx')),
    may: (a) => a.files.export,
    nav: m.navExport,
  },
  {
    path: '/pengguna',
    page: codeSplit(() => import('../admin/UsersPage.tsx')),
    may: (a) => a.users.manage,
    nav: am.navUsers,
  },
  // The partnership screens (issue #18) share one entry: the hub lists those the session may use.
  {
    path: '/kemitraan',
    page: codeSplit(() => import('../partnerships/PartnershipsPage.tsx')),
    may: (a) => a.requests.read || a.pools.read || a.capabilities.editTaxonomy || a.requestAggregates.read,
    nav: pm.nav,
  },
  // Offline field capture (issue #23): the PWA precaches these screens; the data lives in IndexedDB.
  {
    path: '/lapangan',
    page: codeSplit(() => import('../field/FieldHomePage.tsx')),
    may: (a) => a.field.collect || a.field.research,
    nav: fm.nav,
    // The bars of admins and officers are full at 1280 px: they open it from the installed app (its
    // start_url) or by address; centre managers, who import nothing, have room for it. Researchers (notes and
    // consent offline) find it under their name, as admins do: their bar holds the research screens.
    navWhen: (a) => !a.files.import && a.field.collect,
  },
  {
    path: '/lapangan/sinkron',
    page: codeSplit(() => import('../field/FieldSyncPage.tsx')),
    may: (a) => a.field.sync,
  },
  {
    path: '/lapangan/sentra/:id',
    page: codeSplit(() => import('../field/FieldCenterPage.tsx')),
    may: (a) => a.field.collect,
  },
  {
    path: '/lapangan/sentra/:id/:form',
    page: codeSplit(() => import('../field/FieldFormPage.tsx')),
    may: (a) => a.field.collect,
  },
  // A research project's offline notes and consent (issue #23, research half).
  {
    path: '/lapangan/proyek/:id',
    page: codeSplit(() => import('../field/FieldProjectPage.tsx')),
    may: (a) => a.field.research,
  },
  {
    path: '/lapangan/proyek/:id/:form',
    page: codeSplit(() => import('../field/FieldResearchFormPage.tsx')),
    may: (a) => a.field.research,
  },
  // Every signed-in user may hold API tokens of their own (a read-only token cannot make more); linked from
  // the user box, not the main navigation, which is full at 1280 px.
  { path: '/token', page: codeSplit(() => import('../admin/TokensPage.tsx')) },
  {
    path: '/antrean',
    page: codeSplit(() => import('../jobs/JobsPage.tsx')),
    may: (a) => a.jobs.read,
  },
  {
    path: '/riwayat/:kind/:id',
    page: codeSplit(() => import('../audit/HistoryPage.tsx')),
    may: (a) => a.audit.read,
  },
  {
    path: '/sentra/:id/perubahan',
    page: codeSplit(() => import('../network/NetworkChange.tsx')),
    may: (a) => a.networks.read,
  },
  // Open to everyone: anyone reading a figure may ask what it means.
  {
    path: '/glosarium',
    page: codeSplit(() => import('../glossary/GlossaryPage.tsx')),
    nav: m.navGlossary,
    public: true,
  },
  // Every signed-in user has an inbox (the bell in the top bar leads there) and choices of their own.
  { path: '/pemberitahuan', page: codeSplit(() => import('../notifications/InboxPage.tsx')) },
  {
    path: '/pemberitahuan/pengaturan',
    page: codeSplit(() => import('../notifications/PreferencesPage.tsx')),
  },
  // Requests for quotation / order sharing (issue #18): firms and officers; the server scopes every list.
  {
    path: '/permintaan',
    page: codeSplit(() => import('../requests/RequestsPage.tsx')),
    may: (a) => a.requests.read,
  },
  {
    path: '/permintaan/baru',
    page: codeSplit(() => import('../requests/RequestFormPage.tsx')),
    may: (a) => a.requests.post,
  },
  {
    path: '/permintaan/:id',
    page: codeSplit(() => import('../requests/RequestDetailPage.tsx')),
    may: (a) => a.requests.read,
  },
  {
    path: '/ikm/:id/kemampuan',
    page: codeSplit(() => import('../capabilities/CapabilityPage.tsx')),
    may: (a) => a.capabilities.read,
  },
  {
    path: '/taksonomi-proses',
    page: codeSplit(() => import('../capabilities/TaxonomyPage.tsx')),
    // Reached from the partnership hub, the capability page and the profile form's hint.
    may: (a) => a.capabilities.editTaxonomy,
  },
  // Listed on the partnership hub (/kemitraan) and linked from the pool notifications.
  {
    path: '/beli-bersama',
    page: codeSplit(() => import('../pools/PoolsPage.tsx')),
    may: (a) => a.pools.read,
  },
  {
    path: '/beli-bersama/:id',
    page: codeSplit(() => import('../pools/PoolPage.tsx')),
    may: (a) => a.pools.read,
  },
  // Linked from the centre page for those who may change a centre's partnership settings.
  {
    path: '/sentra/:id/pengaturan-kemitraan',
    page: codeSplit(() => import('../partnership-settings/PartnershipSettingsPage.tsx')),
    may: (a) => a.partnershipSettings.read,
  },
  // A draft request's form, filled in (issue #18); linked from the draft's page as "Ubah".
  {
    path: '/permintaan/:id/ubah',
    page: codeSplit(() => import('../requests/RequestEditPage.tsx')),
    may: (a) => a.requests.post,
  },
  // Price agreements (issue #19), listed on the partnership hub (/kemitraan).
  {
    path: '/kesepakatan-harga',
    page: codeSplit(() => import('../price-agreements/PriceAgreementsPage.tsx')),
    may: (a) => a.priceAgreements.read,
  },
  {
    path: '/kesepakatan-harga/:id',
    page: codeSplit(() => import('../price-agreements/PriceAgreementPage.tsx')),
    may: (a) => a.priceAgreements.read,
  },
  // Conflict cases (issue #19): the board by status and a case; linked from the case notifications.
  {
    path: '/kasus',
    page: codeSplit(() => import('../cases/CasesBoard.tsx')),
    may: (a) => a.cases.read,
    nav: km.title,
  },
  {
    path: '/kasus/:id',
    page: codeSplit(() => import('../cases/CasePage.tsx')),
    may: (a) => a.cases.read,
  },
  // The anonymous conflict report and its follow-up by code (issue #19): no account, linked from sign-in.
  {
    path: '/lapor-konflik',
    page: codeSplit(() => import('../cases/AnonymousReportPage.tsx')),
    public: true,
  },
  {
    path: '/lapor-konflik/lanjut',
    page: codeSplit(() => import('../cases/FollowUpPage.tsx')),
    public: true,
  },
  // The design ledger (issue #19), listed on the partnership hub (the top bar is full at 1280 px); the form
  // comes before the record page (the first match wins).
  {
    path: '/desain',
    page: codeSplit(() => import('../design-ledger/LedgerGallery.tsx')),
    may: (a) => a.designLedger.read,
  },
  {
    path: '/desain/baru',
    page: codeSplit(() => import('../design-ledger/RecordDesignPage.tsx')),
    may: (a) => a.designLedger.record,
  },
  {
    path: '/desain/:id',
    page: codeSplit(() => import('../design-ledger/DesignRecordPage.tsx')),
    may: (a) => a.designLedger.read,
  },
  // Anyone may check an evidence sheet's code (the API's check is public); linked from the sign-in page.
  {
    path: '/cek-desain',
    page: codeSplit(() => import('../design-ledger/PublicCheckPage.tsx')),
    public: true,
  },
  // Field research (issue #21): the projects one belongs to, linked from the glossary's research tools (the
  // top bar is full at 1280 px for the admin); the agreement calculator beside them is open to every
  // signed-in user (it reads and stores nothing), linked from the list and the glossary.
  {
    path: '/penelitian',
    page: codeSplit(() => import('../research/ProjectsPage.tsx')),
    may: (a) => a.research.projects,
    // Researchers get the entry; the admin, a member of projects only when added, reaches it from the glossary.
    nav: m.navResearch,
    navWhen: (a) => !a.users.manage,
  },
  {
    path: '/penelitian/kesepakatan',
    page: codeSplit(() => import('../research/AgreementPage.tsx')),
  },
  {
    path: '/penelitian/proyek/:id',
    page: codeSplit(() => import('../research/ProjectPage.tsx')),
    may: (a) => a.research.read,
  },
  {
    path: '/penelitian/dokumen/:id',
    page: codeSplit(() => import('../research/DocumentPage.tsx')),
    may: (a) => a.research.read,
  },
  // Up to 10 centres' ecosystems on one radar (issue #20), linked from the centre page and the comparison.
  {
    path: '/ekosistem',
    page: codeSplit(() => import('../ecosystem/EcosystemPage.tsx')),
    may: (a) => a.networks.read,
  },
  // An intervention and its before/after (issue #20); linked from the centre page's indicators tab.
  {
    path: '/intervensi/:id',
    page: codeSplit(() => import('../interventions/InterventionPage.tsx')),
    may: (a) => a.interventions.read,
  },
  // An institution's self-assessment, linked from the institutions tab of a centre.
  {
    path: '/lembaga/:id/penilaian',
    page: codeSplit(() => import('../institution-assessment/AssessmentPage.tsx')),
    may: (a) => a.institutionAssessment.read,
  },
  // Shared facilities (issue #20): a facility's calendar and bookings, linked from the centre page.
  {
    path: '/fasilitas/:id',
    page: codeSplit(() => import('../facilities/FacilityPage.tsx')),
    may: (a) => a.facilities.read,
  },
  // Coding a transcript and a coding round (issue #21); linked from the project and document pages.
  {
    path: '/penelitian/dokumen/:id/koding',
    page: codeSplit(() => import('../research/CodingPage.tsx')),
    may: (a) => a.research.read,
  },
  {
    path: '/penelitian/putaran/:id',
    page: codeSplit(() => import('../research/RoundPage.tsx')),
    may: (a) => a.research.read,
  },
  // REFI-QDA exchange of a project and a document's audio attachments (issue #21; members only: the API checks).
  {
    path: '/penelitian/proyek/:id/pertukaran',
    page: codeSplit(() => import('../research/ExchangePage.tsx')),
    may: (a) => a.research.read,
  },
  {
    path: '/penelitian/dokumen/:id/lampiran',
    page: codeSplit(() => import('../research/AttachmentsPage.tsx')),
    may: (a) => a.research.read,
  },
  // Tie evidence of a research project (issue #21); the project page links it (members only: the API checks).
  {
    path: '/penelitian/proyek/:id/bukti',
    page: codeSplit(() => import('../research/EvidencePage.tsx')),
    may: (a) => a.research.read,
  },
  // Survey scales of a research project (issue #21 item 8): instruments, answers, α and scores (members only).
  {
    path: '/penelitian/proyek/:id/skala',
    page: codeSplit(() => import('../research/ScalesPage.tsx')),
    may: (a) => a.research.read,
  },
  // Re-identification warnings and the code-by-centre matrix of a project (issue #21; members only: the API checks).
  {
    path: '/penelitian/proyek/:id/privasi',
    page: codeSplit(() => import('../research/PrivacyPage.tsx')),
    may: (a) => a.research.read,
  },
  {
    path: '/penelitian/proyek/:id/matriks',
    page: codeSplit(() => import('../research/MatrixPage.tsx')),
    may: (a) => a.research.read,
  },
];
