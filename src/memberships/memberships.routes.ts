import type { FastifyRequest } from 'fastify';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import type { Page } from '../shared/pagination.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  assertMayChange,
  assertMayEnrol,
  assertMayReadEnterpriseMemberships,
  assertMayReadMembers,
  memberListView,
  membershipPolicy as policy,
} from './memberships.policy.ts';
import type { MembershipKind } from './memberships.rules.ts';
import {
  CenterMemberListQuerySchema,
  CenterMembershipCreateSchema,
  CenterMembershipSchema,
  CenterMembershipUpdateSchema,
  EnterpriseMembershipsSchema,
  InstitutionMemberListQuerySchema,
  InstitutionMembershipCreateSchema,
  InstitutionMembershipSchema,
  InstitutionMembershipUpdateSchema,
  type MemberListQuery,
} from './memberships.schema.ts';
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

  app.get(
    '/centers/:id/members',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: CenterMemberListQuerySchema,
        response: { 200: pageOf(CenterMembershipSchema) },
      },
      config: { access: policy.read },
    },
    async (request) => {
      const page = await visibleMembers(request, 'center', request.params.id, request.query);
      return { ...page, items: page.items.map(toCenterMembership) };
    },
  );
  app.get(
    '/enterprises/:id/memberships',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: EnterpriseMembershipsSchema } },
      config: { access: policy.read },
    },
    async (request) => {
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
    },
  );
  app.post(
    '/center-memberships',
    {
      schema: { tags, body: CenterMembershipCreateSchema, response: { 201: CenterMembershipSchema } },
      config: { access: policy.edit },
    },
    async (request, reply) => {
      const { centerId, ...rest } = request.body;
      await assertMayEnrol(db, request.actor, 'center', centerId, rest.enterpriseId);
      const created = await createMembership(db, 'center', { ...rest, ownerId: centerId });
      return reply.status(201).send(toCenterMembership(created));
    },
  );
  app.patch(
    '/center-memberships/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: CenterMembershipUpdateSchema,
        response: { 200: CenterMembershipSchema },
      },
      config: { access: policy.edit },
    },
    async (request) => {
      await assertMayChange(db, request.actor, 'center', request.params.id);
      return toCenterMembership(await updateMembership(db, 'center', request.params.id, request.body));
    },
  );
  app.delete(
    '/center-memberships/:id',
    { schema: { tags, params: IdParamsSchema }, config: { access: policy.edit } },
    async (request, reply) => {
      await assertMayChange(db, request.actor, 'center', request.params.id);
      await deleteMembership(db, 'center', request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/institutions/:id/members',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: InstitutionMemberListQuerySchema,
        response: { 200: pageOf(InstitutionMembershipSchema) },
      },
      config: { access: policy.read },
    },
    async (request) => {
      const page = await visibleMembers(request, 'institution', request.params.id, request.query);
      return { ...page, items: page.items.map(toInstitutionMembership) };
    },
  );
  app.post(
    '/institution-memberships',
    {
      schema: {
        tags,
        body: InstitutionMembershipCreateSchema,
        response: { 201: InstitutionMembershipSchema },
      },
      config: { access: policy.edit },
    },
    async (request, reply) => {
      const { institutionId, ...rest } = request.body;
      await assertMayEnrol(db, request.actor, 'institution', institutionId, rest.enterpriseId);
      const created = await createMembership(db, 'institution', { ...rest, ownerId: institutionId });
      return reply.status(201).send(toInstitutionMembership(created));
    },
  );
  app.patch(
    '/institution-memberships/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: InstitutionMembershipUpdateSchema,
        response: { 200: InstitutionMembershipSchema },
      },
      config: { access: policy.edit },
    },
    async (request) => {
      await assertMayChange(db, request.actor, 'institution', request.params.id);
      return toInstitutionMembership(
        await updateMembership(db, 'institution', request.params.id, request.body),
      );
    },
  );
  app.delete(
    '/institution-memberships/:id',
    { schema: { tags, params: IdParamsSchema }, config: { access: policy.edit } },
    async (request, reply) => {
      await assertMayChange(db, request.actor, 'institution', request.params.id);
      await deleteMembership(db, 'institution', request.params.id);
      return reply.status(204).send();
    },
  );
}
