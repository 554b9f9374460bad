import type { UserActor } from '../auth/actor.ts';
import { assertInScope } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { assertMayEditEnterprise, enterprisePolicy } from '../enterprises/enterprises.policy.ts';
import { createEnterprise, updateEnterprise } from '../enterprises/enterprises.service.ts';
import { putEnterpriseYear } from '../enterprises/year-data.service.ts';
import { recordWalkIn } from '../facilities/bookings.service.ts';
import { assertFacilityRecordable, facilityPolicy } from '../facilities/facilities.policy.ts';
import { interactionPolicy } from '../interactions/interactions.policy.ts';
import type { InteractionCreate } from '../interactions/interactions.schema.ts';
import { createInteraction } from '../interactions/interactions.service.ts';
import { assertMayEnrol, membershipPolicy } from '../memberships/memberships.policy.ts';
import { createMembership } from '../memberships/memberships.service.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { FIELD_MESSAGES as m } from './field.messages.ts';
import { assertMayCollectIn, mayWrite } from './field.policy.ts';
import { findFacilityCenter } from './field.repo.ts';
import type { FieldSyncChange } from './field.schema.ts';
import { parsePayload } from './field-payload.ts';
import { storeFieldPhoto } from './field-photos.ts';
import { questionOf } from './field-questions.ts';
import { resolveFirm } from './field-refs.ts';
import { applyResearchChange, isResearchChange, scopeMissing } from './field-research.ts';
import { mergeStoredFigures } from './field-year.ts';

/** What an applied change made: the record, and a firm's version after it. */
export interface Applied {
  recordId: string | null;
  recordVersion: number | null;
}

/** Thrown when an offline profile update meets a newer version: nothing is written, a conflict is kept. */
export class FieldVersionConflict extends Error {
  constructor(
    readonly enterpriseId: string,
    readonly changes: Record<string, unknown>,
  ) {
    super('field version conflict');
  }
}

const forbidUnless = (allowed: boolean) => assertInScope(allowed);

/**
 * Applies one change in transaction `trx` as `actor`, through the domain's own service after the same
 * access checks its route makes, plus the field's own: the collector may collect in the change's centre,
 * and every firm it names belongs to that centre.
 */
