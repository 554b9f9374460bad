import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema } from '../shared/pagination.ts';
import { assertMayEditPerson, personPolicy as policy } from './people.policy.ts';
import { PersonSchema } from './people.schema.ts';
import { PersonEraseSchema, PersonExportSchema } from './people-rights.schema.ts';
import { erasePerson, exportPerson } from './people-rights.service.ts';

const tags = ['people'];

/**
 * A person's rights under UU 27/2022, exercised for them by the data controllers (admins, and regional
 * officers for the people in their regions): a copy of everything held about them, and erasure.
 */
export async function personRightsRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/people/:id/export',
    {
      schema: {
        tags,
        summary: 'Everything held about a person (UU 27/2022 right of access)',
        params: IdParamsSchema,
        response: { 200: PersonExportSchema },
      },
      config: { access: policy.personalDataRights },
    },
    async (request) => {
      await assertMayEditPerson(db, request.actor, request.params.id);
      return exportPerson(db, request.params.id);
    },
  );
  app.post(
    '/people/:id/erase',
    {
      schema: {
        tags,
        summary: "Erase a person's personal data (UU 27/2022 right to erasure)",
        params: IdParamsSchema,
        body: PersonEraseSchema,
        response: { 200: PersonSchema },
      },
      config: { access: policy.personalDataRights },
    },
    async (request) => {
      await assertMayEditPerson(db, request.actor, request.params.id);
      return erasePerson(db, request.params.id, request.body);
    },
  );
}
