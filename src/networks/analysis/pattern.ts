/**
 * The centre pattern label (docs/ANALYSIS.md "Centre patterns"): rules tested in a fixed order, the first
 * that holds wins, each with a two-sentence explanation in Bahasa Indonesia and English that names this
 * centre's own figures. Thresholds live in `PATTERN_THRESHOLDS` so the documentation and tests read them.
 */

import { formatMeasure, formatValue, INDICATOR_FORMATS } from '../../shared/measure-format.ts';
import type { NetworkStructure } from '../view/network.schema.ts';
import type { CenterPattern, PatternCode } from './analysis.schema.ts';
import type { CenterFacts } from './indicators.ts';

/** Every threshold of the pattern rules; docs/ANALYSIS.md explains each. */
export const PATTERN_THRESHOLDS = {
  /** Fewer firms or signed ties than this: no pattern can be read. */
  minFirms: 3,
  minTies: 3,
  /** Polarised: at least this many conflict ties, … */
  polarisedMinConflicts: 3,
  /** … at most this many collaboration ties per conflict tie, … */
  polarisedMaxRatio: 6,
  /** … this share of conflicts between the two camps, … */
  polarisedMinAcross: 0.8,
  /** … and a smaller camp holding at least this share of the firms with signed ties. */
  polarisedMinSmallerCamp: 0.2,
  /** Hub-and-spoke: at least this many maklun/subcontract ties, … */
  hubMinOrderTies: 10,
  /** … being at least this share of collaboration ties, … */
  hubMinOrderShare: 0.25,
  /** … and the top 10% of firms giving at least this share of them. */
  hubMinDominance: 0.5,
  /** Institution-centred: at least this share of member firms in an institution, … */
  institutionMinCoverage: 0.5,
  /** … and at least this share of collaboration ties inside an institution. */
  institutionMinShare: 0.5,
  /** Fragmented: the largest collaborating component holds less than this share of the firms. */
  fragmentedMaxLargest: 0.5,
} as const;

/** The name of each pattern, shown as the centre's label and in the glossary. */
export const PATTERN_LABELS: Record<PatternCode, { id: string; en: string }> = {
  cohesive_collaborative: { id: 'Kohesif-kolaboratif', en: 'Cohesive and collaborative' },
  hub_and_spoke: { id: 'Hub-and-spoke (juragan dominan)', en: 'Hub-and-spoke around dominant order-givers' },
  institution_centred: { id: 'Berpusat pada kelembagaan', en: 'Institution-centred' },
  polarised: { id: 'Terpolarisasi (kubu bermusuhan)', en: 'Polarised into hostile camps' },
  fragmented: { id: 'Terfragmentasi', en: 'Fragmented' },
  too_few_ties: { id: 'Ikatan terlalu sedikit', en: 'Too few ties' },
};

// Figures in the explanations are written as the screens write them (one format per measure).
const pid = (x: number | null) => formatValue('id', INDICATOR_FORMATS.institutionalCoverage, x ?? 0);
const pen = (x: number | null) => formatValue('en', INDICATOR_FORMATS.institutionalCoverage, x ?? 0);
const ratio = (lang: 'id' | 'en', x: number | null) =>
  formatMeasure(lang, 'collaborationConflictRatio', x ?? 0);

/** The first pattern whose rule `facts` satisfy, with its explanation. */
export function centerPattern(facts: CenterFacts, network: NetworkStructure): CenterPattern {
  const code = patternCode(facts);
  return { code, label: PATTERN_LABELS[code], explanation: explain(code, facts, network) };
}

/** The rule order of docs/ANALYSIS.md. */
export function patternCode(facts: CenterFacts): PatternCode {
  const T = PATTERN_THRESHOLDS;
  const x = facts.indicators;
  if (x.firms < T.minFirms || x.collaborationTies + x.conflictTies < T.minTies) return 'too_few_ties';
  if (
    x.conflictTies >= T.polarisedMinConflicts &&
    (x.collaborationConflictRatio ?? 0) <= T.polarisedMaxRatio &&
    (facts.conflictAcrossCamps ?? 0) >= T.polarisedMinAcross &&
    (facts.smallerCampShare ?? 0) >= T.polarisedMinSmallerCamp
  ) {
    return 'polarised';
  }
  if (
    facts.orderTies >= T.hubMinOrderTies &&
    facts.orderTies >= T.hubMinOrderShare * x.collaborationTies &&
    (x.orderGiverDominance ?? 0) >= T.hubMinDominance
  ) {
    return 'hub_and_spoke';
  }
  if (
    (x.institutionalCoverage ?? 0) >= T.institutionMinCoverage &&
    (facts.institutionalCollaborationShare ?? 0) >= T.institutionMinShare
  ) {
    return 'institution_centred';
  }
  if ((x.largestCollaborativeComponentShare ?? 0) < T.fragmentedMaxLargest) return 'fragmented';
  return 'cohesive_collaborative';
}

