import { FileResponse } from '../../http/file-response.ts';
import { IdParamsSchema } from '../../shared/pagination.ts';
import { NetworkChangeQuerySchema, NetworkChangeSchema } from '../change/change.schema.ts';
import {
  CenterPatternsSchema,
  CompareQuerySchema,
  ComparisonSchema,
  PatternCountsSchema,
  PatternsQuerySchema,
} from '../compare/compare.schema.ts';
import { CenterNetworkQuerySchema } from '../view/network.schema.ts';
import { CenterAnalysisSchema } from './analysis.schema.ts';
import { CenterBrokerageQuerySchema, CenterBrokerageSchema } from './brokerage.schema.ts';
import {
  BlockmodelQuerySchema,
  CenterBlockmodelSchema,
  CenterCommunitiesSchema,
  CommunitiesQuerySchema,
} from './groups.schema.ts';
import { CenterLayersSchema, CenterTimelineSchema } from './timeline.schema.ts';

/** The network analysis' entries of the endpoint table: stored analyses, change, patterns, comparison. */
export const networkAnalysisEndpoints = {
  'GET /centers/:id/analysis': {
    params: IdParamsSchema,
    query: CenterNetworkQuerySchema,
    response: CenterAnalysisSchema,
  },
  'GET /centers/:id/analysis/brokerage': {
    params: IdParamsSchema,
    query: CenterBrokerageQuerySchema,
    response: CenterBrokerageSchema,
  },
  'GET /centers/:id/analysis/blockmodel': {
    params: IdParamsSchema,
    query: BlockmodelQuerySchema,
    response: CenterBlockmodelSchema,
  },
  'GET /centers/:id/analysis/communities': {
    params: IdParamsSchema,
    query: CommunitiesQuerySchema,
    response: CenterCommunitiesSchema,
  },
  'GET /centers/:id/analysis/layers': {
    params: IdParamsSchema,
    query: CenterNetworkQuerySchema,
    response: CenterLayersSchema,
  },
  'GET /centers/:id/analysis/timeline': { params: IdParamsSchema, response: CenterTimelineSchema },
  'GET /centers/:id/network/change': {
    params: IdParamsSchema,
    query: NetworkChangeQuerySchema,
    response: NetworkChangeSchema,
  },
  'GET /analysis/patterns': { query: PatternsQuerySchema, response: CenterPatternsSchema },
  'GET /analysis/pattern-counts': { query: PatternsQuerySchema, response: PatternCountsSchema },
  'GET /analysis/compare': { query: CompareQuerySchema, response: ComparisonSchema },
  'GET /analysis/compare.xlsx': { query: CompareQuerySchema, response: FileResponse },
} as const;
