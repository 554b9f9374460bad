import { useState } from 'react';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate, formatNumber, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { todayWib } from '../i18n/today.ts';
import { TableWrap } from '../network/TableWrap.tsx';
import { SelectField } from '../ui/Field.tsx';
import { AnswerEdit } from './AnswerEdit.tsx';
import { AnswerFields, answerBody, answerValues } from './AnswerFields.tsx';
import { DeclineInvitation } from './DeclineInvitation.tsx';
import { InvitationList } from './InvitationList.tsx';
import { rm } from './messages.ts';

/**
 * The answers (all for the poster's side, one's own for a firm), the answer form, one's own answer to edit or
 * withdraw, invitations (declined by the invitee, listed with their state for the poster), non-responders.
 */
export function OffersPanel({ request: r, onChange }: { request: RequestDetail; onChange(): void }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [values, setValues] = useState(() => answerValues());
  const [invitee, setInvitee] = useState('');
  const { busy, error, run, fieldError } = useSubmit();
  // A firm that declined its invitation is not offered the answer form.
  const declined = new Set(r.invitations.filter((i) => i.declinedAt).map((i) => i.enterpriseId));
  const answerAs = r.mayAnswerAs.find((e) => !declined.has(e));
  const mine = new Set(user?.scopes.enterprises ?? []);
  const takesAnswers = r.status === 'open' && todayWib() <= r.answerDeadline;
  const ownAnswers = takesAnswers && !r.isPosterSide ? r.answers.filter((a) => mine.has(a.enterpriseId)) : [];
  const center = r.targetCenterIds[0];
  const members = useApi(
    (signal) =>
      r.isPosterSide && center && ['draft', 'in_review', 'open'].includes(r.status)
        ? api.get('/enterprises', { query: { center, limit: 200 }, signal })
        : Promise.resolve(null),
    [r.isPosterSide, center, r.status],
  );
  const answer = () =>
    void run(async () => {
      await api.send('POST', '/requests/:id/answers', {
        params: { id: r.id },
        body: { enterpriseId: answerAs, ...answerBody(values) },
      });
      onChange();
    });
  const invite = () =>
    void run(async () => {
      await api.send('POST', '/requests/:id/invitations', {
        params: { id: r.id },
        body: { enterpriseIds: [invitee] },
      });
      onChange();
    });
  return (
    <section aria-labelledby="answers-title" data-testid="request-answers">
      <h2 id="answers-title">{t(rm.answers)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {r.answers.length === 0 ? (
        <p className="muted">{t(rm.noAnswers)}</p>
      ) : (
        <TableWrap label={t(rm.answers)}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(rm.colFirm)}</th>
                <th scope="col">{t(rm.colUnitPrice)}</th>
                <th scope="col">{t(rm.colOffered)}</th>
                <th scope="col">{t(rm.colReady)}</th>
                <th scope="col">{t(rm.colNote)}</th>
              </tr>
            </thead>
            <tbody>
              {r.answers.map((a) => (
                <tr key={a.id} data-answer={a.enterpriseId}>
                  <th scope="row">
                    {a.enterpriseName} {a.withdrawn && t(rm.withdrawn)}
                  </th>
                  <td>{a.unitPrice === null ? '—' : formatRupiah(lang, a.unitPrice)}</td>
                  <td>{formatNumber(lang, a.quantityOffered)}</td>
                  <td>{formatDate(lang, a.readyOn)}</td>
                  <td>{a.answerNote}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {ownAnswers.map((a) => (
        <AnswerEdit key={`${a.id}-${a.version}`} answer={a} onChange={onChange} />
      ))}
      <DeclineInvitation request={r} onChange={onChange} />
      {answerAs && (
        <form
          data-testid="answer-form"
          onSubmit={(e) => {
            e.preventDefault();
            answer();
          }}
        >
          <h3>{t(rm.answerTitle)}</h3>
          <AnswerFields values={values} onChange={setValues} fieldError={fieldError} />
          <button type="submit" disabled={busy}>
            {t(rm.sendAnswer)}
          </button>
        </form>
      )}
      {r.isPosterSide && r.nonResponders.length > 0 && (
        <>
          <h3>{t(rm.nonResponders)}</h3>
          <ul data-testid="non-responders">
            {r.nonResponders.map((n) => (
              <li key={n.enterpriseId}>{n.enterpriseName}</li>
            ))}
          </ul>
        </>
      )}
      {r.isPosterSide && members.data && (
        <form
          data-testid="invite-form"
          onSubmit={(e) => {
            e.preventDefault();
            invite();
          }}
        >
          <h3>{t(rm.inviteTitle)}</h3>
          <SelectField
            label={t(rm.inviteFirm)}
            name="invitee"
            value={invitee}
            onChange={setInvitee}
            options={members.data.items
              .filter(
                (f) => f.id !== r.posterEnterpriseId && !r.invitations.some((i) => i.enterpriseId === f.id),
              )
              .map((f) => ({ value: f.id, label: f.name }))}
            error={fieldError('enterpriseIds')}
          />
          <button type="submit" disabled={busy || !invitee}>
            {t(rm.invite)}
          </button>
        </form>
      )}
      <InvitationList request={r} />
    </section>
  );
}
