import { IdParamsSchema } from '../shared/pagination.ts';
import { PartnershipSettingsPutSchema, PartnershipSettingsSchema } from './partnership-settings.schema.ts';

/** The partnership settings' entries of the endpoint table (spread into src/http/endpoints.ts). */
export const partnershipSettingsEndpoints = {
  'GET /centers/:id/partnership-settings': { params: IdParamsSchema, response: PartnershipSettingsSchema },
  'PUT /centers/:id/partnership-settings': {
    params: IdParamsSchema,
    body: PartnershipSettingsPutSchema,
    response: PartnershipSettingsSchema,
  },
} as const;
