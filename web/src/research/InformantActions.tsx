import { useState } from 'react';
import { CONSENT_SCOPES, type Informant } from '../../../src/research/projects.schema.ts';
import { api } from '../api/client.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { pm } from './project-messages.ts';

/** The lead's steps on one informant: grant or withdraw a consent scope on a day, or withdraw them from the study. */
export function InformantActions({ informant, onChanged }: { informant: Informant; onChanged(): void }) {
  const { t } = useI18n();
  const consent = useSubmit();
  const study = useSubmit();
  const [scope, setScope] = useState('quotation');
  const [on, setOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [withdrawnOn, setWithdrawnOn] = useState('');
  const [done, setDone] = useState(false);
  const name = informant.pseudonym;
  if (informant.withdrawnOn)
    return done ? (
      <p role="status" className="small" data-testid="withdrawal-done">
        {t(pm.withdrawDone, { name })}
      </p>
    ) : null;
  const grant = () =>
    consent.run(async () => {
      await api.send('POST', '/research/informants/:id/consents', {
        params: { id: informant.id },
        body: { scope, grantedOn: text(on) },
      });
      onChanged();
    });
  const withdraw = () =>
    consent.run(async () => {
      await api.send('POST', '/research/informants/:id/consents/withdraw', {
        params: { id: informant.id },
        body: { scope, withdrawnOn: text(on) },
      });
      onChanged();
    });
  const leave = () =>
    study.run(async () => {
      await api.send('POST', '/research/informants/:id/withdraw', {
        params: { id: informant.id },
        body: { withdrawnOn: text(withdrawnOn) },
      });
      setConfirming(false);
      setDone(true);
      onChanged();
    });
  return (
    <>
      <details>
        <summary>{t(pm.consentFor, { name })}</summary>
        {consent.error && (
          <div className="alert alert-error" role="alert">
            {consent.error.message}
          </div>
        )}
        <SelectField
          label={t(pm.scope)}
          required
          placeholder={false}
          value={scope}
          onChange={setScope}
          error={consent.fieldError('scope')}
          options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(pm[`scope_${s}`]) }))}
        />
        <InputField
          label={t(pm.heldOn)}
          type="date"
          required
          value={on}
          onChange={setOn}
          error={consent.fieldError('grantedOn') ?? consent.fieldError('withdrawnOn')}
        />
        <div className="form-actions">
          <button type="button" disabled={consent.busy} onClick={() => void grant()}>
            {t(pm.grant)}
          </button>
          <button type="button" disabled={consent.busy} onClick={() => void withdraw()}>
            {t(pm.withdrawScope)}
          </button>
        </div>
      </details>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t(pm.withdrawStudy)}
      </button>
      {confirming && (
        <ConfirmDialog title={t(pm.confirmTitle, { name })} onClose={() => setConfirming(false)}>
          <form
            noValidate
            data-testid="withdraw-dialog"
            onSubmit={(e) => {
              e.preventDefault();
              void leave();
            }}
          >
            <p>{t(pm.confirmBody)}</p>
            {study.error && !study.fieldError('withdrawnOn') && (
              <div className="alert alert-error" role="alert">
                {study.error.message}
              </div>
            )}
            <InputField
              label={t(pm.withdrawnOn)}
              type="date"
              required
              value={withdrawnOn}
              onChange={setWithdrawnOn}
              error={study.fieldError('withdrawnOn')}
            />
            <div className="form-actions">
              <button type="submit" className="danger" disabled={study.busy}>
                {t(pm.confirmWithdraw)}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t(pm.cancel)}
              </button>
            </div>
          </form>
        </ConfirmDialog>
      )}
    </>
  );
}
