/**
 * What a tie's interview evidence says about it (METHODS.md Part B: dyadic corroboration). Pure: the
 * service reads the still-consented evidence and calls these.
 *
 * Each piece of evidence is a coded segment that supports or contradicts the tie, told from a
 * perspective: `ego` (an informant of the tie's `from` firm), `alter` (of its other end) or `third_party`.
 */
export type Stance = 'supports' | 'contradicts';
export type Perspective = 'ego' | 'alter' | 'third_party';
export type Corroboration = 'both_sides' | 'one_side' | 'third_party' | 'contradicted' | 'none';
export type Confidence = 'verified' | 'reported' | 'suspected';

export const STANCES = ['supports', 'contradicts'] as const;
export const PERSPECTIVES = ['ego', 'alter', 'third_party'] as const;
export const CORROBORATIONS = ['both_sides', 'one_side', 'third_party', 'contradicted', 'none'] as const;

export interface EvidencePoint {
  stance: Stance;
  perspective: Perspective;
}

/**
 * The dyadic corroboration of one tie:
 * - `contradicted` when an end of the tie denies it (a contradicting ego or alter), or when contradicting
 *   evidence is at least as much as supporting evidence;
 * - `both_sides` when informants of both ends confirm it;
 * - `one_side` when informants of one end only confirm it;
 * - `third_party` when only informants of neither end speak of it;
 * - `none` without evidence.
 */
export function corroborationOf(evidence: readonly EvidencePoint[]): Corroboration {
  if (evidence.length === 0) return 'none';
  const supports = evidence.filter((e) => e.stance === 'supports');
  const contradicts = evidence.filter((e) => e.stance === 'contradicts');
  if (contradicts.some((e) => e.perspective !== 'third_party') || contradicts.length >= supports.length)
    return 'contradicted';
  const ego = supports.some((e) => e.perspective === 'ego');
  const alter = supports.some((e) => e.perspective === 'alter');
  if (ego && alter) return 'both_sides';
  if (ego || alter) return 'one_side';
  return 'third_party';
}

/**
 * The tie's confidence from its corroboration: both sides → `verified`; one side or third parties →
 * `reported`; contradicted → `suspected`. Without evidence the recorded confidence stays, except for a tie
 * the research itself recorded (`reportedBy: 'researcher'`): nothing stands behind it any more, so
 * `suspected`.
 */
export function confidenceFrom(
  corroboration: Corroboration,
  tie: { reportedBy: string; confidence: Confidence },
): Confidence {
  switch (corroboration) {
    case 'both_sides':
      return 'verified';
    case 'one_side':
    case 'third_party':
      return 'reported';
    case 'contradicted':
      return 'suspected';
    case 'none':
      return tie.reportedBy === 'researcher' ? 'suspected' : tie.confidence;
  }
}

/** The informant's perspective on a tie: of its `from` firm (ego), of its other end (alter), or neither. */
export function perspectiveOf(
  informantEnterpriseId: string | null,
  tie: { fromEnterpriseId: string; toEnterpriseId: string | null },
): Perspective {
  if (informantEnterpriseId !== null && informantEnterpriseId === tie.fromEnterpriseId) return 'ego';
  if (informantEnterpriseId !== null && informantEnterpriseId === tie.toEnterpriseId) return 'alter';
  return 'third_party';
}

/** Share of the ties with evidence that both sides confirm; null when no tie has evidence. */
export function corroborationRate(values: readonly Corroboration[]): number | null {
  const withEvidence = values.filter((v) => v !== 'none');
  if (withEvidence.length === 0) return null;
  return withEvidence.filter((v) => v === 'both_sides').length / withEvidence.length;
}
