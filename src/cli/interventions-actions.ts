// The actions of `simpul interventions …`, loaded when one runs (interventions-commands.ts registers them).

import type { z } from 'zod';
import { type Actor, withActor } from '../auth/actor.ts';
import { checkAccess } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { interventionEffect } from '../interventions/effect.service.ts';
import { EFFECT_LABELS, formatEffect } from '../interventions/effect-format.ts';
import { FUNDER_KIND_LABELS, INTERVENTION_TYPE_LABELS } from '../interventions/interventions.constants.ts';
import {
  assertCenterInterventionsInScope,
  assertInterventionInScope,
  interventionPolicy,
} from '../interventions/interventions.policy.ts';
import {
  type Intervention,
  InterventionCreateSchema,
  InterventionUpdateSchema,
} from '../interventions/interventions.schema.ts';
import {
  createIntervention,
  deleteIntervention,
  getIntervention,
  interventionsForCenter,
  updateIntervention,
} from '../interventions/interventions.service.ts';
import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { actorOf } from './requests-actions.ts';
import { numberOf, optionError } from './requests-write-input.ts';
import { withDatabase } from './runtime.ts';

const money = (n: number | null) => (n === null ? '–' : `Rp ${Math.round(n).toLocaleString('id-ID')}`);

/** One intervention as a tab-separated line: id, kind, title, dates, cost, funder. */
function line(i: Intervention): string {
  const dates = i.endDate ? `${i.startDate}–${i.endDate}` : i.startDate;
  const funder = [tr(FUNDER_KIND_LABELS[i.funderKind]), i.funderName].filter(Boolean).join(' ');
  return `${i.id}\t${tr(INTERVENTION_TYPE_LABELS[i.interventionType])}\t${i.title}\t${dates}\t${money(i.costIdr)}\t${funder}\n`;
}

/** `simpul interventions list CENTER_ID`: the centre's interventions, newest first, as lines or JSON. */
export async function listInterventionsCommand(centerId: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const items = await interventionsForCenter(db, centerId);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    } else {
      for (const i of items) process.stdout.write(line(i));
    }
    say(words({ id: '{n} intervensi', en: '{n} interventions' }, { n: items.length }));
  });
}

