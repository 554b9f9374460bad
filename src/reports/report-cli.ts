import { renameSync, writeFileSync } from 'node:fs';
import { currentActor } from '../auth/actor.ts';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import type { Db } from '../db/database.ts';
import type { Lang } from '../shared/lang.ts';
import { todayWib } from '../shared/periods.ts';
import { centerReport } from './center-report.ts';
import { regionReport } from './region-report.ts';

/** What `simpul report` prints: a centre (by id) or a region (by code). */
export type ReportTarget = { center: string } | { region: string };

/**
 * Writes the report of `target` to `file` as the current (CLI) actor sees it, in `lang`: the same function
 * and the same day as the API, so the same data give the same bytes (pdf-pen.ts fixes the PDF's date and
 * ID). Written under a temporary name and renamed, so a failure leaves no half file. Returns the size.
 */
export async function writeReportFile(
  db: Db,
  file: string,
  target: ReportTarget,
  lang: Lang,
): Promise<number> {
  const key = await loadPseudonymKey(db);
  const today = todayWib();
  const pdf =
    'center' in target
      ? await centerReport(db, currentActor(), key, target.center, lang, today)
      : await regionReport(db, currentActor(), key, target.region, lang, today);
  writeFileSync(`${file}.partial`, pdf);
  renameSync(`${file}.partial`, file);
  return pdf.length;
}
