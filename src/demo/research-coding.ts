import type { UserActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import {
  closeRound,
  createCode,
  createMemo,
  createRound,
  createSegment,
  freezeCodebook,
  listCodes,
} from '../research/coding.service.ts';
import { codePointLength } from '../shared/code-points.ts';
import { chance, createRng, type Rng } from './random.ts';
import type { DemoProject, DemoTranscript } from './research.ts';
import {
  type DemoMarking,
  type DemoPassage,
  FIRST_ROUND,
  SECOND_ROUND,
  SECOND_ROUND_CODE,
} from './research-coding.data.ts';
import { CIBADUYUT_1, CIBADUYUT_2, TRUSMI } from './research-transcripts.data.ts';

const TEXTS: Record<DemoTranscript, string> = {
  cibaduyut1: CIBADUYUT_1,
  cibaduyut2: CIBADUYUT_2,
  trusmi: TRUSMI,
};

/** The first coder's segments of the closed round by passage key, for the evidence demo. */
export type DemoSegments = ReadonlyMap<string, string>;

/**
 * Codes the demo project as its two coders would, through the coding services: the codebook frozen as
 * version 1, a blind first round over the three transcripts (`FIRST_ROUND`) that the lead closes, a memo
 * on where the coders parted, then a new sub-code, version 2 and a second blind round left open
 * (`SECOND_ROUND`). Each coder's boundaries move by a word now and then, drawn from `seed`, so the two
 * never mark quite the same span. Returns the first coder's segments of the first round by passage key.
 */
export async function seedResearchCoding(db: Db, project: DemoProject, seed: number): Promise<DemoSegments> {
  const { projectId, lead, coders } = project;
  const allDocuments = Object.values(project.documents);
  await freezeCodebook(
    db,
    lead,
    projectId,
    'Buku kode awal: tiga temuan studi dan sub-kodenya, sebelum putaran 1.',
  );
  const codes = new Map<string, string>();
  for (const code of (await listCodes(db, projectId)).items) if (code.key) codes.set(code.key, code.id);

  const first = await createRound(db, lead, projectId, {
    name: 'Putaran 1: tiga wawancara pertama',
    documentIds: allDocuments,
    coderIds: coders.map((c) => c.userId),
    blind: true,
  });
  const segments = new Map<string, string>();
  for (const [i, coder] of coders.entries()) {
    const rng = createRng(seed, `research/round-1/coder-${i + 1}`);
    for (const passage of FIRST_ROUND) {
      const id = await code(
        db,
        project,
        coder,
        passage,
        i === 0 ? passage.first : passage.second,
        codes,
        rng,
      );
      if (id && i === 0) segments.set(passage.key, id);
    }
  }
  await closeRound(db, lead, first.id);
  const memoTarget = codes.get('institutions.association');
  if (memoTarget)
    await createMemo(db, lead, projectId, {
      targetKind: 'code',
      targetId: memoTarget,
      body:
        'Putaran 1: koder kedua memberi "Paguyuban / koperasi" pada setiap penyebutan paguyuban, koder pertama ' +
        'hanya bila lembaganya bertindak. Disepakati: kode ini untuk peran atau kegiatan lembaga; ' +
        'ketiadaan aturan masuk sub-kode baru "Aturan bersama sentra".',
    });

  const { id: rulesId } = await createCode(db, projectId, {
    parentId: codes.get('institutions') ?? null,
    name: SECOND_ROUND_CODE.name,
    glossEn: SECOND_ROUND_CODE.glossEn,
    definition: SECOND_ROUND_CODE.definition,
    color: SECOND_ROUND_CODE.color,
    position: 4,
  });
  codes.set(SECOND_ROUND_CODE.key, rulesId);
  await freezeCodebook(
    db,
    lead,
    projectId,
    'Sesudah putaran 1: sub-kode "Aturan bersama sentra" ditambahkan.',
  );
  await createRound(db, lead, projectId, {
    name: 'Putaran 2: aturan bersama sentra',
    documentIds: [project.documents.cibaduyut1, project.documents.cibaduyut2],
    coderIds: coders.map((c) => c.userId),
    blind: true,
  });
  for (const [i, coder] of coders.entries()) {
    const rng = createRng(seed, `research/round-2/coder-${i + 1}`);
    for (const passage of SECOND_ROUND)
      await code(db, project, coder, passage, i === 0 ? passage.first : passage.second, codes, rng);
  }
  return segments;
}

/** One coder's segment on a passage (in the coder's open round of the document); null when left uncoded. */
async function code(
  db: Db,
  project: DemoProject,
  coder: UserActor,
  passage: DemoPassage,
  marking: DemoMarking | null,
  codes: ReadonlyMap<string, string>,
  rng: Rng,
): Promise<string | null> {
  if (!marking) return null;
  const text = TEXTS[passage.document];
  const words = marking.words ?? passage.words;
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`research demo: "${words.slice(0, 40)}…" is not in ${passage.document}`);
  const [start, end] = jitter(words, rng);
  const codeIds = marking.codes.map((key) => {
    const id = codes.get(key);
    if (!id) throw new Error(`research demo: no code ${key}`);
    return id;
  });
  const segment = await createSegment(db, coder, project.documents[passage.document], {
    startCp: codePointLength(text.slice(0, at)) + start,
    endCp: codePointLength(text.slice(0, at)) + end,
    codeIds,
    informantId: speakerOf(text, at, project),
  });
  return segment.id;
}

/**
 * The span a coder actually drags over `words`, in code points from its start: now and then a word short
 * at the start or the end (never longer, so it stays within the speaker's turn).
 */
function jitter(words: string, rng: Rng): [number, number] {
  const length = codePointLength(words);
  const spaces = [...words.matchAll(/ /g)].map((m) => codePointLength(words.slice(0, m.index)));
  const [firstSpace, lastSpace] = [spaces[0], spaces[spaces.length - 1]];
  if (spaces.length < 6 || firstSpace === undefined || lastSpace === undefined) return [0, length];
  const start = chance(rng, 0.3) ? firstSpace + 1 : 0;
  const end = chance(rng, 0.3) ? lastSpace : length;
  return [start, end];
}

/** The informant whose turn holds offset `at` (the line's "Pseudonym:" prefix), when the document has several. */
function speakerOf(text: string, at: number, project: DemoProject): string | null {
  const line = text.slice(text.lastIndexOf('\n', at) + 1);
  const name = line.slice(0, line.indexOf(':'));
  return project.informants.get(name) ?? null;
}
