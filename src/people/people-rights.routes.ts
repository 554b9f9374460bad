import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertMayEditPerson, personPolicy as policy } from './people.policy.ts';
import { erasePerson, exportPerson } from './people-rights.service.ts';

const tags = ['people'];

/**
 * A person's rights under UU 27/2022, exercised for them by the data controllers (admins, and regional
 * officers for the people in their regions): a copy of everything held about them, and erasure.
 */
export async function personRightsRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /people/:id/export',
    {
      access: policy.personalDataRights,
      tags: tags,
      summary: 'Everything held about a person (UU 27/2022 right of access)',
    },
    async (request) => {
      await assertMayEditPerson(db, request.actor, request.params.id);
      return exportPerson(db, request.params.id);
    },
  );
  route(
    app,
    'POST /people/:id/erase',
    {
      access: policy.personalDataRights,
      tags: tags,
      summary: "Erase a person's personal data (UU 27/2022 right to erasure)",
    },
    async (request) => {
      await assertMayEditPerson(db, request.actor, request.params.id);
      return erasePerson(db, request.params.id, request.body);
    },
  );
}
