import { useState } from 'react';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { formatDate, formatNumber, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

/** The answers (all for the poster's side, one's own for a firm), the answer form, invitations, non-responders. */
export function OffersPanel({ request: r, onChange }: { request: RequestDetail; onChange(): void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState({ price: '', quantity: '', ready: '', note: '', invitee: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const { busy, error, run, fieldError } = useSubmit();
  const answerAs = r.mayAnswerAs[0];
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
        body: {
          enterpriseId: answerAs,
          unitPrice: (num(form.price) as number | undefined) ?? null,
          quantityOffered: num(form.quantity) as number,
          readyOn: form.ready,
          answerNote: text(form.note) ?? null,
        },
      });
      onChange();
    });
  const invite = () =>
    void run(async () => {
      await api.send('POST', '/requests/:id/invitations', {
        params: { id: r.id },
        body: { enterpriseIds: [form.invitee] },
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
      {answerAs && (
        <form
          data-testid="answer-form"
          onSubmit={(e) => {
            e.preventDefault();
            answer();
          }}
        >
          <h3>{t(rm.answerTitle)}</h3>
          <InputField
            label={t(rm.unitPrice)}
            name="unitPrice"
            type="number"
            value={form.price}
            onChange={set('price')}
            error={fieldError('unitPrice')}
          />
          <InputField
            label={t(rm.quantityOffered)}
            name="quantityOffered"
            type="number"
            required
            value={form.quantity}
            onChange={set('quantity')}
            error={fieldError('quantityOffered')}
          />
          <InputField
            label={t(rm.readyOn)}
            name="readyOn"
            type="date"
            required
            value={form.ready}
            onChange={set('ready')}
            error={fieldError('readyOn')}
          />
          <InputField
            label={t(rm.answerNote)}
            name="answerNote"
            value={form.note}
            onChange={set('note')}
            error={fieldError('answerNote')}
          />
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
            value={form.invitee}
            onChange={set('invitee')}
            options={members.data.items
              .filter(
                (f) => f.id !== r.posterEnterpriseId && !r.invitations.some((i) => i.enterpriseId === f.id),
              )
              .map((f) => ({ value: f.id, label: f.name }))}
            error={fieldError('enterpriseIds')}
          />
          <button type="submit" disabled={busy || !form.invitee}>
            {t(rm.invite)}
          </button>
          {r.invitations.length > 0 && (
            <p className="muted">
              {t(rm.invited)}: {r.invitations.map((i) => i.enterpriseName).join(', ')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
