import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { ecosystemAccess } from './ecosystem.policy.ts';
import { centerEcosystem, ecosystemComparison } from './ecosystem.service.ts';

const tags = ['analysis'];
const DESCRIPTION =
  'Stam & van de Ven (2021): each proxy ÷ its mean over the compared set; an element is the mean of its ' +
  'proxies; additive index Σ S_e (average 10), geometric (Π S_e)^(1/n). Missing elements are left out and ' +
  'counted (presentElements); zeros are floored at geometricFloor in the geometric index.';

/** `GET /centers/:id/ecosystem` and `GET /ecosystem`: the centre ecosystem index. */
export async function ecosystemRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/ecosystem',
    {
      access: ecosystemAccess,
      tags,
      summary:
        "A centre's ecosystem index against its province's centres, or against `compare` (up to 9 more)",
      description: DESCRIPTION,
    },
    async (request) => centerEcosystem(db, request.actor, request.params.id, request.query),
  );
  route(
    app,
    'GET /ecosystem',
    {
      access: ecosystemAccess,
      tags,
      summary: 'The ecosystem index of up to 10 listed centres compared with each other',
      description: DESCRIPTION,
    },
    async (request) => ecosystemComparison(db, request.actor, request.query),
  );
}
