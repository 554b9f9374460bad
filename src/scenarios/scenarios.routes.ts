import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  assertMayDeleteScenario,
  assertMaySimulate,
  assertScenarioReadable,
  scenarioPolicy as policy,
} from './scenarios.policy.ts';
import { deleteScenario, getScenario, listScenarios, saveScenario } from './scenarios.service.ts';
import { runWhatIf, whatIfSuggestions } from './what-if.service.ts';

const tags = ['what-if'];

/** What-if simulation on a centre's network, its suggestions, and saved scenarios. */
export async function scenarioRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(
    app,
    'POST /centers/:id/what-if',
    {
      access: policy.simulate,
      tags,
      summary: 'Simulate edits on a centre’s network: today and after side by side (nothing is saved)',
    },
    async (request) => {
      await assertMaySimulate(db, request.actor, request.params.id);
      return runWhatIf(db, request.actor, pseudonymKey, request.params.id, request.body);
    },
  );
  route(
    app,
    'GET /centers/:id/what-if/suggestions',
    {
      access: policy.simulate,
      tags,
      summary: 'Ties that would most join collaborating groups and conflicts most worth mediating, ranked',
    },
    async (request) => {
      await assertMaySimulate(db, request.actor, request.params.id);
      return whatIfSuggestions(db, request.actor, pseudonymKey, request.params.id, request.query);
    },
  );
  route(app, 'GET /centers/:id/scenarios', { access: policy.read, tags }, async (request) => {
    await assertMaySimulate(db, request.actor, request.params.id);
    return listScenarios(db, request.actor, request.params.id, request.query);
  });
  route(
    app,
    'POST /centers/:id/scenarios',
    { access: policy.save, tags, summary: 'Save a named what-if scenario (its edits) for the centre' },
    async (request, reply) => {
      await assertMaySimulate(db, request.actor, request.params.id);
      const scenario = await saveScenario(db, request.actor, pseudonymKey, request.params.id, request.body);
      return reply.status(201).send(scenario);
    },
  );
  route(app, 'GET /scenarios/:id', { access: policy.read, tags }, async (request) => {
    await assertScenarioReadable(db, request.actor, request.params.id);
    return getScenario(db, request.actor, request.params.id);
  });
  route(app, 'DELETE /scenarios/:id', { access: policy.delete, tags }, async (request, reply) => {
    await assertMayDeleteScenario(db, request.actor, request.params.id);
    await deleteScenario(db, request.params.id);
    return reply.status(204).send();
  });
}