function explain(
  code: PatternCode,
  facts: CenterFacts,
  network: NetworkStructure,
): { id: string; en: string } {
  const x = facts.indicators;
  const ties = network.ties.length;
  switch (code) {
    case 'too_few_ties':
      return {
        id: `Sentra ini baru mencatat ${x.firms} IKM dan ${ties} ikatan, terlalu sedikit untuk membaca polanya. Catat dulu siapa bekerja sama dan berselisih dengan siapa (misalnya lewat survei generator nama).`,
        en: `This centre has only ${x.firms} firms and ${ties} recorded ties, too few to read a pattern. Record first who works with and who clashes with whom (for example with a name-generator survey).`,
      };
    case 'polarised':
      return {
        id: `${x.conflictTies} ikatan konflik (satu per ${ratio('id', x.collaborationConflictRatio)} ikatan kerja sama) dan ${pid(facts.conflictAcrossCamps)} di antaranya berada di antara dua kubu, yang lebih kecil berisi ${pid(facts.smallerCampShare)} IKM yang berikatan. Mediasi sebaiknya dimulai dari ikatan yang melanggar pembagian kubu dan dari IKM perantara yang berhubungan dengan kedua kubu.`,
        en: `${x.conflictTies} conflict ties (one per ${ratio('en', x.collaborationConflictRatio)} collaboration ties), ${pen(facts.conflictAcrossCamps)} of them between two camps, the smaller holding ${pen(facts.smallerCampShare)} of the tied firms. Mediation should start with the ties that break the split and the brokers who deal with both camps.`,
      };
    case 'hub_and_spoke':
      return {
        id: `${facts.topGivers} IKM memberikan ${pid(x.orderGiverDominance)} dari ${facts.orderTies} pesanan maklun dan subkontrak di sentra ini. Para perajin bergantung pada sedikit juragan; perluasan pembeli dan kontrak tertulis mengurangi risiko itu.`,
        en: `${facts.topGivers} firms give out ${pen(x.orderGiverDominance)} of the centre's ${facts.orderTies} maklun and subcontract orders. Makers depend on a few order-givers; more buyers and written contracts would reduce that risk.`,
      };
    case 'institution_centred':
      return {
        id: `${pid(x.institutionalCoverage)} anggota tergabung dalam lembaga sentra dan ${pid(facts.institutionalCollaborationShare)} ikatan kerja sama terjadi di dalam lembaga itu. Kerja sama bertumpu pada koperasi/paguyuban, jadi kesehatan pengurus dan fasilitasnya menentukan jaringan ini.`,
        en: `${pen(x.institutionalCoverage)} of the members belong to a centre institution and ${pen(facts.institutionalCollaborationShare)} of the collaboration ties run inside one. Cooperation rests on the cooperative or association, so the health of its board and facilities decides this network.`,
      };
    case 'fragmented':
      return {
        id: `Kelompok kerja sama terbesar hanya mencakup ${pid(x.largestCollaborativeComponentShare)} dari ${x.firms} IKM; sisanya terpencar dalam kelompok kecil atau berdiri sendiri. Pertemuan anggota, pembelian bahan bersama atau oper pesanan dapat menyambungkan kelompok-kelompok itu.`,
        en: `The largest collaborating group holds only ${pen(x.largestCollaborativeComponentShare)} of the ${x.firms} firms; the rest work in small groups or alone. Member meetings, joint purchasing or order passing could connect these groups.`,
      };
    case 'cohesive_collaborative':
      return {
        id: `${pid(x.largestCollaborativeComponentShare)} dari ${x.firms} IKM terhubung lewat ${x.collaborationTies} ikatan kerja sama${x.conflictTies > 0 ? `, dengan ${x.conflictTies} ikatan konflik` : ' tanpa konflik tercatat'}, tanpa juragan atau lembaga yang mendominasi. Jaringan ini dapat menanggung pesanan bersama; jaga dengan aturan harga dan desain yang disepakati.`,
        en: `${pen(x.largestCollaborativeComponentShare)} of the ${x.firms} firms are linked by ${x.collaborationTies} collaboration ties${x.conflictTies > 0 ? `, with ${x.conflictTies} conflict ties` : ' and no recorded conflict'}, with no dominant order-giver or institution. This network can carry joint orders; agreed price and design rules would keep it so.`,
      };
  }
}
