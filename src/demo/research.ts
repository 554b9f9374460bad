import type { Role, UserActor } from '../auth/actor.ts';
import { findUserByEmail, findUserWithScopes } from '../auth/users.repo.ts';
import type { Db } from '../db/database.ts';
import { createDocument } from '../research/documents.service.ts';
import { createInformant, withdrawFromStudy } from '../research/informants.service.ts';
import { createProject, putMember } from '../research/projects.service.ts';
import type { ConsentScope } from '../research/research.table.ts';
import { RESEARCH_DEMO_ACCOUNTS } from './demo-users.ts';
import type { ResearchTies } from './research-ties.ts';
import { CIBADUYUT_1, CIBADUYUT_2, TRUSMI } from './research-transcripts.data.ts';

/** The demo project's name: with its lead, what finds it again (the table has no external id). */
export const DEMO_PROJECT_NAME = 'Kemitraan dan konflik di sentra';

/** The three transcripts of the demo project. */
export type DemoTranscript = 'cibaduyut1' | 'cibaduyut2' | 'trusmi';

/** What the coding and evidence demos build on: the project, its people, informants and documents. */
export interface DemoProject {
  projectId: string;
  lead: UserActor;
  coders: readonly [UserActor, UserActor];
  /** Informant ids by pseudonym. */
  informants: ReadonlyMap<string, string>;
  documents: Readonly<Record<DemoTranscript, string>>;
}

/** The demo account `email` as an actor (the loader acts for it through the services); null when missing. */
export async function demoActor(db: Db, email: string): Promise<UserActor | null> {
  const row = await findUserByEmail(db, email);
  const found = row && (await findUserWithScopes(db, row.id));
  if (!found) return null;
  return {
    kind: 'user',
    userId: found.user.id,
    email: found.user.email,
    role: found.user.role as Role,
    scopes: found.scopes,
    personalDataAccess: found.user.personal_data_access,
    via: 'cli',
    readOnly: false,
  };
}

const ALL: readonly ConsentScope[] = ['interview', 'quotation', 'sharing'];
const LINKED: readonly ConsentScope[] = [...ALL, 'registry_link'];

/**
 * The demo's field-research project (issue #21): "Kemitraan dan konflik di sentra" in Cibaduyut and
 * Trusmi, made through the research services as its lead (so it starts from the seeded codebook) with the
 * two demo coders, six informants with their consents — Pak Asep, Kang Dedi and Bu Nur linked to the firms
 * of `ties` (their registry_link consent given) — and three short interview transcripts in Bahasa
 * Indonesia. The coding, evidence and withdrawal demos build on it (`research-load.ts` runs them in order).
 */
export async function seedResearchDemo(db: Db, ties: ResearchTies): Promise<DemoProject> {
  const lead = await demoActor(db, RESEARCH_DEMO_ACCOUNTS.lead);
  const first = await demoActor(db, RESEARCH_DEMO_ACCOUNTS.coders[0]);
  const second = await demoActor(db, RESEARCH_DEMO_ACCOUNTS.coders[1]);
  if (!lead || !first || !second)
    throw new Error('seedResearchDemo: the demo research accounts must exist first');
  const cibaduyut = ties.cibaduyut?.centerId ?? null;
  const trusmi = ties.trusmi?.centerId ?? null;

  const { id: projectId } = await createProject(db, lead, {
    name: DEMO_PROJECT_NAME,
    description:
      'Wawancara dengan pemilik dan pekerja IKM di sentra alas kaki Cibaduyut dan sentra batik Trusmi: ' +
      'kelembagaan dan tantangannya, kemitraan mikro, dan konflik kepentingan.',
    centerIds: [cibaduyut, trusmi].filter((c): c is string => c !== null),
  });
  for (const coder of [first, second])
    await putMember(db, lead, projectId, { userId: coder.userId, role: 'coder' });

  const informants = new Map<string, string>();
  const informant = async (
    pseudonym: string,
    role: string,
    centerId: string | null,
    enterpriseId: string | null,
    scopes: readonly ConsentScope[] = enterpriseId ? LINKED : ALL,
  ) => {
    const { id } = await createInformant(db, lead, projectId, {
      pseudonym,
      role,
      centerId,
      enterpriseId,
      notes: null,
      consents: scopes.map((scope) => ({ scope, grantedOn: '2024-03-04' })),
    });
    informants.set(pseudonym, id);
    return id;
  };
  const asep = await informant('Pak Asep', 'owner', cibaduyut, ties.cibaduyut?.asepFirm ?? null);
  const dedi = await informant('Kang Dedi', 'owner', cibaduyut, ties.cibaduyut?.dediFirm ?? null);
  // A worker who agreed to be interviewed but not quoted: her words stay inside the project.
  const yanti = await informant('Bu Yanti', 'worker', cibaduyut, null, ['interview', 'sharing']);
  const nur = await informant('Bu Nur', 'owner', trusmi, ties.trusmi?.nurFirm ?? null);
  const rohman = await informant('Pak Rohman', 'board_member', trusmi, null);
  const wati = await informant('Mbak Wati', 'owner', trusmi, null);

  const document = async (title: string, heldOn: string, place: string, ids: string[], text: string) =>
    (
      await createDocument(
        db,
        lead,
        projectId,
        { kind: 'interview', title, heldOn, place, informantIds: ids, interviewerIds: [lead.userId] },
        text,
        { format: 'pasted', filename: null },
      )
    ).id;
  const documents = {
    cibaduyut1: await document(
      'Wawancara Pak Asep dan Kang Dedi',
      '2024-03-12',
      'Cibaduyut, Bandung',
      [asep, dedi],
      CIBADUYUT_1,
    ),
    cibaduyut2: await document(
      'Wawancara Bu Yanti',
      '2024-03-13',
      'Cibaduyut, Bandung',
      [yanti],
      CIBADUYUT_2,
    ),
    trusmi: await document(
      'Wawancara kelompok Trusmi',
      '2024-04-02',
      'Trusmi, Cirebon',
      [nur, rohman, wati],
      TRUSMI,
    ),
  };
  return { projectId, lead, coders: [first, second], informants, documents };
}

/**
 * Mbak Wati withdraws from the study after the first round: her excerpts drop out of every view and of the
 * round's agreement; the group interview keeps its text for the others (the withdrawal job erases nothing).
 */
export async function withdrawDemoInformant(db: Db, project: DemoProject): Promise<void> {
  const wati = project.informants.get('Mbak Wati');
  if (wati) await withdrawFromStudy(db, project.lead, wati, '2024-05-20');
}
