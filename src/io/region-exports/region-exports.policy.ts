import type { Actor, UserActor } from '../../auth/actor.ts';
import {
  assertInScope,
  isAdmin,
  isNational,
  regionInScope,
  requireUser,
  SIGNED_IN,
} from '../../auth/policy.ts';
import { errors } from '../../shared/errors.ts';
import { ioPolicy } from '../io.policy.ts';
import type { RegionExport } from './region-exports.schema.ts';

/**
 * Region exports: started by whoever may export files (admin, ministry, regional officer), for a region
 * inside their area (a regional officer of Kota Bandung may export Kota Bandung or one of its districts,
 * not the province); read and downloaded by the user who started it, or an admin.
 */
export const regionExportPolicy = {
  create: ioPolicy.export,
  read: SIGNED_IN,

  /** 403 unless `actor` may export `regionCode`'s data; returns the user. */
  assertMayExportRegion(actor: Actor, regionCode: string): UserActor {
    ioPolicy.assertMayExport(actor);
    const user = requireUser(actor);
    assertInScope(isNational(actor) || regionInScope(user, regionCode));
    return user;
  },
};

/** 404 for an unknown export, 403 for another user's export unless `actor` is an admin. */
export function assertMayReadExport(actor: Actor, id: string, entry: RegionExport | undefined): RegionExport {
  const user = requireUser(actor);
  if (!entry) throw errors.notFound('regionExport', id);
  assertInScope(entry.userId === user.userId || isAdmin(actor));
  return entry;
}
