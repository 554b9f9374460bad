import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  assertMayEditSettings,
  assertMayReadSettings,
  partnershipSettingsPolicy,
} from './partnership-settings.policy.ts';
import { getPartnershipSettings, putPartnershipSettings } from './partnership-settings.service.ts';

const tags = ['centers'];

/** `GET` and `PUT /centers/:id/partnership-settings`: officer review of requests and matching weights. */
export async function partnershipSettingsRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /centers/:id/partnership-settings',
    { access: partnershipSettingsPolicy.read, tags, summary: "A centre's partnership settings" },
    async (request) => {
      await assertMayReadSettings(db, request.actor, request.params.id);
      return getPartnershipSettings(db, request.params.id);
    },
  );
  route(
    app,
    'PUT /centers/:id/partnership-settings',
    {
      access: partnershipSettingsPolicy.edit,
      tags,
      summary: "Replace a centre's partnership settings",
      description: 'An empty weights object means the defaults; a stale version is a 409.',
    },
    async (request) => {
      await assertMayEditSettings(db, request.actor, request.params.id);
      return putPartnershipSettings(db, request.params.id, request.body);
    },
  );
}
