import { PassThrough } from 'node:stream';
import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { CONTENT_TYPES } from '../../io/read-table.ts';
import { assertMayCollectIn, fieldPolicy as policy } from '../field.policy.ts';
import { writeXlsForm, xlsFormFor } from './xlsform.service.ts';

/**
 * `GET /api/field/xlsform/:questionnaire.xlsx`: the questionnaire as an XLSForm for KoboToolbox or ODK,
 * for the collectors of the field app, with a centre's member list when `centerId` names one they may
 * collect in. A Kobo or ODK Central export of it imports with `tool=kobo|odk`.
 */
export async function xlsFormRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /field/xlsform/:questionnaire.xlsx',
    {
      access: policy.collect,
      tags: ['field'],
      summary: 'An XLSForm of a Simpul questionnaire (KoboToolbox, ODK)',
    },
    async (request, reply) => {
      const { centerId } = request.query;
      if (centerId) await assertMayCollectIn(db, request.actor, centerId);
      const sheets = await xlsFormFor(db, request.params.questionnaire, centerId);
      const body = new PassThrough();
      writeXlsForm(sheets, body).catch((error: unknown) => body.destroy(error as Error));
      return reply
        .header('content-type', CONTENT_TYPES.xlsx)
        .header('content-disposition', `attachment; filename="simpul-${request.params.questionnaire}.xlsx"`)
        .send(body);
    },
  );
}
