/**
 * REFI-QDA export end to end (issue #21, point 9): a research project of 200 interview transcripts and
 * 20,000 coded segments by two coders in the database, exported by the service the route and the CLI call
 * (`exportProjectQdpx`: the consent-cleared, pseudonymised read, the model, the streaming ZIP) into a file;
 * target < 5 s. Prints the time to the last byte, the package's size and the peak memory (RSS and heap
 * sampled every 5 ms), then reads the package back and checks the segment count. The reference in the same
 * run is the library writer alone on the model the service built (`bench/qdpx.bench.ts` times it on a
 * synthetic model). `--quick`: 20 transcripts / 2,000 segments.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { createUser } from '../src/auth/users.service.ts';
import { readRefiQdaFile, writeQdpx } from '../src/formats/refi-qda/index.ts';
import { seedCodebook } from '../src/research/codebook-seed.ts';
import { exportProjectQdpx, projectForExport } from '../src/research/qdpx/qdpx.service.ts';
import { insertDocument, insertInformant, insertProject } from '../src/research/research.test-helpers.ts';
import { codePointLength } from '../src/shared/code-points.ts';
import { benchStart, QUICK } from './report.ts';
import { openScratchDatabase } from './scratch-database.ts';
import { random, transcript } from './synthetic-transcript.ts';

const DOCUMENTS = QUICK ? 20 : 200;
const SEGMENTS_PER_DOCUMENT = 100;
const report = benchStart();

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
const scratch = await openScratchDatabase('qdpx', 54421);
const { db } = scratch;
const folder = mkdtempSync(path.join(tmpdir(), 'simpul-qdpx-export-bench-'));
try {
  const t0 = performance.now();
  const projectId = await insertProject(db);
  await seedCodebook(db, projectId);
  const codeIds = (
    await db
      .selectFrom('research_codes')
      .select('id')
      .where('project_id', '=', projectId)
      .where('parent_id', 'is not', null)
      .execute()
  ).map((c) => c.id);
  const coders: string[] = [];
  for (const n of [1, 2]) {
    const user = await createUser(db, {
      email: `pengode${n}@bench.example`,
      displayName: `Pengode ${n}`,
      role: 'researcher',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    coders.push(user.id);
  }
  const informant = await insertInformant(db, projectId, {
    pseudonym: 'Informan 1',
    consents: ['interview', 'quotation', 'sharing'],
  });
  for (let d = 0; d < DOCUMENTS; d++) {
    const body = transcript();
    const length = codePointLength(body);
    const documentId = await insertDocument(db, projectId, body, [informant]);
    const segments = Array.from({ length: SEGMENTS_PER_DOCUMENT }, (_, s) => {
      const start = Math.floor(random() * (length - 400));
      return {
        document_id: documentId,
        coder_id: coders[s % 2] as string,
        informant_id: informant,
        start_cp: start,
        end_cp: start + 20 + Math.floor(random() * 300),
      };
    });
    const ids = await db.insertInto('research_segments').values(segments).returning('id').execute();
    await db
      .insertInto('research_codings')
      .values(ids.map((r, s) => ({ segment_id: r.id, code_id: codeIds[s % codeIds.length] as string })))
      .execute();
  }
  await sql`ANALYZE`.execute(db);
  const segments = DOCUMENTS * SEGMENTS_PER_DOCUMENT;
  console.log(
    `Project: ${DOCUMENTS} documents, ${segments} segments, ${codeIds.length} codes; built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const options = { pseudonymKey: 'bench-key', today: '2026-12-07' };
  await pipeline(
    (await exportProjectQdpx(db, projectId, options)).stream,
    createWriteStream(path.join(folder, 'warm.qdpx')),
  );
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const file = path.join(folder, 'bench.qdpx');
  const t1 = performance.now();
  const exported = await exportProjectQdpx(db, projectId, options);
  await pipeline(exported.stream, createWriteStream(file));
  const ms = performance.now() - t1;
  clearInterval(sampler);
  console.log(
    `Export through the service: ${ms.toFixed(0)} ms to the last byte, package ${mb(statSync(file).size)} MB, ` +
      `peak RSS +${mb(peakRss - base.rss)} MB, peak heap +${mb(peakHeap - base.heapUsed)} MB`,
  );
  // The reference in the same run: the library writer alone, on the model the service builds.
  const { project } = await projectForExport(db, projectId, options);
  const t2 = performance.now();
  await writeQdpx(project, createWriteStream(path.join(folder, 'writer.qdpx')));
  const writerMs = performance.now() - t2;
  console.log(`Reference, the library writer alone on the same model: ${writerMs.toFixed(0)} ms`);
  const read = await readRefiQdaFile(file);
  const readSegments =
    read.kind === 'project' ? read.project.sources.reduce((n, s) => n + s.selections.length, 0) : 0;
  if (readSegments !== segments) throw new Error(`read back ${readSegments} segments, wrote ${segments}`);
  console.log(`Read back: ${readSegments} segments`);
  report.headline({
    what: `QDPX export through the service (database read, consent check, pseudonyms, streaming ZIP), ${DOCUMENTS} documents / ${segments} segments`,
    ours: `${ms.toFixed(0)} ms, +${mb(peakRss - base.rss)} MB RSS`,
    reference: `the library writer alone on the same model: ${writerMs.toFixed(0)} ms`,
    ratio: `${(ms / writerMs).toFixed(1)}× the writer; target < 5 s`,
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
  await scratch.close();
  report.end();
}
