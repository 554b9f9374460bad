import PDFDocument from 'pdfkit';
import type { Db } from '../db/database.ts';
import { type Lang, tr } from '../shared/lang.ts';
import { imageFile } from './design-ledger.repo.ts';
import type { DesignRecord } from './design-ledger.schema.ts';
import { getDesignRecord } from './design-ledger.service.ts';
import { SHEET_WORDS as W } from './evidence-sheet.words.ts';

/** The public page a verification code is checked at (web/src/design-ledger/PublicCheckPage.tsx; no account). */
export const checkPath = (code: string): string => `/cek-desain?kode=${code}`;

/**
 * The evidence sheet of record `id` as a PDF (pdfkit, its built-in Helvetica): the record, its images
 * with their hashes, the server timestamp, the chain position and links, and the verification code.
 */
export async function evidenceSheet(db: Db, id: string, lang: Lang, baseUrl: string): Promise<Buffer> {
  const record = await getDesignRecord(db, id);
  const images = await Promise.all(record.images.map((image) => imageFile(db, image.id)));
  return renderSheet(
    record,
    images.map((file) => file?.content ?? null),
    lang,
    baseUrl,
  );
}

function renderSheet(
  record: DesignRecord,
  contents: (Buffer | null)[],
  lang: Lang,
  baseUrl: string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${tr(W.heading, {}, lang)} – ${record.title}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = (message: (typeof W)[keyof typeof W], params: Record<string, string | number> = {}) =>
    tr(message, params, lang);
  const field = (label: string, value: string, mono = false) => {
    doc.font('Helvetica-Bold').fontSize(9).text(label);
    doc
      .font(mono ? 'Courier' : 'Helvetica')
      .fontSize(mono ? 8.5 : 10)
      .text(value)
      .moveDown(0.4);
  };
  doc.font('Helvetica-Bold').fontSize(16).text(w(W.heading)).moveDown(0.5);
  doc.font('Helvetica').fontSize(9).text(w(W.intro)).moveDown();
  field(w(W.title), record.title);
  field(w(W.enterprise), record.enterpriseName);
  field(w(W.category), record.category);
  field(w(W.firstPublished), record.firstPublishedOn ?? w(W.unknown));
  if (record.description) field(w(W.description), record.description);
  field(w(W.recordedAt), record.recordedAt);
  field(w(W.position), String(record.seq));
  field(w(W.previousHash), record.previousHash, true);
  field(w(W.recordHash), record.recordHash, true);
  field(w(W.code), record.verificationCode, true);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(w(W.howToCheck, { url: `${baseUrl}${checkPath(record.verificationCode)}` }));
  for (const [index, image] of record.images.entries()) {
    doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(w(W.image, { n: index + 1 }))
      .moveDown(0.5);
    const content = contents[index];
    if (content) doc.image(content, { fit: [495, 480], align: 'center' }).moveDown();
    doc.y = Math.max(doc.y, 600);
    field(w(W.imageSha), image.sha256, true);
    field(w(W.originalSha), image.originalSha256, true);
    field(w(W.perceptual), image.perceptualHash, true);
  }
  doc.moveDown().font('Helvetica-Oblique').fontSize(8).text(w(W.footer));
  doc.end();
  return done;
}
