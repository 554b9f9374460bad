// The actions of `simpul facilities …`, loaded when one runs (facilities-commands.ts registers them).
import { withActor } from '../auth/actor.ts';
import { checkAccess } from '../auth/policy.ts';
import { BookingCreateSchema } from '../facilities/bookings.schema.ts';
import { bookFacility } from '../facilities/bookings.service.ts';
import { assertMayBookFor, facilityPolicy, ownFirms } from '../facilities/facilities.policy.ts';
import { listCenterFacilities } from '../facilities/facilities.service.ts';
import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { currentLang } from '../shared/i18n.ts';
import { formatMeasure } from '../shared/measure-format.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { actorOf } from './requests-actions.ts';
import { optionError } from './requests-write-input.ts';
import { withDatabase } from './runtime.ts';

/** The option that sets each body field, for messages. */
const OPTION_OF: Record<string, string> = {
  enterpriseId: '--firm',
  startsOn: '--from',
  endsOn: '--to',
  purpose: '--purpose',
};
const optionOf = (path: string) => OPTION_OF[path] ?? path;

/** `simpul facilities list CENTER_ID`: every facility of the centre (the operator sees all). */
export async function listFacilitiesCommand(centerId: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const { items } = await listCenterFacilities(db, centerId, { includeArchived: false });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    } else {
      const lang = currentLang();
      for (const f of items) {
        const share = formatMeasure(lang, 'facilityUtilisation', f.utilisation.utilisation);
        const idle = f.utilisation.idle ? words({ id: 'MENGANGGUR', en: 'IDLE' }) : '';
        process.stdout.write(`${f.id}\t${f.kind}\t${f.name}\t${share}\t${idle}\n`);
      }
    }
    say(words({ id: '{n} fasilitas', en: '{n} facilities' }, { n: items.length }));
  });
}

/** The options of `simpul facilities book`. */
export interface BookOptions {
  as: string;
  firm?: string;
  from?: string;
  to?: string;
  purpose?: string;
  json?: boolean;
}

/** `simpul facilities book FACILITY_ID --firm ID --from D --to D --as EMAIL`: as the web's booking form. */
export async function bookFacilityCommand(facilityId: string, options: BookOptions): Promise<void> {
  const parsed = BookingCreateSchema.safeParse({
    enterpriseId: options.firm,
    startsOn: options.from,
    endsOn: options.to ?? options.from,
    purpose: options.purpose,
  });
  if (!parsed.success) {
    const details: ErrorDetail[] = parsed.error.issues.map((issue) => ({
      path: optionOf(String(issue.path[0] ?? '')),
      message: issue.message,
    }));
    throw optionError('validation_failed', details);
  }
  const body = parsed.data;
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, false);
    checkAccess(actor, facilityPolicy.book);
    try {
      const booking = await withActor(actor, async () => {
        await assertMayBookFor(db, actor, facilityId, body.enterpriseId);
        return bookFacility(db, facilityId, body, ownFirms(actor));
      });
      if (options.json) process.stdout.write(`${JSON.stringify(booking, null, 2)}\n`);
      say(
        words(
          { id: 'Dipesan: {firm}, {from} sampai {to} ({id})', en: 'Booked: {firm}, {from} to {to} ({id})' },
          { firm: booking.enterpriseName, from: booking.startsOn, to: booking.endsOn, id: booking.id },
        ),
      );
    } catch (thrown) {
      if (!(thrown instanceof AppError) || thrown.details.length === 0) throw thrown;
      const details = thrown.details.map((d) => ({ ...d, path: optionOf(d.path) }));
      throw optionError(thrown.code, details, thrown.message);
    }
  });
}
