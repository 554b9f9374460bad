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
 * Offsets are half-open code-point spans [start, end). Characters are counted in runs: each document is cut
 * at every segment boundary of any coder, so within a run every coder's set of codes is constant and all its
 * characters carry the same values; for one code, neighbouring runs with the same values join. A run is one
 * row of weight = its length, which every coefficient counts as that many identical characters — the
 * figures are those of one unit per character, at a cost that grows with the number of segments instead of
 * the length of the text.
 */
import { type AgreementReport, agreementReport } from './agreement-report.ts';
import type { CodeValue, ReliabilityUnit } from './reliability-data.ts';

export type SegmentUnitisation = 'all_text' | 'coded_text';

/** One coder's coded span of a document, with the codes applied to it. */
export interface CodedSpan {
  document: string;
  coder: string;
  start: number;
  end: number;
  codes: readonly string[];
}

/** The documents, coders, codes and coded spans of a comparison. */
export interface SegmentAgreementInput {
  /** Each document compared and its length in code points. */
  documents: readonly { id: string; length: number }[];
  /** The coders compared, in column order. */
  coders: readonly string[];
  /** The codes to report on. */
  codes: readonly string[];
  spans: readonly CodedSpan[];
}

/** The agreement on one code. */
export interface CodeAgreement {
  code: string;
  /** Characters the coders coded with this code, per coder (same order as `coders`). */
  codedCharacters: number[];
  /** Null when no coder used the code (nothing to compare; computing it would only cost time). */
  report: AgreementReport | null;
}

/** The agreement per code under one unitisation. */
export interface SegmentAgreement {
  unitisation: SegmentUnitisation;
  /** Characters used as units. */
  units: number;
  perCode: CodeAgreement[];
}

/** A span of a known coder inside its document, with the indexes of its listed codes. */
interface Span {
  coder: number;
  start: number;
  end: number;
  codes: number[];
  /** Whether the span carries any code at all (listed or not): it makes its text "coded". */
  coded: boolean;
}

/** Per code, the agreement of the coders over the documents' characters under `unitisation`. */
export function segmentAgreement(
  input: SegmentAgreementInput,
  unitisation: SegmentUnitisation,
): SegmentAgreement {
  const coders = input.coders.length;
  const coderIndex = new Map(input.coders.map((c, i) => [c, i]));
  const codeIndex = new Map(input.codes.map((c, i) => [c, i]));
  const docs = input.documents.map((d) => ({ id: d.id, length: Math.max(0, Math.floor(d.length)) }));
  const spansOf = new Map<string, Span[]>(docs.map((d) => [d.id, []]));
  const lengthOf = new Map(docs.map((d) => [d.id, d.length]));
  const used = new Set<number>();
  for (const span of input.spans) {
    const coder = coderIndex.get(span.coder);
    const list = spansOf.get(span.document);
    const length = lengthOf.get(span.document) ?? 0;
    if (coder === undefined || !list) continue;
    const start = Math.max(0, Math.trunc(span.start));
    const end = Math.min(length, Math.trunc(span.end));
    if (end <= start) continue;
    const codes = [...new Set(span.codes.map((c) => codeIndex.get(c)))].filter((k) => k !== undefined);
    for (const k of codes) used.add(k);
    list.push({ coder, start, end, codes, coded: span.codes.length > 0 });
  }

  // Values and unit objects per mask of coders are shared: the library reads values, never identity.
  const valuesOf = new Map<number, CodeValue[]>();
  const values = (mask: number) => {
    let v = valuesOf.get(mask);
    if (!v) {
      v = input.coders.map((_, c) => ((mask >> c) & 1 ? 1 : 0));
      valuesOf.set(mask, v);
    }
    return v;
  };
  const units = input.codes.map((): ReliabilityUnit[] => []);
  // Each code's last unit: where it ends and its mask, to lengthen it while the next run has the same values.
  const last: ({ document: string; end: number; mask: number; unit: ReliabilityUnit } | undefined)[] = [];
  const codedCharacters = input.codes.map(() => new Array<number>(coders).fill(0));
  const usedCodes = [...used].sort((a, b) => a - b);
  let unitCount = 0;
  // How many spans of coder c cover the current run with code k: cover[k * coders + c].
  const cover = new Int32Array(input.codes.length * coders);
  for (const d of docs) {
    const spans = spansOf.get(d.id) ?? [];
    const starts = [...spans].sort((a, b) => a.start - b.start);
    const ends = [...spans].sort((a, b) => a.end - b.end);
    const cuts = [...new Set([0, d.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    let s = 0;
    let e = 0;
    let coded = 0;
    const move = (span: Span, by: number) => {
      if (span.coded) coded += by;
      for (const k of span.codes) cover[k * coders + span.coder]! += by;
    };
    for (let i = 0; i + 1 < cuts.length; i++) {
      const at = cuts[i]!;
      const length = cuts[i + 1]! - at;
      for (; e < ends.length && ends[e]!.end <= at; e++) move(ends[e]!, -1);
      for (; s < starts.length && starts[s]!.start <= at; s++) move(starts[s]!, 1);
      if (unitisation === 'coded_text' && coded === 0) continue;
      unitCount += length;
      for (const k of usedCodes) {
        let mask = 0;
        for (let c = 0; c < coders; c++) {
          if (cover[k * coders + c]! > 0) {
            mask |= 1 << c;
            codedCharacters[k]![c]! += length;
          }
        }
        // A run continuing the code's previous one with the same values only lengthens it.
        const previous = last[k];
        if (previous && previous.document === d.id && previous.end === at && previous.mask === mask) {
          previous.end += length;
          previous.unit.weight = (previous.unit.weight ?? 0) + length;
        } else {
          const unit = { id: `${d.id}:${at}`, values: values(mask), weight: length };
          last[k] = { document: d.id, end: at + length, mask, unit };
          units[k]!.push(unit);
        }
      }
    }
    cover.fill(0);
  }

  const perCode = input.codes.map((code, k): CodeAgreement => {
    const characters = codedCharacters[k]!;
    if (characters.every((n) => n === 0)) return { code, codedCharacters: characters, report: null };
    const report = agreementReport({ coders: input.coders, units: units[k]! }, 'nominal');
    return { code, codedCharacters: characters, report };
  });
  return { unitisation, units: unitCount, perCode };
}
