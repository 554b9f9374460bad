import type { Message } from '../shared/lang.ts';
import type { AssessmentArea } from './assessment.constants.ts';

/** What Simpul knows about an institution at scoring time (live-facts.service.ts gathers it). */
export interface LiveFacts {
  /** Current member firms. */
  members: number;
  /** Current members with a tie or yearly figures in the last 12 months. */
  activeMembers: number;
  challengesOpen: number;
  challengesResolved: number;
  /** Positive ties among current members ÷ possible member pairs; null with fewer than two members. */
  memberTieDensity: number | null;
  /** Mean degree centrality of the board firms in their centres' networks; null without a board. */
  boardDegree: number | null;
  /** Mean normalised betweenness of the board firms; null without a board. */
  boardBetweenness: number | null;
  /** Pools the institution opened in the last 12 months and did not cancel. */
  poolsRun: number;
  /** Conflict cases of its centres in the last 3 years where the institution took part as a handler. */
  casesHandled: number;
  /**
   * Used ÷ open days, last 90 days, of the active facilities the institution manages or, managing none, of
   * its centres' (pooled); null when none was open.
   */
  facilityUtilisation: number | null;
}

/**
 * A live indicator: a value read from Simpul's data, scored linearly from `zero` (score 0) to `full`
 * (score 1), clamped; `full` below `zero` means fewer is better. A missing value (null) scores `ifMissing`,
 * or, when `ifMissing` is null, the indicator does not apply and is left out of its area's mean.
 */
export interface LiveIndicator {
  id: string;
  area: AssessmentArea;
  kind: 'count' | 'share' | 'index';
  label: Message;
  source: Message;
  zero: number;
  full: number;
  ifMissing: number | null;
  value(facts: LiveFacts): number | null;
}

/**
 * The live indicators, one entry each: a new live source (facility utilisation, meetings recorded) is one
 * more entry here plus its fact in `LiveFacts`. Thresholds are published in docs/design-choices.md.
 */
export const LIVE_INDICATORS: readonly LiveIndicator[] = [
  {
    id: 'members',
    area: 'structure_membership',
    kind: 'count',
    label: { id: 'Jumlah anggota', en: 'Members' },
    source: { id: 'Keanggotaan lembaga', en: 'Institution memberships' },
    zero: 0,
    full: 30,
    ifMissing: 0,
    value: (f) => f.members,
  },
  {
    id: 'active_share',
    area: 'structure_membership',
    kind: 'share',
    label: { id: 'Bagian anggota aktif', en: 'Active share of members' },
    source: {
      id: 'Jalinan dan data tahunan anggota, 12 bulan terakhir',
      en: 'Members’ ties and yearly figures, last 12 months',
    },
    zero: 0,
    full: 0.8,
    ifMissing: 0,
    value: (f) => (f.members === 0 ? null : f.activeMembers / f.members),
  },
  {
    id: 'challenges_open',
    area: 'governance',
    kind: 'count',
    label: { id: 'Tantangan terbuka', en: 'Open challenges' },
    source: { id: 'Catatan tantangan kelembagaan', en: 'Institutional challenges log' },
    zero: 3,
    full: 0,
    ifMissing: 1,
    value: (f) => f.challengesOpen,
  },
  {
    id: 'challenges_resolved_share',
    area: 'governance',
    kind: 'share',
    label: { id: 'Bagian tantangan yang terselesaikan', en: 'Share of challenges resolved' },
    source: { id: 'Catatan tantangan kelembagaan', en: 'Institutional challenges log' },
    zero: 0,
    full: 0.75,
    // Nothing logged is nothing left unresolved.
    ifMissing: 1,
    value: (f) => {
      const logged = f.challengesOpen + f.challengesResolved;
      return logged === 0 ? null : f.challengesResolved / logged;
    },
  },
  {
    id: 'board_degree',
    area: 'governance',
    kind: 'index',
    label: { id: 'Sentralitas derajat pengurus', en: 'Board degree centrality' },
    source: { id: 'Jaringan sentra hari ini', en: 'The centre network today' },
    zero: 0,
    full: 0.3,
    ifMissing: 0,
    value: (f) => f.boardDegree,
  },
  {
    id: 'board_betweenness',
    area: 'governance',
    kind: 'index',
    label: { id: 'Keperantaraan pengurus', en: 'Board betweenness' },
    source: { id: 'Jaringan sentra hari ini', en: 'The centre network today' },
    zero: 0,
    full: 0.1,
    ifMissing: 0,
    value: (f) => f.boardBetweenness,
  },
  {
    id: 'pools_run',
    area: 'services',
    kind: 'count',
    label: { id: 'Pembelian bersama dijalankan', en: 'Joint purchasing pools run' },
    source: { id: 'Pembelian bersama, 12 bulan terakhir', en: 'Joint purchasing pools, last 12 months' },
    zero: 0,
    full: 3,
    ifMissing: 0,
    value: (f) => f.poolsRun,
  },
  {
    id: 'member_tie_density',
    area: 'interaction',
    kind: 'share',
    label: { id: 'Kepadatan jalinan antaranggota', en: 'Tie density among members' },
    source: { id: 'Jaringan sentra hari ini', en: 'The centre network today' },
    zero: 0,
    full: 0.15,
    ifMissing: 0,
    value: (f) => f.memberTieDensity,
  },
  {
    id: 'cases_handled',
    area: 'interaction',
    kind: 'count',
    label: { id: 'Kasus konflik yang ditangani', en: 'Conflict cases handled' },
    source: { id: 'Kasus konflik, 3 tahun terakhir', en: 'Conflict cases, last 3 years' },
    zero: 0,
    full: 2,
    ifMissing: 0,
    value: (f) => f.casesHandled,
  },
  {
    id: 'facility_utilisation',
    area: 'services',
    kind: 'share',
    label: { id: 'Pemanfaatan fasilitas bersama', en: 'Shared facility utilisation' },
    source: {
      id: 'Pemakaian fasilitas bersama, 90 hari terakhir (yang dikelola lembaga, atau semua fasilitas sentranya; tidak dinilai tanpa fasilitas)',
      en: 'Shared facility use, last 90 days (those the institution manages, or all of its centres’; not scored without a facility)',
    },
    // Below the idle threshold (20 %) a facility earns nothing; used on 60 % of its open days it is busy.
    zero: 0.2,
    full: 0.6,
    // No facility open in the window: nothing to judge, so the indicator does not count.
    ifMissing: null,
    value: (f) => f.facilityUtilisation,
  },
];
