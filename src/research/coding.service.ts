/**
 * The use cases of coding (issue #21), as the routes call them. The queries and their shaping live in
 * `coding.repo.ts` — each use case there is one transaction or one read, so this file only names them.
 */
export {
  addCoding,
  closeRound,
  codeCooccurrence,
  codeFrequencies,
  codeSegments,
  codingView,
  createCode,
  createMemo,
  createRound,
  createSegment,
  deleteSegment,
  freezeCodebook,
  getRound,
  listCodebookVersions,
  listCodes,
  listMemos,
  listRounds,
  listSegments,
  projectOf,
  roundAgreement,
  updateCode,
} from './coding.repo.ts';
