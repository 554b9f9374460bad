import type { Db } from '../db/database.ts';
import type { EvidenceCreate } from '../research/tie-evidence.schema.ts';
import { linkEvidence } from '../research/tie-evidence.service.ts';
import type { DemoProject } from './research.ts';
import type { DemoSegments } from './research-coding.ts';
import type { ResearchTies } from './research-ties.ts';

/**
 * Links the first coder's segments of the closed round to the demo ties, as the project's lead, so each
 * kind of dyadic corroboration shows on the centres' network pages:
 * - Cibaduyut's maklun tie: Pak Asep (its order-giver) and Kang Dedi (its maker) both describe it → both sides;
 * - Kang Dedi passing orders back to Pak Asep: no such tie on record, so his words record it → one side;
 * - a joint purchase of Kang Dedi's firm on record, which he says small firms like his cannot join → contradicted;
 * - the work Bu Nur's Trusmi showroom gives out to a pengrajin, told by her → one side;
 * - a joint purchase the cooperative's board member speaks of → third party.
 * Returns how many pieces were linked.
 */
export async function seedResearchEvidence(
  db: Db,
  project: DemoProject,
  ties: ResearchTies,
  segments: DemoSegments,
): Promise<number> {
  const links: (Omit<EvidenceCreate, 'segmentId'> & { passage: string })[] = [];
  const { cibaduyut, trusmi } = ties;
  if (cibaduyut) {
    links.push(
      { passage: 'asep-maklun', stance: 'supports', interactionId: cibaduyut.maklunTie },
      { passage: 'dedi-maklun', stance: 'supports', interactionId: cibaduyut.maklunTie },
      {
        passage: 'dedi-oper-order',
        stance: 'supports',
        ...(cibaduyut.orderSharingTie
          ? { interactionId: cibaduyut.orderSharingTie }
          : {
              newTie: {
                centerId: cibaduyut.centerId,
                fromEnterpriseId: cibaduyut.dediFirm,
                toEnterpriseId: cibaduyut.asepFirm,
                type: 'ORDER_SHARING',
                startDate: '2024-03-12',
              },
            }),
      },
    );
    if (cibaduyut.deniedTie)
      links.push({ passage: 'dedi-modal', stance: 'contradicts', interactionId: cibaduyut.deniedTie });
  }
  if (trusmi) {
    links.push({ passage: 'nur-maklun', stance: 'supports', interactionId: trusmi.maklunTie });
    if (trusmi.jointTie)
      links.push({ passage: 'rohman-beli-bersama', stance: 'supports', interactionId: trusmi.jointTie });
  }
  let linked = 0;
  for (const { passage, ...link } of links) {
    const segmentId = segments.get(passage);
    if (!segmentId) continue;
    await linkEvidence(db, project.lead, { segmentId, ...link });
    linked++;
  }
  return linked;
}