export async function applyChange(trx: Db, actor: UserActor, change: FieldSyncChange): Promise<Applied> {
  if (isResearchChange(change.kind)) return applyResearchChange(trx, actor, change);
  const centerId = change.centerId;
  if (!centerId) throw scopeMissing(change.kind, 'centerId');
  await assertMayCollectIn(trx, actor, centerId);
  const firm = (ref: Parameters<typeof resolveFirm>[2], path: string) =>
    resolveFirm(trx, centerId, ref, path);
  switch (change.kind) {
    case 'enterprise.create': {
      const input = parsePayload(change.kind, change.payload);
      forbidUnless(mayWrite(actor, enterprisePolicy.register));
      forbidUnless(enterprisePolicy.canPlace(actor, input.regionCode));
      const created = await createEnterprise(trx, input, { pending: true });
      await assertMayEnrol(trx, actor, 'center', centerId, created.id);
      await createMembership(trx, 'center', {
        ownerId: centerId,
        enterpriseId: created.id,
        role: 'member',
        validFrom: change.collectedAt.slice(0, 10),
      });
      return { recordId: created.id, recordVersion: created.version };
    }
    case 'enterprise.update': {
      const input = parsePayload(change.kind, change.payload);
      if (!change.basedOnVersion) {
        const message = tr(m.basedOnVersionRequired);
        throw errors.validation([{ path: 'basedOnVersion', message }]);
      }
      const id = await firm(input.enterprise, 'payload.enterprise');
      forbidUnless(mayWrite(actor, enterprisePolicy.edit));
      await assertMayEditEnterprise(trx, actor, id);
      if (input.changes.regionCode !== undefined) {
        forbidUnless(enterprisePolicy.canPlace(actor, input.changes.regionCode));
      }
      try {
        const updated = await updateEnterprise(trx, id, { ...input.changes, version: change.basedOnVersion });
        return { recordId: id, recordVersion: updated.version };
      } catch (error) {
        if (error instanceof AppError && error.code === 'version_conflict') {
          throw new FieldVersionConflict(id, input.changes);
        }
        throw error;
      }
    }
    case 'yearData.upsert': {
      const input = parsePayload(change.kind, change.payload);
      const id = await firm(input.enterprise, 'payload.enterprise');
      forbidUnless(mayWrite(actor, enterprisePolicy.edit));
      await assertMayEditEnterprise(trx, actor, id);
      const figures = await mergeStoredFigures(trx, id, input.year, input.figures);
      await putEnterpriseYear(trx, id, input.year, figures);
      return { recordId: id, recordVersion: null };
    }
    case 'tie.create': {
      const input = parsePayload(change.kind, change.payload);
      const question = questionOf(input.question);
      if (!question) throw errors.referenceMissing('question', input.question);
      const respondent = await firm(input.respondent, 'payload.respondent');
      const named = await firm(input.named, 'payload.named');
      forbidUnless(mayWrite(actor, interactionPolicy.write));
      const [from, to] = question.respondentIs === 'from' ? [respondent, named] : [named, respondent];
      const tie: InteractionCreate = {
        centerId: centerId,
        fromEnterpriseId: from,
        toEnterpriseId: to,
        type: question.type,
        startDate: input.startDate,
        frequency: input.frequency,
        strength: input.strength,
        volume: input.volume,
        evidenceNotes: input.evidenceNotes,
        formality: 'oral',
        reportedBy: 'one_party',
        confidence: 'reported',
      };
      const created = await createInteraction(trx, tie, { scope: interactionPolicy.writeScope(actor) });
      return { recordId: created.id, recordVersion: null };
    }
    case 'membership.create': {
      const input = parsePayload(change.kind, change.payload);
      const enterpriseId = await firm(input.enterprise, 'payload.enterprise');
      forbidUnless(mayWrite(actor, membershipPolicy.edit));
      await assertMayEnrol(trx, actor, 'institution', input.institutionId, enterpriseId);
      const created = await createMembership(trx, 'institution', {
        ownerId: input.institutionId,
        enterpriseId,
        role: input.role,
        validFrom: input.validFrom,
        validTo: input.validTo,
      });
      return { recordId: created.id, recordVersion: null };
    }
    case 'facility.usage': {
      const input = parsePayload(change.kind, change.payload);
      const enterpriseId = input.enterprise ? await firm(input.enterprise, 'payload.enterprise') : null;
      forbidUnless(mayWrite(actor, facilityPolicy.record));
      const facilityCenter = await findFacilityCenter(trx, input.facilityId);
      if (!facilityCenter) throw errors.notFound('facility', input.facilityId);
      if (facilityCenter !== centerId) {
        throw new AppError('forbidden', tr(m.facilityOtherCenter), [
          { path: 'payload.facilityId', message: tr(m.facilityOtherCenter) },
        ]);
      }
      await assertFacilityRecordable(trx, actor, input.facilityId);
      await recordWalkIn(trx, input.facilityId, { usedOn: input.usedOn, enterpriseId, note: input.note });
      return { recordId: input.facilityId, recordVersion: null };
    }
    case 'photo': {
      const input = parsePayload(change.kind, change.payload);
      const id = await firm(input.enterprise, 'payload.enterprise');
      forbidUnless(mayWrite(actor, enterprisePolicy.edit));
      await assertMayEditEnterprise(trx, actor, id);
      const photoId = await storeFieldPhoto(trx, actor, id, input, change.collectedAt);
      return { recordId: photoId, recordVersion: null };
    }
    default:
      throw scopeMissing(change.kind, 'projectId');
  }
}
