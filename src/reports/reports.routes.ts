import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { currentLang } from '../shared/lang.ts';
import { centerReport } from './center-report.ts';
import { regionReport } from './region-report.ts';
import { assertMayReadCenterReport, reportAccess } from './reports.policy.ts';

const tags = ['analysis'];
const LANG_NOTE = 'In the language of `?lang=id|en`, else the request’s (Accept-Language).';

/** `GET /centers/:id/report.pdf` and `GET /regions/:code/report.pdf`: the printable reports (A4 PDF). */
export async function reportRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/report.pdf',
    {
      access: reportAccess,
      tags,
      summary:
        "A centre's printable report (PDF): profile, figures, network, pattern, KPIs, recommended actions",
      description: LANG_NOTE,
    },
    async (request, reply) => {
      const { id } = request.params;
      await assertMayReadCenterReport(db, request.actor, id);
      const pdf = await centerReport(db, request.actor, pseudonymKey, id, currentLang());
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="sentra-${id}.pdf"`)
        .send(pdf);
    },
  );
  route(
    app,
    'GET /regions/:code/report.pdf',
    {
      access: reportAccess,
      tags,
      summary: "A regency's or city's printable report (PDF): its centres in a table and a page or two each",
      description: LANG_NOTE,
    },
    async (request, reply) => {
      const { code } = request.params;
      const pdf = await regionReport(db, request.actor, pseudonymKey, code, currentLang());
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="wilayah-${code}.pdf"`)
        .send(pdf);
    },
  );
}
