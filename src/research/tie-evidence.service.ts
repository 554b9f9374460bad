/**
 * The use cases of tie evidence, for the routes. For lack of time on #21 they still live with their
 * queries in `tie-evidence.repo.ts`; splitting the SQL from the use cases is left to do.
 */
export {
  centerEvidenceFor,
  linkEvidence,
  projectEvidenceFor,
  recomputeTieConfidence,
  unlinkEvidence,
} from './tie-evidence.repo.ts';
