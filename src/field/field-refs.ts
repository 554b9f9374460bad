import type { Db } from '../db/database.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { FIELD_MESSAGES as m } from './field.messages.ts';
import { isCenterMember } from './field.repo.ts';
import type { FirmRef } from './field.schema.ts';
import { findChange } from './field-changes.repo.ts';

/** Thrown when a change refers to a firm whose `enterprise.create` change was not applied (or not received). */
export class FieldDependencyFailed extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/**
 * The firm `ref` names, checked to belong to centre `centerId` (a member now or before, or recorded in the
 * field for it): its id, a firm made by an earlier applied `enterprise.create` change, or an error — 403
 * for a firm outside the centre, `FieldDependencyFailed` for a creation that failed or has not arrived.
 */
export async function resolveFirm(db: Db, centerId: string, ref: FirmRef, path: string): Promise<string> {
  let id: string;
  if ('id' in ref) {
    id = ref.id;
  } else {
    const origin = await findChange(db, ref.clientChangeId);
    const params = { ref: ref.clientChangeId };
    if (!origin) throw new FieldDependencyFailed(tr(m.dependencyNotReceived, params), path);
    if (origin.kind !== 'enterprise.create') {
      const message = tr(m.notAFirmChange, params);
      throw errors.unprocessable(message, [{ path, message }]);
    }
    if (origin.status !== 'applied' || !origin.record_id) {
      throw new FieldDependencyFailed(tr(m.dependencyFailed, { ...params, status: origin.status }), path);
    }
    id = origin.record_id;
  }
  if (!(await isCenterMember(db, centerId, id))) {
    const message = tr(m.firmNotInCenter, { id });
    throw new AppError('forbidden', message, [{ path, message }]);
  }
  return id;
}
