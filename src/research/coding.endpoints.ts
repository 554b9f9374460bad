import { z } from 'zod';
import { IdParamsSchema } from '../shared/pagination.ts';
import {
  CodebookVersionCreateSchema,
  CodebookVersionListSchema,
  CodebookVersionSchema,
  CodeCooccurrenceSchema,
  CodeCreateSchema,
  CodeFrequenciesSchema,
  CodeListSchema,
  CodeSchema,
  CodeSegmentsSchema,
  CodeUpdateSchema,
  CodingAddSchema,
  CodingViewSchema,
  MemoCreateSchema,
  MemoListSchema,
  MemoSchema,
  RoundAgreementQuerySchema,
  RoundAgreementSchema,
  RoundCreateSchema,
  RoundListSchema,
  RoundSchema,
  SegmentCreateSchema,
  SegmentListSchema,
  SegmentSchema,
} from './coding.schema.ts';

/** The codebook, coding rounds, segments, memos and coding views (`src/http/endpoints.ts` spreads them in). */
export const codingEndpoints = {
  'GET /research/projects/:id/codes': { params: IdParamsSchema, response: CodeListSchema },
  'POST /research/projects/:id/codes': {
    params: IdParamsSchema,
    body: CodeCreateSchema,
    response: CodeSchema,
  },
  'PATCH /research/codes/:id': { params: IdParamsSchema, body: CodeUpdateSchema, response: CodeSchema },
  'GET /research/projects/:id/codebook-versions': {
    params: IdParamsSchema,
    response: CodebookVersionListSchema,
  },
  'POST /research/projects/:id/codebook-versions': {
    params: IdParamsSchema,
    body: CodebookVersionCreateSchema,
    response: CodebookVersionSchema,
  },
  'GET /research/projects/:id/rounds': { params: IdParamsSchema, response: RoundListSchema },
  'POST /research/projects/:id/rounds': {
    params: IdParamsSchema,
    body: RoundCreateSchema,
    response: RoundSchema,
  },
  'GET /research/rounds/:id': { params: IdParamsSchema, response: RoundSchema },
  'POST /research/rounds/:id/close': { params: IdParamsSchema, response: RoundSchema },
  'GET /research/rounds/:id/agreement': {
    params: IdParamsSchema,
    query: RoundAgreementQuerySchema,
    response: RoundAgreementSchema,
  },
  'GET /research/documents/:id/coding': { params: IdParamsSchema, response: CodingViewSchema },
  'GET /research/documents/:id/segments': { params: IdParamsSchema, response: SegmentListSchema },
  'POST /research/documents/:id/segments': {
    params: IdParamsSchema,
    body: SegmentCreateSchema,
    response: SegmentSchema,
  },
  'DELETE /research/segments/:id': { params: IdParamsSchema, response: z.null() },
  'POST /research/segments/:id/codings': {
    params: IdParamsSchema,
    body: CodingAddSchema,
    response: SegmentSchema,
  },
  'GET /research/projects/:id/code-frequencies': { params: IdParamsSchema, response: CodeFrequenciesSchema },
  'GET /research/projects/:id/code-cooccurrence': {
    params: IdParamsSchema,
    response: CodeCooccurrenceSchema,
  },
  'GET /research/codes/:id/segments': { params: IdParamsSchema, response: CodeSegmentsSchema },
  'GET /research/projects/:id/memos': { params: IdParamsSchema, response: MemoListSchema },
  'POST /research/projects/:id/memos': {
    params: IdParamsSchema,
    body: MemoCreateSchema,
    response: MemoSchema,
  },
} as const;
