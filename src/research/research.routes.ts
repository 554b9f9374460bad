import { agreementReport } from '../analysis/index.ts';
import { SIGNED_IN } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { SimpulApp } from '../http/types.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { readAgreementTable, utf8Text } from './agreement-table.ts';

const tags = ['research'];
const NOT_CSV = {
  id: 'Kirim berkas CSV (text/csv) sebagai isi permintaan.',
  en: 'Send a CSV file (text/csv) as the request body.',
};

/** Field research: inter-coder agreement of a units × coders table (computed, nothing read or stored). */
export async function researchRoutes(app: SimpulApp): Promise<void> {
  route(
    app,
    'POST /research/agreement',
    {
      access: SIGNED_IN,
      tags,
      summary:
        "Percent agreement, Cohen's and Fleiss' κ, Scott's π and Krippendorff's α of a units × coders table",
      description:
        'Every coefficient that applies at the level of measurement; one the data cannot define is null with ' +
        'its reason (never NaN). The same computation as `simpul research agreement FILE.csv`.',
    },
    async (request) => {
      const { measurementLevel, coders, units } = request.body;
      return agreementReport({ coders, units }, measurementLevel);
    },
  );
  // Its own scope, so its text/csv parser does not meet the import routes' one.
  await app.register(async (scope) => fileRoute(scope as SimpulApp));
}

function fileRoute(app: SimpulApp): void {
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  route(
    app,
    'POST /research/agreement/file',
    {
      access: SIGNED_IN,
      tags,
      summary: 'The same coefficients of a units × coders CSV file sent as the body',
      description:
        'The first column the unit id, then one column per coder; an empty cell is a unit that coder did not ' +
        'code. Comma or semicolon, decimal point or comma, UTF-8; a bad cell is named by row and column.',
    },
    async (request) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type', tr(NOT_CSV));
      const level = request.query.measurementLevel;
      return agreementReport(readAgreementTable(utf8Text(body), level), level);
    },
  );
}
