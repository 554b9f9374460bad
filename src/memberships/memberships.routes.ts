import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  CenterMemberListQuerySchema,
  CenterMembershipCreateSchema,
  CenterMembershipSchema,
  CenterMembershipUpdateSchema,
  InstitutionMemberListQuerySchema,
  InstitutionMembershipCreateSchema,
  InstitutionMembershipSchema,
  InstitutionMembershipUpdateSchema,
} from './memberships.schema.ts';
import {
  createMembership,
  deleteMembership,
  listMembers,
  toCenterMembership,
  toInstitutionMembership,
  updateMembership,
} from './memberships.service.ts';

const tags = ['memberships'];

/** Dated memberships of enterprises in centres and in institutions: member lists and period records. */
export async function membershipRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/centers/:id/members',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: CenterMemberListQuerySchema,
        response: { 200: pageOf(CenterMembershipSchema) },
      },
    },
    async (request) => {
      const page = await listMembers(db, 'center', request.params.id, request.query);
      return { ...page, items: page.items.map(toCenterMembership) };
    },
  );
  app.post(
    '/center-memberships',
    { schema: { tags, body: CenterMembershipCreateSchema, response: { 201: CenterMembershipSchema } } },
    async (request, reply) => {
      const { centerId, ...rest } = request.body;
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
    },
    async (request) =>
      toCenterMembership(await updateMembership(db, 'center', request.params.id, request.body)),
  );
  app.delete(
    '/center-memberships/:id',
    { schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
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
    },
    async (request) => {
      const page = await listMembers(db, 'institution', request.params.id, request.query);
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
    },
    async (request, reply) => {
      const { institutionId, ...rest } = request.body;
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
    },
    async (request) =>
      toInstitutionMembership(await updateMembership(db, 'institution', request.params.id, request.body)),
  );
  app.delete(
    '/institution-memberships/:id',
    { schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      await deleteMembership(db, 'institution', request.params.id);
      return reply.status(204).send();
    },
  );
}
