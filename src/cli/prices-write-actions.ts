// The writing actions of `simpul prices …` (create, consent, withdraw, report), loaded when one runs. Each
// calls the service its API route calls, with the same access checks, as the user of --as.
import type { z } from 'zod';
import { type Actor, withActor } from '../auth/actor.ts';
import { checkAccess } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import {
  actableEnterprises,
  assertAgreementReadable,
  assertMayActFor,
  assertMayRecordFor,
  priceAgreementPolicy as policy,
} from '../price-agreements/price-agreements.policy.ts';
import {
  ConsentCreateSchema,
  ConsentWithdrawSchema,
  PriceAgreementCreateSchema,
  ViolationCreateSchema,
} from '../price-agreements/price-agreements.schema.ts';
import { createPriceAgreement, getPriceAgreement } from '../price-agreements/price-agreements.service.ts';
import { addConsent, withdrawConsent } from '../price-agreements/price-consents.service.ts';
import { reportViolation } from '../price-agreements/price-violations.service.ts';
import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { print } from './prices-actions.ts';
import { actorOf } from './requests-actions.ts';
import { optionError } from './requests-write-input.ts';
import { withDatabase } from './runtime.ts';

/** The option that sets each body field, for messages (`effectiveFrom` → `--from`). */
const OPTION_OF: Record<string, string> = {
  institutionId: '--institution',
  centerId: '--center',
  product: '--product',
  unit: '--unit',
  priceKind: '--kind',
  price: '--price',
  effectiveFrom: '--from',
  effectiveTo: '--to',
  notes: '--notes',
  enterpriseId: '--enterprise',
  consentedOn: '--date',
  withdrawnOn: '--date',
  offenderEnterpriseId: '--offender',
  affectedEnterpriseId: '--affected',
  soldOn: '--date',
  soldPrice: '--price',
  evidenceNote: '--evidence',
};
const optionOf = (path: string) => OPTION_OF[path.split('.')[0] ?? path] ?? path;

/** Parses the options' body with `schema`; a 400 naming every wrong option, nothing written. */
function parse<S extends z.ZodType>(schema: S, body: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details: ErrorDetail[] = parsed.error.issues.map((issue) => ({
    path: optionOf(issue.path.map(String).join('.')),
    message: issue.message,
  }));
  throw optionError('validation_failed', details);
}

/** A number typed on the command line; text that is no number becomes NaN, which the schema refuses. */
const numberOf = (value: string | undefined) =>
  value === undefined ? undefined : value.trim() === '' ? Number.NaN : Number(value);

/** Acts as the user of --as under `rule`; a service's field names become option names. */
async function asUser(
  email: string,
  rule: typeof policy.record,
  work: (db: Db, actor: Actor) => Promise<void>,
): Promise<void> {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, email, false);
    checkAccess(actor, rule);
    try {
      await withActor(actor, () => work(db, actor));
    } catch (thrown) {
      if (!(thrown instanceof AppError) || thrown.details.length === 0) throw thrown;
      const details = thrown.details.map((d) => ({ ...d, path: optionOf(d.path) }));
      throw optionError(thrown.code, details, thrown.message);
    }
  });
}

/** The options of `simpul prices create`. */
export interface CreateOptions {
  as: string;
  institution?: string;
  center?: string;
  product?: string;
  unit?: string;
  kind?: string;
  price?: string;
  from?: string;
  to?: string;
  notes?: string;
  json?: boolean;
}

/** `simpul prices create --as EMAIL --institution ID --center ID --product T --unit T --price N --from D`. */
export async function createPriceCommand(options: CreateOptions): Promise<void> {
  const body = parse(PriceAgreementCreateSchema, {
    institutionId: options.institution,
    centerId: options.center,
    product: options.product,
    unit: options.unit,
    priceKind: options.kind,
    price: numberOf(options.price),
    effectiveFrom: options.from,
    effectiveTo: options.to,
    notes: options.notes,
  });
  await asUser(options.as, policy.record, async (db, actor) => {
    await assertMayRecordFor(db, actor, body);
    const created = await createPriceAgreement(db, body);
    print(await getPriceAgreement(db, created.id, actableEnterprises(actor)), options.json);
    say(
      words(
        { id: 'Kesepakatan harga dicatat: {id}', en: 'Price agreement recorded: {id}' },
        { id: created.id },
      ),
    );
  });
}

/** The options of `simpul prices consent|withdraw`. */
export interface ConsentOptions {
  as: string;
  enterprise?: string;
  date?: string;
  json?: boolean;
}

/** `simpul prices consent ID --as EMAIL --enterprise ID --date D`: a member firm's dated consent. */
export async function consentPriceCommand(id: string, options: ConsentOptions): Promise<void> {
  const body = parse(ConsentCreateSchema, { enterpriseId: options.enterprise, consentedOn: options.date });
  await onAgreement(id, options, body.enterpriseId, policy.consent, (db) => addConsent(db, id, body));
}

/** `simpul prices withdraw ID --as EMAIL --enterprise ID --date D`: a firm withdraws its consent. */
export async function withdrawPriceCommand(id: string, options: ConsentOptions): Promise<void> {
  const body = parse(ConsentWithdrawSchema, { enterpriseId: options.enterprise, withdrawnOn: options.date });
  await onAgreement(id, options, body.enterpriseId, policy.consent, (db) => withdrawConsent(db, id, body));
}

/** The options of `simpul prices report`. */
export interface ReportOptions {
  as: string;
  offender?: string;
  affected?: string;
  date?: string;
  price?: string;
  evidence?: string;
  json?: boolean;
}

/** `simpul prices report ID --as EMAIL --offender ID --affected ID --date D --evidence T [--price N]`. */
export async function reportPriceCommand(id: string, options: ReportOptions): Promise<void> {
  const body = parse(ViolationCreateSchema, {
    offenderEnterpriseId: options.offender,
    affectedEnterpriseId: options.affected,
    soldOn: options.date,
    soldPrice: numberOf(options.price),
    evidenceNote: options.evidence,
  });
  await onAgreement(id, options, body.affectedEnterpriseId, policy.report, (db) =>
    reportViolation(db, id, body),
  );
}

/** Checks, as the route does, that the user may read the agreement and act for the firm; then `change`. */
async function onAgreement(
  id: string,
  options: { as: string; json?: boolean },
  enterpriseId: string,
  rule: typeof policy.consent,
  change: (db: Db) => Promise<unknown>,
): Promise<void> {
  await asUser(options.as, rule, async (db, actor) => {
    await assertAgreementReadable(db, actor, id);
    await assertMayActFor(db, actor, id, enterpriseId);
    await change(db);
    print(await getPriceAgreement(db, id, actableEnterprises(actor)), options.json);
  });
}
