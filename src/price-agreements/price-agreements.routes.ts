import type { Actor } from '../auth/actor.ts';
import { assertMayReport } from '../cases/cases.policy.ts';
import { reporterRoleOf } from '../cases/cases.service.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  actableEnterprises,
  assertAgreementReadable,
  assertMayActFor,
  assertMayRecordFor,
  mayWithdrawOthers,
  priceAgreementPolicy as policy,
  withdrawalStanding,
} from './price-agreements.policy.ts';
import { createPriceAgreement, getPriceAgreement, listPriceAgreements } from './price-agreements.service.ts';
import { addConsent, withdrawConsent } from './price-consents.service.ts';
import { findViolation, openViolationCase } from './price-violation-case.service.ts';
import { reportViolation } from './price-violations.service.ts';

const tags = ['price-agreements'];

/** Price agreements: list, record, read, consent and withdraw, report a violation. */
export async function priceAgreementRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  const asSeenBy = async (actor: Actor, id: string) =>
    getPriceAgreement(db, id, actableEnterprises(actor), await mayWithdrawOthers(db, actor, id));
  route(app, 'GET /price-agreements', { access: policy.read, tags }, async (request) =>
    listPriceAgreements(db, request.query, policy.scope(request.actor)),
  );
  route(app, 'POST /price-agreements', { access: policy.record, tags }, async (request, reply) => {
    await assertMayRecordFor(db, request.actor, request.body);
    const created = await createPriceAgreement(db, request.body);
    return reply.status(201).send(await asSeenBy(request.actor, created.id));
  });
  route(app, 'GET /price-agreements/:id', { access: policy.read, tags }, async (request) => {
    await assertAgreementReadable(db, request.actor, request.params.id);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /price-agreements/:id/consents', { access: policy.consent, tags }, async (request) => {
    await assertMayActFor(db, request.actor, request.params.id, request.body.enterpriseId);
    await addConsent(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /price-agreements/:id/withdraw', { access: policy.consent, tags }, async (request) => {
    const { id } = request.params;
    const standing = await withdrawalStanding(db, request.actor, id, request.body.enterpriseId);
    await withdrawConsent(db, id, request.body, standing);
    return asSeenBy(request.actor, request.params.id);
  });
  route(
    app,
    'POST /price-agreements/:id/violations',
    { access: policy.report, tags },
    async (request, reply) => {
      await assertMayActFor(db, request.actor, request.params.id, request.body.affectedEnterpriseId);
      await reportViolation(db, request.params.id, request.body);
      return reply.status(201).send(await asSeenBy(request.actor, request.params.id));
    },
  );
  route(
    app,
    'POST /price-agreements/:id/violations/:violationId/case',
    { access: policy.report, tags, summary: 'Open a conflict case from a violation report' },
    async (request, reply) => {
      const { id, violationId } = request.params;
      await assertAgreementReadable(db, request.actor, id);
      const report = await findViolation(db, id, violationId);
      await assertMayActFor(db, request.actor, id, report.affected_enterprise_id);
      await assertMayReport(db, request.actor, {
        centerId: report.center_id,
        parties: [{ partyKind: 'enterprise', partyId: report.affected_enterprise_id, side: 'complainant' }],
      });
      const role = request.actor.kind === 'user' ? request.actor.role : 'admin';
      await openViolationCase(db, id, violationId, reporterRoleOf(role));
      return reply.status(201).send(await asSeenBy(request.actor, id));
    },
  );
}