/** `simpul interventions effect ID`: the before/after table with DiD, comparison centres and caveats. */
export async function interventionEffectCommand(id: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const effect = await interventionEffect(db, id);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(effect, null, 2)}\n`);
      return;
    }
    const lang = currentLang();
    const head = words(
      {
        id: 'indikator\t{before}\t{after}\tperubahan\tpembanding\tDiD',
        en: 'indicator\t{before}\t{after}\tchange\tcomparison\tDiD',
      },
      { before: effect.beforeYear, after: effect.afterYear },
    );
    process.stdout.write(`${head}\n`);
    for (const r of effect.rows) {
      const cells = [r.before, r.after, r.change, r.comparisonChange, r.did].map((v) =>
        formatEffect(lang, r.indicator, v),
      );
      process.stdout.write(`${tr(EFFECT_LABELS[r.indicator])}\t${cells.join('\t')}\n`);
    }
    if (effect.didNote) process.stdout.write(`\n${effect.didNote}\n`);
    process.stdout.write(`\n${words({ id: 'Sentra pembanding:', en: 'Comparison centres:' })}\n`);
    for (const c of effect.comparisonCenters)
      process.stdout.write(`  ${c.name} (${c.centerId}): ${c.reason}\n`);
    process.stdout.write(`\n${words({ id: 'Catatan kehati-hatian:', en: 'Caveats:' })}\n`);
    for (const caveat of effect.caveats) process.stdout.write(`  - ${caveat}\n`);
    say(
      words(
        { id: '{n} sentra pembanding', en: '{n} comparison centres' },
        { n: effect.comparisonCenters.length },
      ),
    );
  });
}

/** The option that sets each body field, for messages (`startDate` → `--start`). */
const OPTION_OF: Record<string, string> = {
  interventionType: '--type',
  title: '--title',
  startDate: '--start',
  endDate: '--end',
  costIdr: '--cost',
  funderKind: '--funder',
  funderName: '--funder-name',
  beneficiaryEnterpriseIds: '--firm',
  beneficiaryInstitutionIds: '--institution',
  notes: '--notes',
  version: '--expect-version',
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

/** Acts as the user of --as if they may record interventions; a service's field names become option names. */
async function asRecorder(email: string, work: (db: Db, actor: Actor) => Promise<void>): Promise<void> {
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, email, false);
    checkAccess(actor, interventionPolicy.record);
    try {
      await withActor(actor, () => work(db, actor));
    } catch (thrown) {
      if (!(thrown instanceof AppError) || thrown.details.length === 0) throw thrown;
      const details = thrown.details.map((d) => ({ ...d, path: optionOf(d.path) }));
      throw optionError(thrown.code, details, thrown.message);
    }
  });
}

/** The options of `simpul interventions add|edit`. */
export interface FieldOptions {
  as: string;
  type?: string;
  title?: string;
  start?: string;
  end?: string;
  cost?: string;
  funder?: string;
  funderName?: string;
  firm?: string[];
  institution?: string[];
  notes?: string;
  json?: boolean;
}

/** Writes the saved intervention (a line, or JSON) and what happened. */
function print(saved: Intervention, options: { json?: boolean }): void {
  process.stdout.write(options.json ? `${JSON.stringify(saved, null, 2)}\n` : line(saved));
}

/** `simpul interventions add CENTER_ID --as EMAIL --type T --title T --start D --funder K [--firm ID …]`. */
export async function addInterventionCommand(centerId: string, options: FieldOptions): Promise<void> {
  const body = parse(InterventionCreateSchema, {
    interventionType: options.type,
    title: options.title,
    startDate: options.start,
    endDate: options.end || undefined,
    costIdr: numberOf(options.cost || undefined),
    funderKind: options.funder,
    funderName: options.funderName,
    beneficiaryEnterpriseIds: options.firm ?? [],
    beneficiaryInstitutionIds: options.institution ?? [],
    notes: options.notes,
  });
  await asRecorder(options.as, async (db, actor) => {
    await assertCenterInterventionsInScope(db, actor, centerId);
    const saved = await createIntervention(db, centerId, body);
    print(saved, options);
    say(words({ id: 'Intervensi dicatat: {id}', en: 'Intervention recorded: {id}' }, { id: saved.id }));
  });
}

/** An option typed as "" clears a field that may be empty (null); absent leaves it as it is. */
const cleared = (value: string | undefined) => (value === '' ? null : value);

/** `simpul interventions edit ID --as EMAIL [--expect-version N] [--cost N] …`: only the options given change. */
export async function editInterventionCommand(
  id: string,
  options: FieldOptions & { expectVersion?: string },
): Promise<void> {
  // Without --expect-version the version is read below; a placeholder lets the schema check the rest first.
  const body = parse(InterventionUpdateSchema, {
    interventionType: options.type,
    title: options.title,
    startDate: options.start,
    endDate: cleared(options.end),
    costIdr: options.cost === '' ? null : numberOf(options.cost),
    funderKind: options.funder,
    funderName: cleared(options.funderName),
    beneficiaryEnterpriseIds: options.firm,
    beneficiaryInstitutionIds: options.institution,
    notes: cleared(options.notes),
    version: options.expectVersion === undefined ? 1 : numberOf(options.expectVersion),
  });
  await asRecorder(options.as, async (db, actor) => {
    await assertInterventionInScope(db, actor, id);
    const before = await getIntervention(db, id);
    const version = options.expectVersion === undefined ? before.version : body.version;
    const saved = await updateIntervention(db, id, { ...body, version });
    print(saved, options);
    say(
      words(
        { id: 'Intervensi diubah: versi {from} → {to}', en: 'Intervention changed: version {from} → {to}' },
        { from: before.version, to: saved.version },
      ),
    );
  });
}

/** `simpul interventions delete ID --as EMAIL --yes`: without --yes nothing is deleted. */
export async function deleteInterventionCommand(
  id: string,
  options: { as: string; yes?: boolean },
): Promise<void> {
  if (!options.yes) {
    throw optionError('validation_failed', [
      {
        path: '--yes',
        message: words({
          id: 'tambahkan --yes untuk benar-benar menghapus; tidak ada yang dihapus.',
          en: 'add --yes to really delete; nothing was deleted.',
        }),
      },
    ]);
  }
  await asRecorder(options.as, async (db, actor) => {
    await assertInterventionInScope(db, actor, id);
    const gone = await getIntervention(db, id);
    await deleteIntervention(db, id);
    say(
      words(
        { id: 'Intervensi dihapus: {title} ({id})', en: 'Intervention deleted: {title} ({id})' },
        { title: gone.title, id },
      ),
    );
  });
}
