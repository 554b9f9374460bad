import {
  AgreementFileQuerySchema,
  AgreementRequestSchema,
  AgreementResponseSchema,
} from './agreement.schema.ts';

/** Field research's entries of the endpoint table (`src/http/endpoints.ts` spreads them in). */
export const researchEndpoints = {
  'POST /research/agreement': { body: AgreementRequestSchema, response: AgreementResponseSchema },
  'POST /research/agreement/file': {
    query: AgreementFileQuerySchema,
    response: AgreementResponseSchema,
    consumes: ['text/csv'],
  },
} as const;
