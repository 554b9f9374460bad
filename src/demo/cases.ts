import { createHash } from 'node:crypto';
import type { CaseStatus, CaseType, Confidentiality, ReporterRole } from '../cases/cases.constants.ts';
import { demoCasePath, demoMoveDays } from './case-moves.ts';
import type { DemoFirm, DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';

/** One demo case: its status, type, when it was reported and, when agreed, when and what was promised. */
interface DemoCaseSpec {
  status: CaseStatus;
  type: CaseType;
  reportedOn: string;
  agreedOn?: string;
  /** Commitments as [due day, state, day marked]. */
  commitments?: [string, 'open' | 'kept' | 'missed', string | null][];
  reporter?: ReporterRole;
  confidentiality?: Confidentiality;
  referral?: 'DJKI' | 'KPPU';
  /** The same pair of firms as the case at this index: a quarrel breaking out again. */
  samePairAs?: number;
}

const KEPT: [string, 'kept', string][] = [['2026-06-15', 'kept', '2026-06-10']];
const KEPT_TWICE: [string, 'kept', string][] = [
  ['2026-05-20', 'kept', '2026-05-18'],
  ['2026-07-01', 'kept', '2026-06-28'],
];

/**
 * Cibaduyut, whose shoemakers undercut each other (DOMAIN.md §10): enough cases in 2026 that its KPIs show
 * numbers (at least 3 per shown cell), with two statuses of one case each that stay suppressed as "< 3".
 */
const CIBADUYUT: DemoCaseSpec[] = [
  { status: 'reported', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-10-05' },
  { status: 'reported', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-10-19', reporter: 'anonymous' },
  { status: 'reported', type: 'BUYER_POACHING', reportedOn: '2026-11-03' },
  { status: 'verifying', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-09-02' },
  { status: 'verifying', type: 'WORKER_POACHING', reportedOn: '2026-09-14', confidentiality: 'dinas_only' },
  { status: 'verifying', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-09-21', samePairAs: 0 },
  { status: 'mediation_scheduled', type: 'BUYER_POACHING', reportedOn: '2026-08-11' },
  {
    status: 'in_mediation',
    type: 'PRICE_UNDERCUTTING',
    reportedOn: '2026-07-06',
    confidentiality: 'parties',
  },
  { status: 'in_mediation', type: 'MISREPRESENTATION', reportedOn: '2026-07-20' },
  { status: 'in_mediation', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-08-03', samePairAs: 7 },
  {
    status: 'agreed',
    type: 'PRICE_UNDERCUTTING',
    reportedOn: '2026-03-02',
    agreedOn: '2026-04-06',
    commitments: KEPT_TWICE,
  },
  {
    status: 'agreed',
    type: 'BUYER_POACHING',
    reportedOn: '2026-03-16',
    agreedOn: '2026-04-13',
    commitments: [
      ['2026-05-04', 'kept', '2026-05-12'],
      ['2026-12-20', 'open', null],
    ],
  },
  {
    status: 'agreed',
    type: 'PRICE_UNDERCUTTING',
    reportedOn: '2026-04-01',
    agreedOn: '2026-05-11',
    commitments: KEPT,
    confidentiality: 'parties',
  },
  {
    status: 'agreed',
    type: 'WORKER_POACHING',
    reportedOn: '2026-04-20',
    agreedOn: '2026-05-25',
    commitments: [['2026-06-30', 'missed', '2026-07-02']],
  },
  { status: 'not_agreed', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-02-09' },
  { status: 'not_agreed', type: 'MISREPRESENTATION', reportedOn: '2026-02-23' },
  { status: 'not_agreed', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-05-04', samePairAs: 14 },
  {
    status: 'closed',
    type: 'PRICE_UNDERCUTTING',
    reportedOn: '2026-01-12',
    agreedOn: '2026-02-16',
    commitments: KEPT_TWICE,
  },
  {
    status: 'closed',
    type: 'BUYER_POACHING',
    reportedOn: '2026-01-19',
    agreedOn: '2026-02-23',
    commitments: [
      ['2026-03-20', 'kept', '2026-03-19'],
      ['2026-04-20', 'missed', '2026-04-22'],
    ],
  },
  {
    status: 'closed',
    type: 'PRICE_UNDERCUTTING',
    reportedOn: '2026-01-26',
    agreedOn: '2026-03-02',
    commitments: [['2026-04-01', 'kept', '2026-03-30']],
  },
  { status: 'cancelled', type: 'PRICE_UNDERCUTTING', reportedOn: '2026-06-08' },
];

/** A few cases elsewhere: copied batik motifs referred to DJKI, an anonymous report, a poached worker. */
const ELSEWHERE: Record<string, DemoCaseSpec[]> = {
  TRUSMI: [
    {
      status: 'referred',
      type: 'DESIGN_COPYING',
      reportedOn: '2026-03-09',
      referral: 'DJKI',
      confidentiality: 'parties',
    },
    {
      status: 'mediation_scheduled',
      type: 'DESIGN_COPYING',
      reportedOn: '2026-10-12',
      reporter: 'anonymous',
    },
    {
      status: 'agreed',
      type: 'DESIGN_COPYING',
      reportedOn: '2026-05-18',
      agreedOn: '2026-06-22',
      commitments: KEPT,
    },
  ],
  LAWEYAN: [
    { status: 'reported', type: 'DESIGN_COPYING', reportedOn: '2026-11-09' },
    {
      status: 'closed',
      type: 'DESIGN_COPYING',
      reportedOn: '2026-02-02',
      agreedOn: '2026-03-09',
      commitments: KEPT,
    },
  ],
  JEPARA: [
    { status: 'verifying', type: 'WORKER_POACHING', reportedOn: '2026-09-28', confidentiality: 'dinas_only' },
    { status: 'cancelled', type: 'MISREPRESENTATION', reportedOn: '2026-04-14' },
  ],
};

const TITLES: Record<CaseType, string> = {
  PRICE_UNDERCUTTING: 'Harga dibanting di bawah harga bersama',
  DESIGN_COPYING: 'Motif ditiru dan dijual lebih murah',
  MISREPRESENTATION: 'Produk dijual dengan asal-usul palsu',
  BUYER_POACHING: 'Pembeli tetap direbut',
  WORKER_POACHING: 'Pengrajin terampil dibajak',
  BREACH_OF_CONTRACT: 'Pesanan tidak dikirim sesuai kesepakatan',
  RESOURCE_COMPETITION: 'Rebutan bahan baku',
  ENVIRONMENTAL_NUISANCE: 'Limbah mengganggu tetangga',
  GOVERNANCE_DISPUTE: 'Sengketa pengurus paguyuban',
};

const MEDIATING: readonly CaseStatus[] = ['in_mediation', 'agreed', 'not_agreed', 'closed'];

/** The demo specs of a centre (none for most centres). */
export function demoCaseSpecs(slug: string): readonly DemoCaseSpec[] {
  return slug === 'CIBADUYUT' ? CIBADUYUT : (ELSEWHERE[slug] ?? []);
}

/**
 * Adds the centre's demo conflict cases: each between the two firms of one of the centre's recorded
 * conflict ties of its type (linked to the case), or two members when there is no such tie. Pure in `seed`.
 */
export function addCases(
  rows: DemoRows,
  slug: string,
  centerId: string,
  firms: DemoFirm[],
  seed: number,
): void {
  const specs = demoCaseSpecs(slug);
  const pairs: [string, string, string | null][] = [];
  specs.forEach((spec, i) => {
    const id = demoId(seed, `case/${slug}/${i + 1}`);
    const pair = spec.samePairAs !== undefined ? pairs[spec.samePairAs] : pairFor(rows, spec.type, firms, i);
    if (!pair) throw new Error(`Demo case ${slug}/${i + 1} has no parties`);
    pairs.push(pair);
    const anonymous = spec.reporter === 'anonymous';
    const reported = `${spec.reportedOn}T02:30:00Z`;
    rows.conflict_cases.push({
      id,
      center_id: centerId,
      type: spec.type,
      severity: i % 3 === 0 ? 'high' : i % 3 === 1 ? 'medium' : 'low',
      reporter_role: spec.reporter ?? (i % 2 === 0 ? 'party' : 'board'),
      reported_by: null,
      // The code itself is never shown: the demo's anonymous reporter is fictional.
      follow_up_hash: anonymous ? createHash('sha256').update(`demo-${seed}-${id}`).digest('hex') : null,
      title: TITLES[spec.type],
      description: 'Data demo sintetis: kasus rekaan untuk mencoba alur mediasi.',
      status: spec.status,
      mediator_role: MEDIATING.includes(spec.status) ? 'center_manager' : null,
      referral: spec.referral ?? null,
      confidentiality: spec.confidentiality ?? 'internal',
      allows_research: i % 2 === 0,
      outcome: spec.status === 'closed' ? 'Kesepakatan dipantau dan dijalankan.' : null,
      agreement_text: spec.agreedOn ? 'Para pihak sepakat kembali ke harga dan motif masing-masing.' : null,
      agreed_on: spec.agreedOn ?? null,
      created_at: reported,
      updated_at: reported,
    });
    rows.conflict_case_parties.push(
      {
        id: demoId(seed, `case/${slug}/${i + 1}/p1`),
        case_id: id,
        side: 'complainant',
        enterprise_id: pair[0],
      },
      {
        id: demoId(seed, `case/${slug}/${i + 1}/p2`),
        case_id: id,
        side: 'respondent',
        enterprise_id: pair[1],
      },
    );
    if (pair[2]) rows.conflict_case_ties.push({ case_id: id, interaction_id: pair[2] });
    // The history: the report (naming no one), then each move by the centre's manager.
    const path = demoCasePath(spec);
    const days = demoMoveDays(spec, path);
    rows.conflict_case_moves.push({
      id: demoId(seed, `case/${slug}/${i + 1}/m0`),
      case_id: id,
      from_status: null,
      to_status: 'reported',
      moved_by: null,
      moved_by_role: null,
      note: null,
      moved_at: reported,
    });
    path.forEach((to, j) => {
      rows.conflict_case_moves.push({
        id: demoId(seed, `case/${slug}/${i + 1}/m${j + 1}`),
        case_id: id,
        from_status: j === 0 ? 'reported' : (path[j - 1] as CaseStatus),
        to_status: to,
        moved_by: null,
        moved_by_role: 'center_manager',
        note: null,
        moved_at: `${days[j]}T03:00:00Z`,
      });
    });
    if (MEDIATING.includes(spec.status)) {
      rows.conflict_case_sessions.push({
        id: demoId(seed, `case/${slug}/${i + 1}/s1`),
        case_id: id,
        held_on: spec.agreedOn ?? spec.reportedOn,
        place: 'Balai paguyuban',
        mediator_role: 'center_manager',
        attendees: 'Kedua pihak, pengurus paguyuban, pengelola sentra',
        notes: null,
        created_at: reported,
      });
    }
    (spec.commitments ?? []).forEach(([dueOn, state, markedOn], j) => {
      rows.conflict_case_commitments.push({
        id: demoId(seed, `case/${slug}/${i + 1}/c${j + 1}`),
        case_id: id,
        who: j === 0 ? 'Pihak teradu' : 'Kedua pihak',
        what: j === 0 ? 'Kembali ke harga bersama' : 'Melapor ke pengurus',
        due_on: dueOn,
        state,
        marked_at: markedOn ? `${markedOn}T03:00:00Z` : null,
        created_at: `${spec.agreedOn ?? spec.reportedOn}T03:00:00Z`,
      });
    });
  });
}

/** The firms of the `n`-th recorded conflict tie of `type` in the centre with that tie, else two members. */
function pairFor(
  rows: DemoRows,
  type: CaseType,
  firms: DemoFirm[],
  n: number,
): [string, string, string | null] {
  const ties = rows.interactions.filter(
    (t) => t.type === type && t.valence === 'conflict' && t.to_enterprise_id,
  );
  const tie = ties[n % Math.max(ties.length, 1)];
  if (tie?.to_enterprise_id && tie.id) return [tie.from_enterprise_id, tie.to_enterprise_id, tie.id];
  const a = firms[(2 * n) % firms.length];
  const b = firms[(2 * n + 1) % firms.length];
  if (!a || !b) throw new Error('A demo centre needs two firms for a case');
  return [a.id, b.id, null];
}
