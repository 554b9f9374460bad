import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import {
  INTERACTION_TYPES,
  type InteractionTypeCode,
  interactionType,
  type LegalPattern,
  type Valence,
} from './interaction-types.ts';
import { INTERACTION_MESSAGES as m } from './interactions.messages.ts';

/** The fields the tie rules look at, after a create body or a patch is merged with what is stored. */
export interface TieShape {
  fromEnterpriseId: string;
  toEnterpriseId: string | null;
  toInstitutionId: string | null;
  type: InteractionTypeCode;
  startDate: string;
  endDate: string | null;
}

/** Types whose `to` end may be an institution (a cooperative supplying, a UPT lending tools, a board…). */
export const INSTITUTION_TYPES = INTERACTION_TYPES.filter((t) => t.institutionRole !== null).map(
  (t) => t.code,
);

/** What is wrong with a tie's ends, dates and type (empty when nothing), with request field paths. */
export function tieProblems(tie: TieShape): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if ((tie.toEnterpriseId === null) === (tie.toInstitutionId === null)) {
    problems.push({ path: 'toEnterpriseId', message: tr(m.oneTarget) });
  }
  if (tie.toEnterpriseId !== null && tie.toEnterpriseId === tie.fromEnterpriseId) {
    problems.push({ path: 'toEnterpriseId', message: tr(m.selfTie) });
  }
  if (tie.toInstitutionId !== null && interactionType(tie.type).institutionRole === null) {
    const message = tr(m.noInstitutionEnd, { type: tie.type, types: INSTITUTION_TYPES.join(', ') });
    problems.push({ path: 'toInstitutionId', message });
  }
  if (tie.endDate !== null && tie.endDate <= tie.startDate) {
    problems.push({ path: 'endDate', message: tr(m.endAfterStart) });
  }
  return problems;
}

/**
 * The valence a tie of `type` gets: the type's own, or for SPIN_OFF the caller's choice (a former
 * worker's firm may be a partner or a rival). Asking for another valence is a problem, not a silent fix.
 */
export function resolveValence(
  type: InteractionTypeCode,
  requested: Valence | undefined,
): { valence: Valence; problem?: ErrorDetail } {
  const entry = interactionType(type);
  if (requested === undefined || entry.valenceChoices.includes(requested)) {
    return { valence: requested ?? entry.valence };
  }
  const message =
    entry.valenceChoices.length > 1
      ? tr(m.valenceChoice, { type, choices: entry.valenceChoices.join(', ') })
      : tr(m.valenceFixed, { type, valence: entry.valence });
  return { valence: entry.valence, problem: { path: 'valence', message } };
}

/** The PP 7/2021 pattern suggested for a type when the caller gives none. */
export function suggestedLegalPattern(type: InteractionTypeCode): LegalPattern | null {
  return interactionType(type).defaultLegalPattern;
}

/** Conflicts are confidential unless said otherwise (DOMAIN.md §3.5); other ties are not. */
export function defaultConfidential(valence: Valence): boolean {
  return valence === 'conflict';
}

/**
 * A symmetric enterprise–enterprise tie is stored with the smaller id first, so A–B and B–A are one
 * record (uuid text order is PostgreSQL's uuid order). Directed ties and institution ties are untouched.
 */
export function normaliseEnds<T extends TieShape>(tie: T): T {
  const to = tie.toEnterpriseId;
  if (to === null || !interactionType(tie.type).symmetric) return tie;
  const from = tie.fromEnterpriseId.toLowerCase();
  return to.toLowerCase() < from
    ? { ...tie, fromEnterpriseId: to, toEnterpriseId: tie.fromEnterpriseId }
    : tie;
}
