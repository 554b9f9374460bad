import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { codeByCenter } from './code-by-center.service.ts';
import { reidentificationWarnings } from './reidentification.service.ts';
import { researchPolicy } from './research.policy.ts';

const tags = ['research'];

/** A project's re-identification warnings and its code-by-centre matrix (members only). */
export async function researchPrivacyRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(
    app,
    'GET /research/projects/:id/reidentification',
    {
      access: researchPolicy.read,
      tags,
      summary:
        'Warnings where a quotation, attribute combination or small centre could identify an informant',
      description:
        'Members only. Quotations holding a registry name, phone, address, village or NIB; attribute ' +
        'combinations (role × centre × size class × gender) shared by fewer than k = 3 informants; centres ' +
        'with fewer than 5 firms of the informant’s kind. Each warning names the informant by pseudonym and ' +
        'says why and what to do, in Indonesian and English.',
    },
    async (request) => reidentificationWarnings(db, request.actor, request.params.id),
  );
  route(
    app,
    'GET /research/projects/:id/code-by-center',
    {
      access: researchPolicy.read,
      tags,
      summary: 'Coded segments per code and centre, beside each centre’s network indicators',
      description:
        'Members only. A segment counts in the centre of the informant speaking in it (else of each ' +
        'informant of its document); withdrawn informants’ excerpts and blind rounds’ others’ segments are ' +
        'left out. Indicators come from the centre’s stored analysis as the reader may see it, the ' +
        'corroboration rate from its ties’ interview evidence.',
    },
    async (request) => codeByCenter(db, request.actor, pseudonymKey, request.params.id),
  );
}
