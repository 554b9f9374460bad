// The action of `simpul field xlsform`, loaded when it runs (field-commands.ts registers it).
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { resolveCenter } from '../centers/centers.service.ts';
import { FORM_QUESTIONNAIRES } from '../field/kobo/form-questionnaires.ts';
import { writeXlsForm, xlsFormFor } from '../field/kobo/xlsform.service.ts';
import { IO_MESSAGES as M } from '../io/io.messages.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul field xlsform`. */
export interface XlsFormOptions {
  questionnaire: string;
  center?: string;
  out: string;
}

/** `simpul field xlsform --questionnaire Q [--center ID] --out FILE`: written whole or not at all. */
export async function runXlsForm(options: XlsFormOptions): Promise<void> {
  const questionnaire = FORM_QUESTIONNAIRES.find((q) => q === options.questionnaire);
  if (!questionnaire) throw new AppError('validation_failed', options.questionnaire);
  if (!options.out.toLowerCase().endsWith('.xlsx')) {
    const message = tr(M.templateExtension);
    throw new AppError('validation_failed', message, [{ path: '--out', message }]);
  }
  const ref = options.center;
  await withDatabase(async ({ db }) => {
    const center = ref ? await resolveCenter(db, ref) : undefined;
    const sheets = await xlsFormFor(db, questionnaire, center?.id);
    const partial = `${options.out}.partial`;
    const output = createWriteStream(partial);
    try {
      await Promise.all([writeXlsForm(sheets, output), finished(output)]);
      renameSync(partial, options.out);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    say(
      tr(
        {
          id: 'XLSForm {q} ditulis ke {file} ({n} anggota).',
          en: 'XLSForm {q} written to {file} ({n} members).',
        },
        { q: questionnaire, file: options.out, n: sheets.choices.length - 1 },
      ),
    );
  });
}
