import type { Db } from '../db/database.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { CAPABILITY_MESSAGES as m } from './capabilities.messages.ts';
import {
  findSectorRow,
  insertProcessRow,
  insertSectorRow,
  listProcessRows,
  listSectorRows,
  setProcessArchived,
  type TaxonomyRow,
} from './taxonomy.repo.ts';
import type { ProcessCreate, ProcessSector, ProcessSectorCreate } from './taxonomy.schema.ts';

/** The taxonomy: sectors with their processes, labels in both languages; archived ones only when asked. */
export async function listTaxonomy(db: Db, includeArchived = false): Promise<ProcessSector[]> {
  const [sectors, processes] = await Promise.all([
    listSectorRows(db, includeArchived),
    listProcessRows(db, includeArchived),
  ]);
  return sectors.map((s) =>
    sectorOf(
      s,
      processes.filter((p) => p.sector_code === s.code),
    ),
  );
}

/** One sector with its processes (archived ones included); 404 when unknown. */
export async function getSector(db: Db, code: string): Promise<ProcessSector> {
  const sector = await findSectorRow(db, code);
  if (!sector) throw errors.notFound('processSector', code);
  return sectorOf(sector, await listProcessRows(db, true, code));
}

/** Adds a sector (a Dinas's new craft, without a release); 409 when its code is taken. */
export async function addSector(db: Db, input: ProcessSectorCreate): Promise<ProcessSector> {
  if (!(await insertSectorRow(db, input.sectorCode, input.labelId, input.labelEn))) {
    const message = tr(m.sectorTaken, { code: input.sectorCode });
    throw new AppError('conflict', message, [{ path: 'sectorCode', message }]);
  }
  return getSector(db, input.sectorCode);
}

/** Adds a process to a sector, coded `sector.process`; 404 for an unknown sector, 409 for a taken code. */
export async function addProcess(db: Db, sectorCode: string, input: ProcessCreate): Promise<ProcessSector> {
  const sector = await findSectorRow(db, sectorCode);
  if (!sector) throw errors.notFound('processSector', sectorCode);
  if (sector.archived) throw errors.unprocessable(tr(m.sectorArchived, { code: sectorCode }));
  const code = `${sectorCode}.${input.processCode}`;
  if (!(await insertProcessRow(db, sectorCode, code, input.labelId, input.labelEn))) {
    const message = tr(m.processTaken, { code });
    throw new AppError('conflict', message, [{ path: 'processCode', message }]);
  }
  return getSector(db, sectorCode);
}

/**
 * Archives (or restores) a process: no longer offered for new profiles, while the profiles that name it
 * keep it (their owners still have the skill; matching still reads it). Answers its sector.
 */
export async function archiveProcess(db: Db, code: string, archived: boolean): Promise<ProcessSector> {
  const sectorCode = await setProcessArchived(db, code, archived);
  if (sectorCode === undefined) throw errors.notFound('process', code);
  return getSector(db, sectorCode);
}

function sectorOf(sector: TaxonomyRow, processes: TaxonomyRow[]): ProcessSector {
  return {
    code: sector.code,
    labelId: sector.label_id,
    labelEn: sector.label_en,
    archived: sector.archived,
    processes: processes.map((p) => ({
      code: p.code,
      sectorCode: p.sector_code,
      labelId: p.label_id,
      labelEn: p.label_en,
      archived: p.archived,
    })),
  };
}
