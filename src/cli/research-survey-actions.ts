// `simpul research survey import|alpha`, loaded when one runs: thin adapters over the survey-scale services.
import { readFile } from 'node:fs/promises';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { assertProjectRole } from '../research/research.policy.ts';
import { importResponses } from '../research/scales/responses.service.ts';
import { scaleResults } from '../research/scales/results.service.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/lang.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { actorOf } from './requests-actions.ts';
import { withDatabase } from './runtime.ts';

const UNREADABLE = { id: 'Berkas {file} tidak dapat dibaca.', en: 'The file {file} cannot be read.' };
const NOT_UUID = {
  id: 'PROJECT harus id proyek (UUID), bukan "{value}".',
  en: 'PROJECT must be a project id (a UUID), not "{value}".',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertUuid(projectId: string): void {
  if (UUID.test(projectId)) return;
  const message = tr(NOT_UUID, { value: projectId });
  throw new AppError('validation_failed', message, [{ path: 'PROJECT', message }]);
}

/** `simpul research survey import PROJECT FILE.csv [--as EMAIL]`: all rows or none, every problem listed. */
export async function surveyImportCommand(
  projectId: string,
  file: string,
  options: { as?: string },
): Promise<void> {
  assertUuid(projectId);
  const bytes = await readFile(file).catch(() => {
    const message = tr(UNREADABLE, { file });
    throw new AppError('validation_failed', message, [{ path: 'file', message }]);
  });
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, false);
    await assertProjectRole(db, actor, projectId, 'coder');
    const written = await importResponses(db, actor, await loadPseudonymKey(db), projectId, bytes);
    say(
      words(
        {
          id: 'Diimpor: {questionnaires} kuesioner, {responses} jawaban skala, gelombang {waves}',
          en: 'Imported: {questionnaires} questionnaires, {responses} scale responses, waves {waves}',
        },
        { ...written, waves: written.waves.join(', ') },
      ),
    );
  });
}

/** `simpul research survey alpha PROJECT [--wave W] [--json] [--as EMAIL]`: Cronbach's α per scale and wave. */
export async function surveyAlphaCommand(
  projectId: string,
  options: { wave?: string; json?: boolean; as?: string },
): Promise<void> {
  assertUuid(projectId);
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, true);
    await assertProjectRole(db, actor, projectId, 'reader');
    const results = await scaleResults(db, actor, await loadPseudonymKey(db), projectId, options.wave);
    if (options.json) {
      const { alphas, waves, scoreRule } = results;
      process.stdout.write(`${JSON.stringify({ projectId, waves, alphas, scoreRule }, null, 2)}\n`);
      return;
    }
    const lang = currentLang();
    const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
    });
    const heading = words({
      id: 'gelombang\tskala\tversi\tα\tresponden lengkap/jawaban\tbutir',
      en: 'wave\tscale\tversion\tα\tcomplete respondents/responses\titems',
    });
    const lines = results.alphas.map((a) =>
      [
        a.wave,
        a.name[lang],
        a.version,
        a.alpha === null ? `— (${a.reasonText})` : number.format(a.alpha),
        `${a.respondents}/${a.responses}`,
        a.items,
      ].join('\t'),
    );
    if (lines.length === 0) say(words({ id: 'Belum ada jawaban survei.', en: 'No survey answers yet.' }));
    else process.stdout.write(`${[heading, ...lines].join('\n')}\n`);
  });
}
