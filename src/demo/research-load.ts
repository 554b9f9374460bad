import { currentActor, withActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { logResearchEvent } from '../research/projects.service.ts';
import { recomputeTieConfidence } from '../research/tie-evidence.service.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { DEFAULT_DEMO_SEED } from './demo-seed.ts';
import { RESEARCH_DEMO_ACCOUNTS } from './demo-users.ts';
import { DEMO_PROJECT_NAME, demoActor, seedResearchDemo, withdrawDemoInformant } from './research.ts';
import { seedResearchCoding } from './research-coding.ts';
import { seedResearchEvidence } from './research-evidence.ts';
import { seedResearchSurvey } from './research-survey.ts';
import { pickResearchTies } from './research-ties.ts';

const MESSAGES = {
  noAccounts: {
    id: 'Proyek penelitian demo dilewati: akun demo peneliti dan koder belum ada.',
    en: 'Demo research project skipped: the demo researcher and coder accounts do not exist.',
  },
  unchanged: {
    id: 'Proyek penelitian demo sudah ada; tidak ada yang berubah',
    en: 'Demo research project already there; nothing changed',
  },
  loaded: {
    id: 'Proyek penelitian demo "{name}": 6 informan, 3 transkrip, {segments} segmen dari 2 pengode, {evidence} bukti ikatan',
    en: 'Demo research project "{name}": 6 informants, 3 transcripts, {segments} segments by 2 coders, {evidence} pieces of tie evidence',
  },
};

/** The event that marks the demo project as loaded whole (written last). */
const LOADED = 'demo_loaded';

/**
 * Loads the demo research project (issue #21) after the demo dataset and its accounts — it needs the demo
 * researcher and the two coders, so it is skipped where they are not made (an external server). Idempotent:
 * a project loaded whole (its `demo_loaded` event written last, its informants still there) is left as it
 * is; one a load left unfinished, or whose informants a `--reset` of the registry emptied, is deleted and
 * loaded again. The services write in transactions of their own, so this runs outside the dataset's
 * transaction. Returns one translated line for the terminal.
 */
export async function loadDemoResearch(db: Db, options: { seed?: number } = {}): Promise<string> {
  const lead = await demoActor(db, RESEARCH_DEMO_ACCOUNTS.lead);
  const coders = await Promise.all(RESEARCH_DEMO_ACCOUNTS.coders.map((email) => demoActor(db, email)));
  if (!lead || coders.some((c) => !c)) return tr(MESSAGES.noAccounts);
  const existing = await db
    .selectFrom('research_projects as p')
    .select('p.id')
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('research_events as e')
            .whereRef('e.project_id', '=', 'p.id')
            .where('e.kind', '=', LOADED),
        )
        .as('loaded'),
      eb
        .exists(eb.selectFrom('research_informants as i').whereRef('i.project_id', '=', 'p.id'))
        .as('informed'),
    ])
    .where('p.name', '=', DEMO_PROJECT_NAME)
    .where('p.created_by', '=', lead.userId)
    .execute();
  if (existing.some((p) => p.loaded && p.informed)) return tr(MESSAGES.unchanged);
  await deleteUnfinished(
    db,
    existing.map((p) => p.id),
  );

  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const load = async () => {
    const ties = await pickResearchTies(db);
    const project = await seedResearchDemo(db, ties);
    const segments = await seedResearchCoding(db, project, seed);
    const evidence = await seedResearchEvidence(db, project, ties, segments);
    await seedResearchSurvey(db, project.projectId);
    await withdrawDemoInformant(db, project);
    await logResearchEvent(db, project.projectId, null, LOADED, { seed });
    const counted = await db
      .selectFrom('research_segments as s')
      .innerJoin('research_documents as d', 'd.id', 's.document_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('d.project_id', '=', project.projectId)
      .executeTakeFirstOrThrow();
    return { segments: Number(counted.n), evidence };
  };
  // As the dataset's loader: without a more specific actor, the audit trail names the demo loader.
  const actor = currentActor();
  const unattributed = actor.kind === 'system' && actor.label === 'system';
  const done = unattributed ? await withActor({ kind: 'system', label: 'demo' }, load) : await load();
  const fmt = (n: number) => n.toLocaleString(currentLang() === 'id' ? 'id-ID' : 'en-GB');
  return tr(MESSAGES.loaded, {
    name: DEMO_PROJECT_NAME,
    segments: fmt(done.segments),
    evidence: fmt(done.evidence),
  });
}

/**
 * Deletes demo projects a load left unfinished (or a reset emptied), segments first: a project's cascade
 * would otherwise reach its codes before the codings that point at them. Ties their evidence had moved get
 * their confidence back from the evidence that remains.
 */
async function deleteUnfinished(db: Db, projectIds: string[]): Promise<void> {
  if (projectIds.length === 0) return;
  const documents = db.selectFrom('research_documents').select('id').where('project_id', 'in', projectIds);
  const ties = await db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .select('e.interaction_id')
    .distinct()
    .where('s.document_id', 'in', documents)
    .execute();
  await db.deleteFrom('research_segments').where('document_id', 'in', documents).execute();
  await db.deleteFrom('research_projects').where('id', 'in', projectIds).execute();
  await recomputeTieConfidence(
    db,
    ties.map((t) => t.interaction_id),
  );
}
