// The actions of `simpul institutions …`, loaded when one runs (institutions-commands.ts registers them).
import { readFile } from 'node:fs/promises';
import { currentActor } from '../auth/actor.ts';
import {
  AssessmentCreateSchema,
  type AssessmentSnapshot,
} from '../institution-assessment/assessment.schema.ts';
import { assessmentHistory, recordAssessment } from '../institution-assessment/assessment.service.ts';
import { QUESTIONNAIRE_VERSION } from '../institution-assessment/questionnaire.ts';
import { AppError } from '../shared/errors.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

/** The answers file: the API's body, or only the answers (then in the current questionnaire version). */
async function readAnswers(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    const message = words(
      { id: 'Berkas jawaban {file} bukan JSON yang sah.', en: 'The answers file {file} is not valid JSON.' },
      { file },
    );
    throw new AppError('validation_failed', message, [{ path: '--answers', message }]);
  }
  const body =
    raw && typeof raw === 'object' && 'answers' in raw
      ? raw
      : { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: raw };
  const parsed = AssessmentCreateSchema.safeParse(body);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? '';
    throw new AppError('validation_failed', message, [{ path: '--answers', message }]);
  }
  return parsed.data;
}

/** `simpul institutions assess ID --answers FILE`: scores and stores one assessment. */
export async function assessCommand(id: string, options: { answers: string; json?: boolean }): Promise<void> {
  const input = await readAnswers(options.answers);
  await withDatabase(async ({ db }) =>
    print(await recordAssessment(db, currentActor(), id, input), options.json),
  );
}

/** `simpul institutions tier ID`: the latest stored assessment. */
export async function tierCommand(id: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const latest = (await assessmentHistory(db, id)).items[0];
    if (!latest) {
      say(
        words({ id: 'Lembaga ini belum pernah dinilai.', en: 'This institution has not been assessed yet.' }),
      );
      return;
    }
    print(latest, options.json);
  });
}

function print(snapshot: AssessmentSnapshot, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(snapshot, null, 2)}\n`);
    return;
  }
  const lines = [
    words(
      { id: '{tier} — skor {total} ({date})', en: '{tier} — score {total} ({date})' },
      { tier: snapshot.tierLabel, total: snapshot.total, date: snapshot.assessedOn },
    ),
    ...snapshot.areas.map((a) => `  ${a.label}\t${a.score}`),
  ];
  if (snapshot.next) {
    lines.push(words({ id: 'Untuk {tier}:', en: 'For {tier}:' }, { tier: snapshot.next.tierLabel }));
    for (const r of snapshot.next.requirements) {
      lines.push(`  - ${r.text}`);
      for (const rise of r.rises) lines.push(`      ${rise.label}: ${rise.from ?? '–'} → ${rise.to}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
