/**
 * Inter-coder agreement of coded text segments (METHODS.md §8), unitised by character overlap as NVivo's
 * coding comparison does: every character of a document is a unit, and a coder's value for it is 1 when
 * the coder applied the code to a segment covering it, else 0. Each code is compared on its own; the
 * coefficients come from `agreementReport` (percent agreement, Cohen's κ for two coders, Fleiss' κ,
 * Krippendorff's α, nominal level).
 *
 * Two unitisations:
 * - `all_text` — every character of the documents (NVivo-compatible; text nobody coded counts as agreement);
 * - `coded_text` — only characters some coder coded with any code, so long uncoded stretches do not
 *   inflate agreement.
 *
 * Offsets are half-open code-point spans [start, end). Characters are not materialised one object each:
 * units with the same values share one object, so a 50,000-word transcript costs an array of references.
 */
import { type AgreementReport, agreementReport } from './agreement-report.ts';
import type { CodeValue } from './reliability-data.ts';

export type SegmentUnitisation = 'all_text' | 'coded_text';

/** One coder's coded span of a document, with the codes applied to it. */
export interface CodedSpan {
  document: string;
  coder: string;
  start: number;
  end: number;
  codes: readonly string[];
}

export interface SegmentAgreementInput {
  /** Each document compared and its length in code points. */
  documents: readonly { id: string; length: number }[];
  /** The coders compared, in column order. */
  coders: readonly string[];
  /** The codes to report on. */
  codes: readonly string[];
  spans: readonly CodedSpan[];
}

export interface CodeAgreement {
  code: string;
  /** Characters the coders coded with this code, per coder (same order as `coders`). */
  codedCharacters: number[];
  /** Null when no coder used the code (nothing to compare; computing it would only cost time). */
  report: AgreementReport | null;
}

export interface SegmentAgreement {
  unitisation: SegmentUnitisation;
  /** Characters used as units. */
  units: number;
  perCode: CodeAgreement[];
}

/** Per code, the agreement of the coders over the documents' characters under `unitisation`. */
export function segmentAgreement(
  input: SegmentAgreementInput,
  unitisation: SegmentUnitisation,
): SegmentAgreement {
  const coderIndex = new Map(input.coders.map((c, i) => [c, i]));
  const docs = input.documents.map((d) => ({ id: d.id, length: Math.max(0, Math.floor(d.length)) }));
  const anyCoded = new Map(docs.map((d) => [d.id, new Uint8Array(d.length)]));
  const byCode = new Map<string, Map<string, Uint8Array[]>>();
  for (const code of input.codes) {
    byCode.set(code, new Map(docs.map((d) => [d.id, input.coders.map(() => new Uint8Array(d.length))])));
  }
  for (const span of input.spans) {
    const c = coderIndex.get(span.coder);
    const any = anyCoded.get(span.document);
    if (c === undefined || !any) continue;
    const start = Math.max(0, span.start);
    const end = Math.min(any.length, span.end);
    if (end <= start) continue;
    if (span.codes.length > 0) any.fill(1, start, end);
    for (const code of span.codes) byCode.get(code)?.get(span.document)?.[c]?.fill(1, start, end);
  }
  // Units with the same values share one object: the library reads values, never identity.
  const shared = new Map<number, { id: string; values: CodeValue[] }>();
  const unitOf = (mask: number) => {
    let unit = shared.get(mask);
    if (!unit) {
      const values: CodeValue[] = input.coders.map((_, c) => ((mask >> c) & 1 ? 1 : 0));
      unit = { id: values.join(','), values };
      shared.set(mask, unit);
    }
    return unit;
  };
  let unitCount = 0;
  for (const d of docs) {
    const any = anyCoded.get(d.id)!;
    for (let i = 0; i < d.length; i++) if (unitisation === 'all_text' || any[i]) unitCount++;
  }
  const perCode = input.codes.map((code): CodeAgreement => {
    const units: { id: string; values: CodeValue[] }[] = new Array(unitCount);
    let u = 0;
    const codedCharacters = input.coders.map(() => 0);
    for (const d of docs) {
      const any = anyCoded.get(d.id)!;
      const marks = byCode.get(code)!.get(d.id)!;
      for (let i = 0; i < d.length; i++) {
        if (unitisation === 'coded_text' && !any[i]) continue;
        let mask = 0;
        for (let c = 0; c < marks.length; c++) {
          if (marks[c]![i]) {
            mask |= 1 << c;
            codedCharacters[c] = (codedCharacters[c] ?? 0) + 1;
          }
        }
        units[u++] = unitOf(mask);
      }
    }
    if (codedCharacters.every((n) => n === 0)) return { code, codedCharacters, report: null };
    return { code, codedCharacters, report: agreementReport({ coders: input.coders, units }, 'nominal') };
  });
  return { unitisation, units: unitCount, perCode };
}
