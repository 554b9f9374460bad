import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError, errors } from '../shared/errors.ts';
import { labelOf } from '../shared/field-labels.ts';
import { currentLang, type Lang, tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import { loadCandidateFacts } from './candidate-facts.ts';
import { findRequestSpecRow, missingCenters } from './matching.repo.ts';
import type { CandidateList, CandidatesQuery, MatchingPreview } from './matching.schema.ts';
import type { RequestSpec } from './matching.types.ts';
import { explainConflicted, explainRanked } from './matching.words.ts';
import { rankCandidates } from './score.ts';

const REQUEST_NOT_FOUND = {
  id: 'Permintaan dengan id {id} tidak ditemukan.',
  en: 'Request with id {id} was not found.',
};
const CENTER_MISSING = {
  id: '{field}: sentra {value} tidak ditemukan.',
  en: '{field}: centre {value} does not exist.',
};

/** The explained ranking of the stored request `id`, in the current language. */
export async function candidatesForRequest(
  db: Db,
  id: string,
  query: Partial<CandidatesQuery>,
): Promise<CandidateList> {
  const row = isUuid(id) ? await findRequestSpecRow(db, id) : undefined;
  if (!row) throw new AppError('not_found', tr(REQUEST_NOT_FOUND, { id }));
  const spec: RequestSpec = {
    processCodes: row.process_codes,
    requiredCertifications: row.required_certifications,
    quantity: row.quantity,
    unit: row.unit,
    posterEnterpriseId: row.poster_enterprise_id,
    targetCenterIds: row.center_ids,
    asOf: todayWib(),
  };
  return rank(db, spec, row.id, {
    includeConflicted: query.includeConflicted ?? false,
    fair: query.fair ?? false,
    limit: query.limit ?? 50,
  });
}

/** The same ranking for a draft not yet stored; a target centre that does not exist is a 422 naming it. */
export async function previewCandidates(db: Db, input: MatchingPreview): Promise<CandidateList> {
  const { draft } = input;
  const missing = await missingCenters(db, draft.targetCenterIds);
  if (missing.length > 0) {
    const field = labelOf(['draft', 'targetCenterIds'])[currentLang()];
    const message = tr(CENTER_MISSING, { field, value: missing.join(', ') });
    throw errors.unprocessable(message, [{ path: 'draft.targetCenterIds', message }]);
  }
  const spec: RequestSpec = {
    processCodes: draft.processCodes,
    requiredCertifications: draft.requiredCertifications,
    quantity: draft.quantity,
    unit: draft.unit,
    posterEnterpriseId: draft.posterEnterpriseId ?? null,
    targetCenterIds: [...new Set(draft.targetCenterIds)].sort(),
    asOf: draft.asOf ?? todayWib(),
  };
  return rank(db, spec, null, input);
}

/** Loads the facts, ranks, and renders the explanations of the best `limit` in the reader's language. */
async function rank(
  db: Db,
  spec: RequestSpec,
  requestId: string | null,
  { includeConflicted, fair, limit }: { includeConflicted: boolean; fair: boolean; limit: number },
): Promise<CandidateList> {
  const facts = await loadCandidateFacts(db, spec);
  const ranking = rankCandidates(spec, facts.candidates, {
    weights: facts.weights,
    includeConflicted,
    fair,
    poster: facts.poster,
  });
  const lang: Lang = currentLang();
  return {
    requestId,
    asOf: spec.asOf,
    fair,
    includeConflicted,
    weights: facts.weights,
    // All are ranked; only the best `limit` are explained and sent.
    ranked: ranking.ranked
      .slice(0, limit)
      .map((c) => ({ ...c, explanation: explainRanked(c.rank, c.reasons, lang) })),
    rankedTotal: ranking.ranked.length,
    conflicted: ranking.conflicted.map((c) => ({ ...c, explanation: explainConflicted(c.reasons, lang) })),
    unqualified: ranking.unqualified,
  };
}
