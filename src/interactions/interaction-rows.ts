import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import {
  type InteractionTypeCode,
  interactionType,
  type LegalPattern,
  type Valence,
} from './interaction-types.ts';
import { INTERACTION_MESSAGES as m } from './interactions.messages.ts';
import type { InteractionRecord, InteractionRow, TieColumns } from './interactions.repo.ts';
import type { TieShape } from './interactions.rules.ts';
import type { Interaction } from './interactions.schema.ts';

/** Every stored field of a tie in API names: what a create builds and a patch merges into. */
export interface TieDraft extends TieShape {
  centerId: string | null;
  valence: Valence;
  legalPattern: LegalPattern | null;
  frequency: Interaction['frequency'];
  strength: number | null;
  volume: string | null;
  formality: Interaction['formality'];
  reportedBy: Interaction['reportedBy'];
  confidence: Interaction['confidence'];
  evidenceNotes: string | null;
  confidential: boolean;
}

/** A stored row as a draft, so a patch can be merged into it and checked like a new tie. */
export function rowToDraft(row: InteractionRow): TieDraft {
  return {
    centerId: row.center_id,
    fromEnterpriseId: row.from_enterprise_id,
    toEnterpriseId: row.to_enterprise_id,
    toInstitutionId: row.to_institution_id,
    type: row.type as InteractionTypeCode,
    valence: row.valence as Valence,
    legalPattern: row.legal_pattern as LegalPattern | null,
    startDate: row.start_date,
    endDate: row.end_date,
    frequency: row.frequency as Interaction['frequency'],
    strength: row.strength,
    volume: row.volume,
    formality: row.formality as Interaction['formality'],
    reportedBy: row.reported_by as Interaction['reportedBy'],
    confidence: row.confidence as Interaction['confidence'],
    evidenceNotes: row.evidence_notes,
    confidential: row.confidential,
  };
}

/** The columns of a checked draft (dates kept as text so the overlap query can compare them). */
export function draftToColumns(tie: TieDraft): TieColumns {
  return {
    center_id: tie.centerId,
    from_enterprise_id: tie.fromEnterpriseId,
    to_enterprise_id: tie.toEnterpriseId,
    to_institution_id: tie.toInstitutionId,
    type: tie.type,
    valence: tie.valence,
    legal_pattern: tie.legalPattern,
    start_date: tie.startDate,
    end_date: tie.endDate,
    frequency: tie.frequency,
    strength: tie.strength,
    volume: tie.volume,
    formality: tie.formality,
    reported_by: tie.reportedBy,
    confidence: tie.confidence,
    evidence_notes: tie.evidenceNotes,
    confidential: tie.confidential,
  };
}

/** Turns a stored tie into the API's, with its derived warnings (centre membership on the start day). */
export function recordToInteraction(record: InteractionRecord): Interaction {
  const { row } = record;
  const draft = rowToDraft(row);
  const warnings = [
    ...(record.fromIsMember ? [] : [tr(m.notMemberAtStart, { end: tr(m.endFrom), date: row.start_date })]),
    ...(record.toIsMember ? [] : [tr(m.notMemberAtStart, { end: tr(m.endTo), date: row.start_date })]),
  ];
  return {
    id: row.id,
    ...draft,
    fromEnterpriseName: record.fromName,
    toEnterpriseName: record.toEnterpriseName,
    toInstitutionName: record.toInstitutionName,
    symmetric: interactionType(draft.type).symmetric,
    warnings,
    version: row.version,
    archivedAt: toIsoOrNull(row.archived_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
