/**
 * The reference for `bench/round-agreement.bench.ts` and the equivalence test of
 * `src/analysis/agreement/segment-agreement.ts`: the per-character unitisation Simpul used before the
 * run-length one (every code point of a document one unit, one 0/1 mark array per code × coder ×
 * document). Kept only to show, on random segmentations and on a long transcript, that the run-length
 * units give the same coefficients, and how much faster they are.
 */
import { agreementReport } from '../src/analysis/agreement/agreement-report.ts';
import type { CodeValue } from '../src/analysis/agreement/reliability-data.ts';
import type {
  CodeAgreement,
  SegmentAgreement,
  SegmentAgreementInput,
  SegmentUnitisation,
} from '../src/analysis/agreement/segment-agreement.ts';

/** Per code, the agreement of the coders over the documents' characters, one unit per character. */
export function perCharacterAgreement(
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
