import { useState } from 'react';
import type { Invitation } from '../../../src/requests/offers.schema.ts';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { todayWib } from '../i18n/today.ts';
import { TextAreaField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

/**
 * An invited firm's side of its invitations (the API shows a firm only its own): decline one, with an
 * optional reason, or read that it declined. The invitation has no reason field, so the reason goes to the
 * request's question thread, where the poster reads it beside the firm's name.
 */
export function DeclineInvitation({ request: r, onChange }: { request: RequestDetail; onChange(): void }) {
  if (r.isPosterSide || r.invitations.length === 0) return null;
  return (
    <div data-testid="own-invitations">
      {r.invitations.map((i) => (
        <OwnInvitation key={i.enterpriseId} request={r} invitation={i} onChange={onChange} />
      ))}
    </div>
  );
}

interface Props {
  request: RequestDetail;
  invitation: Invitation;
  onChange(): void;
}

function OwnInvitation({ request: r, invitation: i, onChange }: Props) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, run, fieldError } = useSubmit();
  const decline = () =>
    void run(async () => {
      await api.send('POST', '/requests/:id/invitation-reply', {
        params: { id: r.id },
        body: { enterpriseId: i.enterpriseId, reply: 'declined' },
      });
      const why = text(reason);
      if (why) {
        await api.send('POST', '/requests/:id/messages', {
          params: { id: r.id },
          body: { enterpriseId: i.enterpriseId, messageBody: t(rm.declineMessage, { reason: why }) },
        });
      }
      setAsking(false);
      onChange();
    });
  if (i.declinedAt) {
    const date = formatDate(lang, todayWib(new Date(i.declinedAt)));
    return (
      <p className="muted" data-testid="invitation-declined">
        {t(rm.youDeclined, { firm: i.enterpriseName, date })}
      </p>
    );
  }
  if (i.answered || r.status !== 'open') return null;
  return (
    <div data-testid="invitation" data-enterprise={i.enterpriseId}>
      <p>{t(rm.invitedYou, { firm: i.enterpriseName })}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {asking ? (
        <form
          data-testid="decline-form"
          onSubmit={(e) => {
            e.preventDefault();
            decline();
          }}
        >
          <TextAreaField
            label={t(rm.declineReason)}
            name="declineReason"
            value={reason}
            onChange={setReason}
            error={fieldError('messageBody')}
          />
          <div className="form-actions">
            <button type="submit" className="danger" disabled={busy}>
              {t(rm.declineConfirm)}
            </button>
            <button type="button" disabled={busy} onClick={() => setAsking(false)}>
              {t(rm.cancelEdit)}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" disabled={busy} onClick={() => setAsking(true)}>
          {t(rm.declineInvitation)}
        </button>
      )}
    </div>
  );
}
