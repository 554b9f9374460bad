/**
 * The use cases of coding (issue #21), as the routes and other lanes import them. Each sub-concept has its
 * service (rules, transactions, row-to-API shaping) and repo (SQL): codebook, rounds and their agreement,
 * segments and codings, memos, and the coding views; this file gathers their names in one place.
 */
export {
  createCode,
  freezeCodebook,
  listCodebookVersions,
  listCodes,
  updateCode,
} from './codebook.service.ts';
export { projectOf } from './coding-target.service.ts';
export { codeCooccurrence, codeFrequencies, codeSegments } from './coding-views.service.ts';
export { createMemo, listMemos } from './memos.service.ts';
export { roundAgreement } from './round-agreement.service.ts';
export { closeRound, createRound, getRound, listRounds } from './rounds.service.ts';
export { addCoding, codingView, createSegment, deleteSegment, listSegments } from './segments.service.ts';
