import { type SegmentUnitisation, segmentAgreement } from '../analysis/index.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { listCodes } from './codebook.service.ts';
import { documentLengths, roundSegmentCodings } from './rounds.repo.ts';
import { getRound } from './rounds.service.ts';

/** Inter-coder agreement of a closed coding round, per code and overall (issue #21 item 6). */

const METHOD = {
  all_text: {
    id: 'Satuan = setiap karakter (titik kode) dokumen putaran, seperti perbandingan pengodean NVivo; nilai seorang pengode 1 bila ia memberi kode itu pada segmen yang mencakup karakter tersebut, selain itu 0. Teks yang tidak dikode siapa pun dihitung sebagai kesepakatan. Koefisien per kode dari pustaka kesepakatan Simpul (nominal); keseluruhan = rata-rata kode yang dipakai.',
    en: "Units = every character (code point) of the round's documents, as NVivo's coding comparison; a coder's value is 1 when they applied the code to a segment covering the character, else 0. Text nobody coded counts as agreement. Coefficients per code from Simpul's agreement library (nominal); overall = mean over the codes used.",
  },
  coded_text: {
    id: 'Satuan = karakter yang diberi kode apa pun oleh sedikitnya satu pengode (teks yang tidak dikode siapa pun dikeluarkan, agar tidak menggelembungkan kesepakatan); nilai 1/0 per kode seperti varian NVivo. Keseluruhan = rata-rata kode yang dipakai.',
    en: 'Units = characters some coder coded with any code (text nobody coded left out, so it cannot inflate agreement); values 1/0 per code as in the NVivo variant. Overall = mean over the codes used.',
  },
} as const;

/** Agreement per code and overall of a closed round; while the round is open, a 422 (it would break blindness). */
export async function roundAgreement(db: Db, roundId: string, unitisation: SegmentUnitisation) {
  const round = await getRound(db, roundId);
  if (round.open) {
    throw errors.unprocessable(
      tr({
        id: 'Kesepakatan antar-pengode dihitung setelah ketua menutup putaran.',
        en: 'Inter-coder agreement is computed once the lead has closed the round.',
      }),
    );
  }
  const documents = await documentLengths(
    db,
    round.documents.map((d) => d.id),
  );
  const segments = await roundSegmentCodings(db, roundId);
  const codes = (await listCodes(db, round.projectId)).items.filter((c) => c.codable);
  const result = segmentAgreement(
    {
      documents: documents.map((d) => ({ id: d.id, length: d.body_code_points })),
      coders: round.coders.map((c) => c.id),
      codes: codes.map((c) => c.id),
      spans: segments.map((s) => ({
        document: s.document_id,
        coder: s.coder_id,
        start: s.start_cp,
        end: s.end_cp,
        codes: s.code_ids,
      })),
    },
    unitisation,
  );
  const perCode = result.perCode.map((p, i) => ({
    codeId: p.code,
    name: codes[i]?.name ?? p.code,
    codedCharacters: p.codedCharacters,
    percentAgreement: p.report?.percentAgreement ?? null,
    cohenKappa: p.report?.cohenKappa ?? null,
    fleissKappa: p.report?.fleissKappa ?? null,
    krippendorffAlpha: p.report?.krippendorffAlpha ?? null,
  }));
  const used = perCode.filter((p) => p.percentAgreement !== null);
  const mean = (pick: (p: (typeof used)[number]) => number | null | undefined) => {
    const values = used.map(pick).filter((v): v is number => typeof v === 'number');
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  return {
    roundId,
    unitisation,
    method: tr(METHOD[unitisation]),
    coders: round.coders.map((c) => ({ id: c.id, name: c.name })),
    units: result.units,
    perCode,
    overall: {
      codes: used.length,
      percentAgreement: mean((p) => p.percentAgreement?.value),
      cohenKappa: mean((p) => p.cohenKappa?.value),
      fleissKappa: mean((p) => p.fleissKappa?.value),
      krippendorffAlpha: mean((p) => p.krippendorffAlpha?.value),
    },
  };
}
