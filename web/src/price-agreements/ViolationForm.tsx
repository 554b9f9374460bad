import { useState } from 'react';
import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { api } from '../api/client.ts';
import { FirmDatesFields } from '../entry/FirmDatesFields.tsx';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { xm } from './messages.ts';

/**
 * Reports a sale below the agreed price: the undercutting firm (one that consented), the affected member
 * (the reader's own firm for a member), the day, the price and what shows it. The server writes the tie.
 */
export function ViolationForm({ agreement, onDone }: { agreement: PriceAgreement; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [offender, setOffender] = useState('');
  const [affected, setAffected] = useState(
    agreement.members.length === 1 ? (agreement.members[0]?.enterpriseId ?? '') : '',
  );
  const [soldOn, setSoldOn] = useState('');
  const [soldPrice, setSoldPrice] = useState('');
  const [note, setNote] = useState('');
  const signed = agreement.consentList.filter((c) => c.withdrawnOn === null);
  return (
    <form
      noValidate
      className="pool-form"
      data-testid="violation-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const body = {
            offenderEnterpriseId: offender,
            affectedEnterpriseId: affected,
            soldOn,
            soldPrice: num(soldPrice),
            evidenceNote: text(note),
          };
          await api.send('POST', '/price-agreements/:id/violations', {
            params: { id: agreement.id },
            body: body as never,
          });
          setNote('');
          setSoldPrice('');
          onDone();
        });
      }}
    >
      <h2>{t(xm.violationTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <FirmDatesFields
        firms={[
          {
            label: t(xm.offender),
            name: 'offenderEnterpriseId',
            value: offender,
            onChange: setOffender,
            options: signed.map((c) => ({ value: c.enterpriseId, label: c.enterpriseName })),
          },
          {
            label: t(xm.affected),
            name: 'affectedEnterpriseId',
            value: affected,
            onChange: setAffected,
            options: agreement.members.map((o) => ({ value: o.enterpriseId, label: o.enterpriseName })),
          },
        ]}
        from={{ label: t(xm.soldOn), name: 'soldOn', value: soldOn, onChange: setSoldOn, required: true }}
        note={{
          label: t(xm.evidenceNote),
          name: 'evidenceNote',
          value: note,
          onChange: setNote,
          required: true,
        }}
        multilineNote
        fieldError={fieldError}
      >
        <InputField
          label={t(xm.soldPrice)}
          type="number"
          name="soldPrice"
          value={soldPrice}
          onChange={setSoldPrice}
          error={fieldError('soldPrice')}
        />
      </FirmDatesFields>
      <p className="muted small">{t(xm.tieNote)}</p>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(xm.report)}
        </button>
      </div>
    </form>
  );
}
