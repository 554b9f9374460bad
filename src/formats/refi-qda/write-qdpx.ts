/**
 * A `.qdpx` package: a ZIP with `project.qde` at its root and each text source as BOM-free UTF-8 under
 * `sources/<GUID>.txt`. Written as a stream (yazl): the XML is produced chunk by chunk while the ZIP is
 * read, and each source's bytes are made only when its entry is reached, so memory stays near the size
 * of the project model itself.
 */

import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { CodePointIndex } from './code-points.ts';
import { LossReport } from './loss-report.ts';
import type { QdaCodebook, QdaProject } from './model.ts';
import { codebookXml, defaultGuid, projectXml, sourceEntryName, type WriteOptions } from './write-qde.ts';

/** Entry dates inside the package: fixed, so the same project gives the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

/** Groups small chunks so the ZIP deflates a few kilobytes at a time rather than a tag at a time. */
function* batched(chunks: Iterable<string>, size = 64 * 1024): Generator<Buffer> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= size) {
      yield Buffer.from(pending, 'utf8');
      pending = '';
    }
  }
  if (pending !== '') yield Buffer.from(pending, 'utf8');
}

export interface QdpxStream {
  /** The ZIP bytes. */
  stream: Readable;
  /** What could not be carried over; complete once `stream` has ended. */
  report: LossReport;
}

/**
 * The project with any source text's leading BOM removed and its selections moved back by one code point
 * with it, so the written files are BOM-free and the positions still point at the same characters.
 */
function withoutBom(project: QdaProject): QdaProject {
  if (!project.sources.some((s) => s.text.startsWith('\uFEFF'))) return project;
  return {
    ...project,
    sources: project.sources.map((s) =>
      s.text.startsWith('\uFEFF')
        ? {
            ...s,
            text: s.text.slice(1),
            selections: s.selections.map((sel) => ({
              ...sel,
              start: Math.max(0, sel.start - 1),
              end: Math.max(0, sel.end - 1),
            })),
          }
        : s,
    ),
  };
}

/** Starts writing `project` as a `.qdpx`; read `stream` to get the bytes. */
export function qdpxStream(input: QdaProject, options: WriteOptions = {}): QdpxStream {
  const project = withoutBom(input);
  const report = new LossReport();
  const guid = options.guid ?? defaultGuid;
  const zip = new yazl.ZipFile();
  const entry = { mtime: ENTRY_DATE, mode: 0o100644 };
  zip.addReadStream(
    Readable.from(
      batched(projectXml(project, report, { ...options, guid }, (text) => new CodePointIndex(text))),
    ),
    'project.qde',
    entry,
  );
  for (const source of project.sources) {
    // Lazily: the bytes of a source exist only while its entry is being compressed.
    const bytes = function* () {
      yield Buffer.from(source.text, 'utf8');
    };
    zip.addReadStream(Readable.from(bytes()), sourceEntryName(guid('source', source.id)), entry);
  }
  zip.end();
  return { stream: zip.outputStream as unknown as Readable, report };
}

/** Writes `project` as a `.qdpx` into `out`; returns the export's loss report. */
export async function writeQdpx(
  project: QdaProject,
  out: Writable,
  options: WriteOptions = {},
): Promise<LossReport> {
  const { stream, report } = qdpxStream(project, options);
  await pipeline(stream, out);
  return report;
}

/** `project.qde` alone, as one string (for tests and small projects). */
export function projectQdeString(
  input: QdaProject,
  options: WriteOptions = {},
): { xml: string; report: LossReport } {
  const project = withoutBom(input);
  const report = new LossReport();
  const xml = [...projectXml(project, report, options, (text) => new CodePointIndex(text))].join('');
  return { xml, report };
}

/** A codebook as `.qdc` text. A codebook without codes is refused: the schema needs at least one. */
export function codebookQdcString(
  codebook: QdaCodebook,
  options: WriteOptions = {},
): { xml: string; report: LossReport } {
  if (codebook.codes.length === 0) {
    throw new AppError(
      'unprocessable',
      tr({
        id: 'Buku kode kosong: QDC memerlukan setidaknya satu kode',
        en: 'The codebook is empty: a QDC needs at least one code',
      }),
    );
  }
  const report = new LossReport();
  const xml = [...codebookXml(codebook, report, options)].join('');
  return { xml, report };
}
