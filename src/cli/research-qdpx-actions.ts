// `simpul research export|import`, loaded when one runs: thin adapters over the research QDPX service.
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { checkAccess } from '../auth/policy.ts';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { exportProjectQdpx, readExchangeFile } from '../research/qdpx/qdpx.service.ts';
import { importProject } from '../research/qdpx/qdpx-import.repo.ts';
import { assertMayExportProject, researchPolicy } from '../research/research.policy.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
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

/** `simpul research export PROJECT FILE.qdpx [--as EMAIL]`: the consent-cleared, pseudonymised package. */
export async function exportCommand(
  projectId: string,
  file: string,
  options: { as?: string },
): Promise<void> {
  if (!UUID.test(projectId)) {
    const message = tr(NOT_UUID, { value: projectId });
    throw new AppError('validation_failed', message, [{ path: 'PROJECT', message }]);
  }
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, true);
    await assertMayExportProject(db, actor, projectId, false);
    const pseudonymKey = await loadPseudonymKey(db);
    const { stream, withheld, written } = await exportProjectQdpx(db, projectId, { pseudonymKey });
    // Written beside the target and renamed at the end: a failed export leaves no half file.
    const partial = `${file}.part`;
    try {
      await pipeline(stream, createWriteStream(partial, { mode: 0o600 }));
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    for (const line of [...withheld.lines(), ...written.lines()]) say(line);
    say(words({ id: 'Ditulis: {file}', en: 'Written: {file}' }, { file }));
  });
}

/** `simpul research import FILE.qdpx --as EMAIL`: a new project led by that user. */
export async function importCommand(file: string, options: { as?: string; json?: boolean }): Promise<void> {
  const bytes = await readFile(file).catch(() => {
    const message = tr(UNREADABLE, { file });
    throw new AppError('validation_failed', message, [{ path: 'file', message }]);
  });
  // The file is read (and refused if bad) before the database is opened: nothing is written on failure.
  const read = await readExchangeFile(bytes, file.split(/[\\/]/).pop() ?? file);
  await withDatabase(async ({ db }) => {
    const actor = await actorOf(db, options.as, false);
    checkAccess(actor, researchPolicy.createProject);
    const pseudonymKey = await loadPseudonymKey(db);
    const summary = await importProject(db, actor, read, file.split(/[\\/]/).pop() ?? file, { pseudonymKey });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      const c = summary.counts;
      process.stdout.write(`${summary.projectId}\n`);
      say(
        words(
          {
            id: 'Diimpor: {codes} kode, {documents} dokumen, {segments} segmen, {codings} pengodean, {memos} memo, {informants} informan',
            en: 'Imported: {codes} codes, {documents} documents, {segments} segments, {codings} codings, {memos} memos, {informants} informants',
          },
          c,
        ),
      );
      for (const loss of summary.losses) say(`- ${loss.message}`);
    }
  });
}
