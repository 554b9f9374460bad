import type { Actor } from '../auth/actor.ts';
import { pseudonym, seesPseudonyms } from '../auth/pseudonym.ts';
import { interactionPolicy } from './interactions.policy.ts';
import type { Interaction } from './interactions.schema.ts';

/**
 * A tie as `actor` may see it. Researchers without personal-data access get the enterprise ends as the
 * same stable pseudonyms the enterprise API gives (`IKM-…`), and no evidence notes (free text that may
 * name people); institution names stay, as institutions are public. An enterprise user never reads the
 * evidence notes of a confidential tie.
 */
export function interactionAsSeenBy(actor: Actor, key: string, tie: Interaction): Interaction {
  const notes = interactionPolicy.seesEvidenceNotes(actor, tie) ? tie.evidenceNotes : null;
  if (!seesPseudonyms(actor)) return { ...tie, evidenceNotes: notes };
  return {
    ...tie,
    fromEnterpriseName: pseudonym(key, 'IKM', tie.fromEnterpriseId),
    toEnterpriseName: tie.toEnterpriseId ? pseudonym(key, 'IKM', tie.toEnterpriseId) : null,
    evidenceNotes: null,
  };
}
