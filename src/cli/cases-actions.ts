// The actions of `simpul cases …`, loaded when one runs (cases-commands.ts registers them).
import type { z } from 'zod';
import { CASE_STATUS_LABELS } from '../cases/cases.constants.ts';
import { type Case, CaseCreateSchema, CaseListQuerySchema, CaseMoveSchema } from '../cases/cases.schema.ts';
import { caseAfterChange, createCase, getCase, listCases, moveCase } from '../cases/cases.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

/** Parses CLI input with a schema, naming the option on a problem. */
function parse<T>(schema: z.ZodType<T>, value: unknown, flags: Record<string, string>): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const message = issue?.message ?? '';
  throw new AppError('validation_failed', message, [{ path: flags[field] ?? field, message }]);
}

/** `simpul cases list`: every case (the operator sees all), as lines or JSON. */
export async function listCasesCommand(options: {
  center?: string;
  status?: string;
  json?: boolean;
}): Promise<void> {
  const query = parse(
    CaseListQuerySchema,
    { centerId: options.center, status: options.status, limit: 500 },
    { centerId: '--center' },
  );
  await withDatabase(async ({ db }) => {
    const page = await listCases(db, query, undefined, null);
    if (options.json) process.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
    else {
      for (const c of page.items) {
        process.stdout.write(
          `${c.id}\t${c.caseType}\t${tr(CASE_STATUS_LABELS[c.status])}\t${c.centerName}\t${c.title}\n`,
        );
      }
    }
    say(words({ id: '{n} kasus', en: '{n} cases' }, { n: page.total }));
  });
}

/** `simpul cases show ID`: the case in full (the read is written to the audit trail). */
export async function showCaseCommand(id: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => print(await getCase(db, id), options.json));
}

/** `simpul cases report`: a case reported by the operator for Dinas. */
export async function reportCaseCommand(options: {
  center: string;
  type: string;
  title: string;
  description: string;
  severity: string;
  json?: boolean;
}): Promise<void> {
  const input = parse(
    CaseCreateSchema,
    {
      centerId: options.center,
      caseType: options.type,
      title: options.title,
      description: options.description,
      severity: options.severity,
    },
    { centerId: '--center', caseType: '--type', title: '--title', description: '--description' },
  );
  await withDatabase(async ({ db }) => print(await createCase(db, input, 'dinas'), options.json));
}

/** `simpul cases move ID STATUS`: moves the case at its current version (409 naming both states otherwise). */
export async function moveCaseCommand(
  id: string,
  status: string,
  options: { referral?: string; outcome?: string; note?: string; json?: boolean },
): Promise<void> {
  await withDatabase(async ({ db }) => {
    const current = await caseAfterChange(db, id);
    const input = parse(
      CaseMoveSchema,
      {
        version: current.version,
        status,
        referral: options.referral,
        outcome: options.outcome,
        moveNote: options.note,
      },
      { status: 'STATUS', referral: '--referral', outcome: '--outcome', moveNote: '--note' },
    );
    print(await moveCase(db, id, input), options.json);
  });
}

function print(c: Case, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
    return;
  }
  const lines = [
    `${c.title} — ${c.centerName} — ${tr(CASE_STATUS_LABELS[c.status])} (${c.caseType}, ${c.severity})`,
    c.description,
    ...c.parties.map((p) => `  ${p.side}\t${p.name}`),
    ...c.sessions.map((s) => `  ${s.heldOn}\t${s.place}\t${s.mediatorRole}`),
    ...c.commitments.map((k) => `  ${k.dueOn}\t${k.commitmentState}\t${k.who}: ${k.what}`),
    words({ id: 'Berikutnya: {next}', en: 'Next: {next}' }, { next: c.nextStatuses.join(', ') || '—' }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
