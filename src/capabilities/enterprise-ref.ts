import type { Db } from '../db/database.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { findEnterprisesByRef } from './enterprise-ref.repo.ts';

/** The id of the one enterprise `ref` names (id, external id or exact name); 404 for none, 400 for several. */
export async function resolveEnterpriseId(db: Db, ref: string): Promise<string> {
  const found = await findEnterprisesByRef(db, ref);
  if (found.length === 0) throw errors.notFound('enterprise', ref);
  if (found.length === 1) return (found[0] as { id: string }).id;
  const message = tr(
    {
      id: 'Ada {n} IKM bernama "{name}"; sebut id salah satunya:',
      en: 'There are {n} enterprises named "{name}"; give the id of one of them:',
    },
    { n: found.length, name: ref },
  );
  throw new AppError(
    'validation_failed',
    message,
    found.map((e) => ({ path: e.id, message: e.name })),
  );
}
