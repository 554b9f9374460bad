// The action of `simpul report`, loaded when it runs (report-commands.ts registers it).
import { resolveCenter } from '../centers/centers.service.ts';
import { writeReportFile } from '../reports/report-cli.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { withDatabase } from './runtime.ts';

const WRITTEN = {
  id: 'Laporan ditulis ke {file} ({bytes} bita).',
  en: 'Report written to {file} ({bytes} bytes).',
};
const NO_FILE = { id: 'Sebutkan berkas PDF tujuan.', en: 'Name the PDF file to write.' };

/** `simpul report CENTER FILE` or `simpul report --region CODE FILE`: the API's PDF, as the operator. */
export async function reportCommand(
  first: string,
  second: string | undefined,
  options: { region?: string },
): Promise<void> {
  const file = options.region ? first : second;
  if (!file) throw new AppError('validation_failed', tr(NO_FILE), [{ path: 'file', message: tr(NO_FILE) }]);
  await withDatabase(async ({ db }) => {
    const target = options.region
      ? { region: options.region }
      : { center: (await resolveCenter(db, first)).id };
    const bytes = await writeReportFile(db, file, target, currentLang());
    say(tr(WRITTEN, { file, bytes }));
  });
}
