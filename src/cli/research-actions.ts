// `simpul research agreement`, loaded when it runs. No database: the file is read, scored and printed.
import { readFile } from 'node:fs/promises';
import { agreementReport, type MeasurementLevel } from '../analysis/index.ts';
import { readAgreementTable, utf8Text } from '../research/agreement-table.ts';
import { reportLines } from '../research/agreement-words.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/lang.ts';

const LEVELS: readonly MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];
const BAD_LEVEL = {
  id: '--level: "{value}" tidak dikenal; pilih nominal, ordinal, interval atau ratio.',
  en: '--level: "{value}" is not known; choose nominal, ordinal, interval or ratio.',
};
const UNREADABLE = { id: 'Berkas {file} tidak dapat dibaca.', en: 'The file {file} cannot be read.' };

/** Scores FILE at --level and prints every coefficient that applies (JSON with --json). */
export async function agreementCommand(
  file: string,
  options: { level: string; json?: boolean },
): Promise<void> {
  const level = options.level as MeasurementLevel;
  if (!LEVELS.includes(level)) {
    const message = tr(BAD_LEVEL, { value: options.level });
    throw new AppError('validation_failed', message, [{ path: '--level', message }]);
  }
  const bytes = await readFile(file).catch(() => {
    const message = tr(UNREADABLE, { file });
    throw new AppError('validation_failed', message, [{ path: 'file', message }]);
  });
  const report = agreementReport(readAgreementTable(utf8Text(bytes), level), level);
  if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${reportLines(report, currentLang()).join('\n')}\n`);
}
