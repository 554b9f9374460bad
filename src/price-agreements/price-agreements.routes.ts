import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  assertAgreementReadable,
  assertMayActFor,
  assertMayRecordFor,
  priceAgreementPolicy as policy,
} from './price-agreements.policy.ts';
import { createPriceAgreement, getPriceAgreement, listPriceAgreements } from './price-agreements.service.ts';
import { addConsent, withdrawConsent } from './price-consents.service.ts';
import { reportViolation } from './price-violations.service.ts';

const tags = ['price-agreements'];

/** Price agreements: list, record, read, consent and withdraw, report a violation. */
export async function priceAgreementRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /price-agreements', { access: policy.read, tags }, async (request) =>
    listPriceAgreements(db, request.query, policy.scope(request.actor)),
  );
  route(app, 'POST /price-agreements', { access: policy.record, tags }, async (request, reply) => {
    await assertMayRecordFor(db, request.actor, request.body);
    return reply.status(201).send(await createPriceAgreement(db, request.body));
  });
  route(app, 'GET /price-agreements/:id', { access: policy.read, tags }, async (request) => {
    await assertAgreementReadable(db, request.actor, request.params.id);
    return getPriceAgreement(db, request.params.id);
  });
  route(app, 'POST /price-agreements/:id/consents', { access: policy.consent, tags }, async (request) => {
    await assertMayActFor(db, request.actor, request.params.id, request.body.enterpriseId);
    return addConsent(db, request.params.id, request.body);
  });
  route(app, 'POST /price-agreements/:id/withdraw', { access: policy.consent, tags }, async (request) => {
    await assertMayActFor(db, request.actor, request.params.id, request.body.enterpriseId);
    return withdrawConsent(db, request.params.id, request.body);
  });
  route(
    app,
    'POST /price-agreements/:id/violations',
    { access: policy.report, tags },
    async (request, reply) => {
      await assertMayActFor(db, request.actor, request.params.id, request.body.affectedEnterpriseId);
      return reply.status(201).send(await reportViolation(db, request.params.id, request.body));
    },
  );
}
