/**
 * REFI-QDA export (issue #21, point 9): a project of 200 transcripts and 20,000 coded segments written as
 * a `.qdpx` through the streaming writer into a file, target < 5 s. Prints the time, the package's size and
 * the peak memory above the model (RSS and heap sampled every 5 ms while writing); then reads the package
 * back once and checks the segment count, so the figure is for a file that imports.
 * `--quick`: 20 transcripts / 2,000 segments.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  codePointLength,
  type QdaCode,
  type QdaProject,
  readRefiQdaFile,
  writeQdpx,
} from '../src/formats/refi-qda/index.ts';
import { benchStart, QUICK } from './report.ts';
import { random, transcript } from './synthetic-transcript.ts';

const DOCUMENTS = QUICK ? 20 : 200;
const SEGMENTS_PER_DOCUMENT = 100;
const report = benchStart();

const codes: QdaCode[] = Array.from({ length: 3 }, (_, t) => ({
  id: `theme-${t}`,
  name: `Tema ${t + 1}`,
  codable: false,
  children: Array.from({ length: 9 }, (_, c) => ({
    id: `code-${t}-${c}`,
    name: `Kode ${t + 1}.${c + 1}`,
    codable: true,
    children: [],
  })),
}));
const codeIds = codes.flatMap((t) => t.children.map((c) => c.id));
const project: QdaProject = {
  name: 'Bench',
  users: [
    { id: 'coder-1', name: 'Pengode 1' },
    { id: 'coder-2', name: 'Pengode 2' },
  ],
  codes,
  variables: [{ id: 'role', name: 'Peran', type: 'Text' }],
  cases: [],
  sources: [],
  notes: [],
  links: [],
  sets: [],
};
for (let d = 0; d < DOCUMENTS; d++) {
  const text = transcript();
  const length = codePointLength(text);
  const selections = Array.from({ length: SEGMENTS_PER_DOCUMENT }, (_, s) => {
    const start = Math.floor(random() * (length - 400));
    return {
      id: `sel-${d}-${s}`,
      start,
      end: start + 20 + Math.floor(random() * 300),
      userId: s % 2 === 0 ? 'coder-1' : 'coder-2',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, s)),
      codings: [
        {
          id: `coding-${d}-${s}`,
          codeId: codeIds[s % codeIds.length] as string,
          userId: s % 2 === 0 ? 'coder-1' : 'coder-2',
        },
      ],
    };
  });
  project.sources.push({
    id: `doc-${d}`,
    name: `Wawancara ${d + 1}`,
    text,
    selections,
    codings: [],
    values: [],
  });
  project.cases.push({
    id: `case-${d}`,
    name: `Informan ${d + 1}`,
    values: [{ variableId: 'role', value: 'pemilik' }],
    sourceIds: [`doc-${d}`],
    selectionIds: [],
  });
}

const folder = mkdtempSync(path.join(tmpdir(), 'simpul-qdpx-bench-'));
try {
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
  const t0 = performance.now();
  const losses = await writeQdpx(project, createWriteStream(file));
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  const segments = DOCUMENTS * SEGMENTS_PER_DOCUMENT;
  console.log(
    `Export of ${DOCUMENTS} documents / ${segments} segments: ${ms.toFixed(0)} ms, package ${mb(statSync(file).size)} MB, ` +
      `peak RSS +${mb(peakRss - base.rss)} MB, peak heap +${mb(peakHeap - base.heapUsed)} MB above the model (model heap ${mb(base.heapUsed)} MB); losses: ${losses.entries.length}`,
  );
  const t1 = performance.now();
  const read = await readRefiQdaFile(file);
  const readMs = performance.now() - t1;
  const readSegments =
    read.kind === 'project' ? read.project.sources.reduce((n, s) => n + s.selections.length, 0) : 0;
  if (readSegments !== segments) throw new Error(`read back ${readSegments} segments, wrote ${segments}`);
  console.log(`Read back: ${readMs.toFixed(0)} ms, ${readSegments} segments`);
  report.headline({
    what: `QDPX export, ${DOCUMENTS} documents / ${segments} segments, streaming`,
    ours: `${ms.toFixed(0)} ms, +${mb(peakRss - base.rss)} MB RSS`,
    reference: '—',
    ratio: 'target < 5 s',
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
report.end();
