import type { FastifyRequest } from 'fastify';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import type { Page } from '../shared/pagination.ts';
import {
  assertMayChange,
  assertMayEnrol,
  assertMayReadEnterpriseMemberships,
  assertMayReadMembers,
  memberListView,
  membershipPolicy as policy,
} from './memberships.policy.ts';
import type { MembershipKind } from './memberships.rules.ts';
import type { MemberListQuery } from './memberships.schema.ts';
import {
  createMembership,
  deleteMembership,
  listEnterpriseMemberships,
  listMembers,
  type Membership,
  toCenterMembership,
  toInstitutionMembership,
  toNamedCenterMembership,
  toNamedInstitutionMembership,
  updateMembership,
} from './memberships.service.ts';

const tags = ['memberships'];

/**
 * Dated memberships of enterprises in centres and in institutions: member lists, a firm's own list, and
 * period records.
 */
export async function membershipRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  /** A member list as the requesting actor may see it: scope-checked, pseudonymised for researchers. */
  async function visibleMembers(
    request: FastifyRequest,
    kind: MembershipKind,
    ownerId: string,
    query: MemberListQuery,
  ): Promise<Page<Membership>> {
    await assertMayReadMembers(db, request.actor, kind, ownerId);
    const view = memberListView(request.actor, pseudonymKey);
    view.assertSearchAllowed(query.q);
    return view.present(await listMembers(db, kind, ownerId, query, { namesHidden: view.namesHidden }));
  }

  route(app, 'GET /centers/:id/members', { access: policy.read, tags: tags }, async (request) => {
    const page = await visibleMembers(request, 'center', request.params.id, request.query);
    return { ...page, items: page.items.map(toCenterMembership) };
  });
  route(app, 'GET /enterprises/:id/memberships', { access: policy.read, tags: tags }, async (request) => {
    const { actor, params } = request;
    await assertMayReadEnterpriseMemberships(db, actor, params.id);
    const view = memberListView(actor, pseudonymKey);
    const found = await listEnterpriseMemberships(db, params.id, {
      center: policy.readScope(actor, 'center'),
      institution: policy.readScope(actor, 'institution'),
    });
    return {
      centers: view.presentAll(found.center).map(toNamedCenterMembership),
      institutions: view.presentAll(found.institution).map(toNamedInstitutionMembership),
    };
  });
  route(app, 'POST /center-memberships', { access: policy.edit, tags: tags }, async (request, reply) => {
    const { centerId, ...rest } = request.body;
    await assertMayEnrol(db, request.actor, 'center', centerId, rest.enterpriseId);
    const created = await createMembership(db, 'center', { ...rest, ownerId: centerId });
    return reply.status(201).send(toCenterMembership(created));
  });
  route(app, 'PATCH /center-memberships/:id', { access: policy.edit, tags: tags }, async (request) => {
    await assertMayChange(db, request.actor, 'center', request.params.id);
    return toCenterMembership(await updateMembership(db, 'center', request.params.id, request.body));
  });
  route(
    app,
    'DELETE /center-memberships/:id',
    { access: policy.edit, tags: tags },
    async (request, reply) => {
      await assertMayChange(db, request.actor, 'center', request.params.id);
      await deleteMembership(db, 'center', request.params.id);
      return reply.status(204).send();
    },
  );

  route(app, 'GET /institutions/:id/members', { access: policy.read, tags: tags }, async (request) => {
    const page = await visibleMembers(request, 'institution', request.params.id, request.query);
    return { ...page, items: page.items.map(toInstitutionMembership) };
  });
  route(app, 'POST /institution-memberships', { access: policy.edit, tags: tags }, async (request, reply) => {
    const { institutionId, ...rest } = request.body;
    await assertMayEnrol(db, request.actor, 'institution', institutionId, rest.enterpriseId);
    const created = await createMembership(db, 'institution', { ...rest, ownerId: institutionId });
    return reply.status(201).send(toInstitutionMembership(created));
  });
  route(app, 'PATCH /institution-memberships/:id', { access: policy.edit, tags: tags }, async (request) => {
    await assertMayChange(db, request.actor, 'institution', request.params.id);
    return toInstitutionMembership(
      await updateMembership(db, 'institution', request.params.id, request.body),
    );
  });
  route(
    app,
    'DELETE /institution-memberships/:id',
    { access: policy.edit, tags: tags },
    async (request, reply) => {
      await assertMayChange(db, request.actor, 'institution', request.params.id);
      await deleteMembership(db, 'institution', request.params.id);
      return reply.status(204).send();
    },
  );
}
