/**
 * The recommended actions of a centre report: pure rules over figures the report already shows, each
 * with a published threshold (`ACTION_THRESHOLDS`, docs/design-choices.md) and citing the figure that
 * triggered it, so a reader can check why an action is suggested.
 */

import { type Lang, type Message, tr } from '../shared/lang.ts';
import { formatMeasure } from '../shared/measure-format.ts';

/** The figures the rules read; null where the centre has no such figure. */
export interface ActionFacts {
  firms: number;
  conflictTies: number;
  conflictDensity: number | null;
  /** Member firms without any collaboration tie. */
  isolatedFirms: number;
  institutionalCoverage: number | null;
  /** Capability profiles of current members, and how many of them are stale. */
  profiles: number;
  staleProfiles: number;
  /** Conflict-case resolution rate (null when suppressed or no case ended). */
  caseResolutionRate: number | null;
}

/** Every threshold of the rules. */
export const ACTION_THRESHOLDS = {
  /** Mediation: conflict density at least this, with at least `minConflicts` conflict ties. */
  conflictDensity: 0.02,
  minConflicts: 2,
  /** Brokering: at least this share of firms without a collaboration tie (and at least 2 firms). */
  isolatedShare: 0.2,
  /** Confirm profiles: at least this share of members' capability profiles stale. */
  staleShare: 0.3,
  /** Membership drive: fewer than this share of member firms in an institution. */
  coverage: 0.5,
  /** Follow-up of cases: fewer than this share of ended cases resolved. */
  resolution: 0.5,
} as const;

/** One recommended action and the figure that triggered it, in the report's language. */
export interface RecommendedAction {
  code: 'mediation' | 'brokering' | 'confirm_profiles' | 'membership_drive' | 'case_follow_up';
  action: string;
  figure: string;
}

const A: Record<RecommendedAction['code'], { action: Message; figure: Message }> = {
  mediation: {
    action: {
      id: 'Fasilitasi mediasi antar-IKM yang berkonflik, mulai dari ikatan yang membelah kubu.',
      en: 'Facilitate mediation between firms in conflict, starting with the frustrated ties.',
    },
    figure: {
      id: 'kepadatan konflik {density} ({ties} ikatan konflik)',
      en: 'conflict density {density} ({ties} conflict ties)',
    },
  },
  brokering: {
    action: {
      id: 'Perantarai kerja sama bagi IKM yang belum punya mitra (maklun, pembelian bersama).',
      en: 'Broker first partnerships for firms without partners (maklun, joint purchasing).',
    },
    figure: {
      id: '{isolated} dari {firms} IKM ({share}) tanpa ikatan kerja sama',
      en: '{isolated} of {firms} firms ({share}) without a collaboration tie',
    },
  },
  confirm_profiles: {
    action: {
      id: 'Minta anggota mengonfirmasi profil kapabilitas dan kapasitas luangnya.',
      en: 'Ask members to confirm their capability profiles and spare capacity.',
    },
    figure: {
      id: '{stale} dari {profiles} profil kapabilitas ({share}) kedaluwarsa',
      en: '{stale} of {profiles} capability profiles ({share}) are stale',
    },
  },
  membership_drive: {
    action: {
      id: 'Galakkan keanggotaan koperasi/asosiasi sentra.',
      en: "Run a membership drive for the centre's cooperative or association.",
    },
    figure: { id: 'cakupan kelembagaan {coverage}', en: 'institutional coverage {coverage}' },
  },
  case_follow_up: {
    action: {
      id: 'Tindak lanjuti kasus konflik yang berakhir tanpa kesepakatan.',
      en: 'Follow up the conflict cases that ended without an agreement.',
    },
    figure: { id: 'tingkat penyelesaian kasus {rate}', en: 'case resolution rate {rate}' },
  },
};

/** The actions `facts` call for, in a fixed order, each with its triggering figure written in `lang`. */
export function recommendActions(facts: ActionFacts, lang: Lang): RecommendedAction[] {
  const T = ACTION_THRESHOLDS;
  const share = (x: number) => formatMeasure(lang, 'institutionalCoverage', x);
  const found: [RecommendedAction['code'], Record<string, string | number>][] = [];
  if ((facts.conflictDensity ?? 0) >= T.conflictDensity && facts.conflictTies >= T.minConflicts) {
    found.push([
      'mediation',
      { density: formatMeasure(lang, 'conflictDensity', facts.conflictDensity), ties: facts.conflictTies },
    ]);
  }
  if (facts.firms >= 2 && facts.isolatedFirms / facts.firms >= T.isolatedShare) {
    found.push([
      'brokering',
      { isolated: facts.isolatedFirms, firms: facts.firms, share: share(facts.isolatedFirms / facts.firms) },
    ]);
  }
  if (facts.profiles > 0 && facts.staleProfiles / facts.profiles >= T.staleShare) {
    found.push([
      'confirm_profiles',
      {
        stale: facts.staleProfiles,
        profiles: facts.profiles,
        share: share(facts.staleProfiles / facts.profiles),
      },
    ]);
  }
  if (facts.institutionalCoverage !== null && facts.institutionalCoverage < T.coverage) {
    found.push(['membership_drive', { coverage: share(facts.institutionalCoverage) }]);
  }
  if (facts.caseResolutionRate !== null && facts.caseResolutionRate < T.resolution) {
    found.push(['case_follow_up', { rate: formatMeasure(lang, 'resolutionRate', facts.caseResolutionRate) }]);
  }
  return found.map(([code, params]) => ({
    code,
    action: tr(A[code].action, {}, lang),
    figure: tr(A[code].figure, params, lang),
  }));
}
