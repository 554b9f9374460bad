/** Kinds of institution around a centre (DOMAIN.md §6.2, plus ministry). */
export const INSTITUTION_TYPES = [
  'cooperative',
  'association',
  'cluster_forum',
  'center_manager',
  'technical_unit',
  'shared_facility',
  'government_office',
  'ministry',
  'university',
  'financial_institution',
  'soe_offtaker',
  'ngo_facilitator',
] as const;

/** Legal standing: a legal entity (badan hukum), registered with a decree or notary, or informal. */
export const LEGAL_STATUSES = ['legal_entity', 'registered', 'informal'] as const;

/** Services an institution offers its members (DOMAIN.md §6.2). */
export const INSTITUTION_SERVICES = [
  'joint_purchasing',
  'joint_marketing',
  'equipment_rental',
  'training',
  'quality_lab',
  'waste_treatment',
  'financing',
  'mentoring',
  'order_aggregation',
  'ip_facilitation',
  'showroom',
] as const;

/** Recurring weaknesses of centre institutions, for the challenges log (DOMAIN.md §6.2). */
export const CHALLENGE_CATEGORIES = [
  'inactive_board',
  'passive_members',
  'idle_facility',
  'board_conflict',
  'aid_dependence',
  'weak_legal_status',
  'elite_capture',
  'operating_funds',
  'succession',
] as const;
/** How much a challenge hurts the institution's work. */
export const CHALLENGE_SEVERITIES = ['low', 'medium', 'high'] as const;
/** Where a challenge stands; the allowed moves are in `challenges.rules.ts`. */
export const CHALLENGE_STATUSES = ['open', 'addressing', 'resolved'] as const;
