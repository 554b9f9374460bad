import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { rm } from './messages.ts';

/** The poster's side: every invited firm and where its invitation stands (answered, declined, no answer yet). */
export function InvitationList({ request: r }: { request: RequestDetail }) {
  const { t } = useI18n();
  if (!r.isPosterSide || r.invitations.length === 0) return null;
  const state = (i: RequestDetail['invitations'][number]) =>
    i.declinedAt ? 'declined' : i.answered ? 'answered' : 'pending';
  const word = {
    declined: rm.invitationDeclined,
    answered: rm.invitationAnswered,
    pending: rm.invitationPending,
  };
  return (
    <>
      <h3>{t(rm.invitationsTitle)}</h3>
      <ul data-testid="invitations">
        {r.invitations.map((i) => (
          <li key={i.enterpriseId} data-enterprise={i.enterpriseId} data-state={state(i)}>
            {i.enterpriseName} <span className="muted">· {t(word[state(i)])}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
