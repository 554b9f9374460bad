import PDFDocument from 'pdfkit';
import { type Lang, type Message, tr } from '../shared/lang.ts';

/** A pdfkit document (A4) with the few writing helpers the reports share. */
export interface Pen {
  doc: PDFKit.PDFDocument;
  lang: Lang;
  /** A message in the report's language, `{name}` placeholders filled. */
  w: (message: Message, params?: Record<string, string | number>) => string;
  /** Starts a new page when less than `height` points are left on this one. */
  room: (height: number) => void;
  heading: (text: string) => void;
  text: (text: string, options?: { size?: number; bold?: boolean; italic?: boolean }) => void;
  /** Label–value lines, the label bold. */
  pairs: (rows: [string, string][]) => void;
  /** A table with fixed column widths (points); the header row bold. */
  table: (headers: string[], rows: string[][], widths: number[]) => void;
  /** Ends the document and resolves with its bytes. */
  finish: () => Promise<Buffer>;
}

/**
 * `text` in the characters pdfkit's built-in Helvetica (WinAnsi) can show: the few symbols our glossary
 * uses outside it get their ASCII spelling instead of vanishing from the page.
 */
export function printable(text: string): string {
  return text
    .replace(/\u2212/g, '-')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/\u2248/g, '~');
}

/** Width of the writing area of an A4 page with the margins used. */
export const PAGE_WIDTH = 495;
const MARGIN = 50;
const BOTTOM = 842 - MARGIN;

/**
 * A new A4 document. Its CreationDate is `date` at midnight UTC, never the clock, so the same data on the
 * same day give the same bytes (pdfkit derives the file ID from the info dictionary): the CLI and the API
 * answer identical files.
 */
export function openPen(title: string, date: string, lang: Lang): Pen {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: title,
      Creator: 'Simpul',
      Producer: 'Simpul',
      CreationDate: new Date(`${date}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const room = (height: number) => {
    if (doc.y + height > BOTTOM) doc.addPage();
  };
  const pen: Pen = {
    doc,
    lang,
    w: (message, params = {}) => tr(message, params, lang),
    room,
    heading: (text) => {
      room(60);
      doc
        .moveDown(0.6)
        .font('Helvetica-Bold')
        .fontSize(13)
        .fillColor('#1f3b57')
        .text(printable(text), MARGIN);
      doc.fillColor('black').moveDown(0.3);
    },
    text: (text, options = {}) => {
      const font = options.bold ? 'Helvetica-Bold' : options.italic ? 'Helvetica-Oblique' : 'Helvetica';
      doc
        .font(font)
        .fontSize(options.size ?? 10)
        .text(printable(text), MARGIN, undefined, { width: PAGE_WIDTH })
        .moveDown(0.2);
    },
    pairs: (rows) => {
      for (const [label, value] of rows) {
        room(14);
        doc
          .font('Helvetica-Bold')
          .fontSize(9.5)
          .text(`${printable(label)}: `, MARGIN, undefined, { continued: true });
        doc.font('Helvetica').text(printable(value), { width: PAGE_WIDTH });
      }
      doc.moveDown(0.3);
    },
    table: (headers, rows, widths) => drawTable(doc, room, headers, rows, widths),
    finish: () => {
      doc.end();
      return done;
    },
  };
  return pen;
}

function drawTable(
  doc: PDFKit.PDFDocument,
  room: (height: number) => void,
  headers: string[],
  rows: string[][],
  widths: number[],
): void {
  const line = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height = Math.max(
      ...cells.map((c, i) => doc.heightOfString(printable(c), { width: (widths[i] ?? 60) - 4 })),
    );
    room(height + 4);
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(printable(cell), x, y, { width: (widths[i] ?? 60) - 4 });
      x += widths[i] ?? 60;
    });
    doc.y = y + height + 3;
    doc
      .moveTo(MARGIN, doc.y - 1)
      .lineTo(MARGIN + widths.reduce((a, b) => a + b, 0), doc.y - 1)
      .lineWidth(0.3)
      .strokeColor('#bbbbbb')
      .stroke();
  };
  line(headers, true);
  for (const row of rows) line(row, false);
  doc.x = MARGIN;
  doc.moveDown(0.4);
}
