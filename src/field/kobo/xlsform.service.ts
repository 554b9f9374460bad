import type { Writable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import { addSheetWithHeader, deterministicWorkbook } from '../../io/write-xlsx.ts';
import { todayWib } from '../../shared/periods.ts';
import { buildFieldPackage } from '../field-package.service.ts';
import type { FormQuestionnaire } from './form-questionnaires.ts';
import { type FormCenter, xlsFormSheets } from './xlsform-sheets.ts';

/**
 * The XLSForm of `questionnaire`, for centre `centerId` (its members from the same field package a phone
 * downloads; 404 for an unknown centre) or, without one, for any centre. The version is the day and, with a
 * centre, the package's version, so a form whose member list changed uploads as a new version.
 */
export async function xlsFormFor(
  db: Db,
  questionnaire: FormQuestionnaire,
  centerId: string | undefined,
): Promise<ReturnType<typeof xlsFormSheets>> {
  let center: FormCenter | undefined;
  let version = todayWib().replaceAll('-', '');
  if (centerId) {
    const pack = await buildFieldPackage(db, centerId);
    center = {
      id: pack.center.id,
      name: pack.center.name,
      members: pack.members.map((m) => ({ id: m.id, name: m.name })),
    };
    version += `-${pack.packageVersion.slice(0, 8)}`;
  }
  return xlsFormSheets(questionnaire, center, version);
}

/** Writes the sheets as an XLSX workbook (`survey`, `choices`, `settings`, in that order). */
export async function writeXlsForm(
  sheets: ReturnType<typeof xlsFormSheets>,
  output: Writable,
): Promise<void> {
  const workbook = deterministicWorkbook(output);
  for (const [name, rows] of Object.entries(sheets)) {
    const [headers = [], ...body]: string[][] = rows;
    const sheet = addSheetWithHeader(
      workbook,
      name,
      headers,
      headers.map((h) => (h.startsWith('label') || h.startsWith('hint') ? 48 : 18)),
    );
    for (const row of body) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
}
