// The actions of `simpul facilities …`, loaded when one runs (facilities-commands.ts registers them).
import type { z } from 'zod';
import { type Actor, withActor } from '../auth/actor.ts';
import { checkAccess } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { BookingCreateSchema } from '../facilities/bookings.schema.ts';
import { bookFacility } from '../facilities/bookings.service.ts';
import {
  assertCenterFacilitiesRecordable,
  assertFacilityRecordable,
  assertMayBookFor,
  facilityPolicy,
  ownFirms,
} from '../facilities/facilities.policy.ts';
import {
  type Facility,
  FacilityCreateSchema,
  FacilityUpdateSchema,
} from '../facilities/facilities.schema.ts';
import {
  createFacility,
  getFacility,
  listCenterFacilities,
  updateFacility,
} from '../facilities/facilities.service.ts';
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
  facilityKind: '--kind',
  name: '--name',
  capacity: '--capacity',
  capacityUnit: '--unit',
  institutionId: '--institution',
  fundedBy: '--funded-by',
  builtYear: '--built',
  notes: '--notes',
  status: '--status',
  version: '--expect-version',
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

/** Parses the options' body with `schema`; a 400 naming every wrong option, nothing written. */
function parseOptions<S extends z.ZodType>(schema: S, body: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details: ErrorDetail[] = parsed.error.issues.map((issue) => ({
    path: optionOf(String(issue.path[0] ?? '')),
    message: issue.message,
  }));
  throw optionError('validation_failed', details);
}

/** A number typed on the command line; text that is no number becomes NaN, which the schema refuses. */
const numberOf = (value: string | undefined) =>
  value === undefined ? undefined : value.trim() === '' ? Number.NaN : Number(value);

/** Acts as the user of --as under the record rule; a service's field names become option names. */
async function asRecorder(
  email: string,
  work: (db: Db, actor: Actor) => Promise<Facility>,
): Promise<Facility> {
  return withDatabase(async ({ db }) => {
    const actor = await actorOf(db, email, false);
    checkAccess(actor, facilityPolicy.record);
    try {
      return await withActor(actor, () => work(db, actor));
    } catch (thrown) {
      if (!(thrown instanceof AppError) || thrown.details.length === 0) throw thrown;
      const details = thrown.details.map((d) => ({ ...d, path: optionOf(d.path) }));
      throw optionError(thrown.code, details, thrown.message);
    }
  });
}

/** One facility as a line (id, kind, name, capacity, status) or JSON. */
function printFacility(f: Facility, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(f, null, 2)}\n`);
    return;
  }
  const capacity = f.capacity === null ? '–' : `${f.capacity} ${f.capacityUnit ?? ''}`.trim();
  process.stdout.write(`${f.id}\t${f.kind}\t${f.name}\t${capacity}\t${f.status}\tv${f.version}\n`);
}

/** The facts of a facility as options, shared by `facilities add` and `facilities edit`. */
export interface FacilityOptions {
  as: string;
  kind?: string;
  name?: string;
  capacity?: string;
  unit?: string;
  institution?: string;
  fundedBy?: string;
  built?: string;
  notes?: string;
  json?: boolean;
}

/** The body fields the options set (an option left out is left out of the body). */
const factsOf = (options: FacilityOptions) => ({
  facilityKind: options.kind,
  name: options.name,
  capacity: numberOf(options.capacity),
  capacityUnit: options.unit,
  institutionId: options.institution,
  fundedBy: options.fundedBy,
  builtYear: numberOf(options.built),
  notes: options.notes,
});

/** `simpul facilities add CENTER_ID --as EMAIL --kind K --name N [--capacity N …]`: as the web's add form. */
export async function addFacilityCommand(centerId: string, options: FacilityOptions): Promise<void> {
  const body = parseOptions(FacilityCreateSchema, factsOf(options));
  const created = await asRecorder(options.as, async (db, actor) => {
    await assertCenterFacilitiesRecordable(db, actor, centerId);
    return createFacility(db, centerId, body);
  });
  printFacility(created, options.json);
  say(
    words(
      { id: 'Fasilitas dicatat: {name} ({id})', en: 'Facility recorded: {name} ({id})' },
      { name: created.name, id: created.id },
    ),
  );
}

/** The options of `simpul facilities edit`: the facts to change, the status, the version read. */
export interface EditOptions extends FacilityOptions {
  status?: string;
  expectVersion?: string;
}

/**
 * `simpul facilities edit FACILITY_ID --as EMAIL [--capacity N …] [--status archived] [--expect-version V]`: as
 * the web's edit form. Without --expect-version the change is made on the version read now; with it, a newer
 * one is refused (409) as on the web.
 */
export async function editFacilityCommand(facilityId: string, options: EditOptions): Promise<void> {
  const facts = Object.fromEntries(Object.entries(factsOf(options)).filter(([, v]) => v !== undefined));
  const changes = { ...facts, ...(options.status !== undefined && { status: options.status }) };
  if (Object.keys(changes).length === 0) {
    throw optionError('validation_failed', [
      {
        path: '--name',
        message: words({
          id: 'sebutkan sedikitnya satu isian yang diubah (--name, --capacity, --status …)',
          en: 'name at least one field to change (--name, --capacity, --status …)',
        }),
      },
    ]);
  }
  // The version is checked by the schema when typed; otherwise it is filled in below.
  const typed = parseOptions(FacilityUpdateSchema, {
    ...changes,
    version: numberOf(options.expectVersion) ?? 1,
  });
  const saved = await asRecorder(options.as, async (db, actor) => {
    await assertFacilityRecordable(db, actor, facilityId);
    const version =
      options.expectVersion === undefined ? (await getFacility(db, facilityId)).version : typed.version;
    return updateFacility(db, facilityId, { ...typed, version });
  });
  printFacility(saved, options.json);
  say(
    words(
      {
        id: 'Fasilitas diubah: {name} (versi {version})',
        en: 'Facility changed: {name} (version {version})',
      },
      { name: saved.name, version: saved.version },
    ),
  );
}
