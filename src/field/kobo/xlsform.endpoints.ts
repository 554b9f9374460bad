import { FileResponse } from '../../http/file-response.ts';
import { XlsFormParamsSchema, XlsFormQuerySchema } from './xlsform.schema.ts';

/** The XLSForm download's entry of the endpoint table (`src/http/endpoints.ts` spreads it in). */
export const xlsFormEndpoints = {
  'GET /field/xlsform/:questionnaire.xlsx': {
    params: XlsFormParamsSchema,
    query: XlsFormQuerySchema,
    response: FileResponse,
  },
} as const;
