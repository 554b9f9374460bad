import { useState } from 'react';
import { CONSENT_SCOPES, type ProjectDetail } from '../../../src/research/projects.schema.ts';
import { api } from '../api/client.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { CheckList } from './CheckList.tsx';
import { pm } from './project-messages.ts';

const EMPTY = { pseudonym: '', role: '', centerId: '', grantedOn: '', notes: '' };

/** Records an informant: pseudonym, role, centre (one the project studies), the consent scopes given on a day. */
export function InformantForm({ project, onAdded }: { project: ProjectDetail; onAdded(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [form, setForm] = useState(EMPTY);
  const [scopes, setScopes] = useState<string[]>(['interview']);
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = () =>
    run(async () => {
      const grantedOn = text(form.grantedOn);
      await api.send('POST', '/research/projects/:id/informants', {
        params: { id: project.id },
        body: {
          pseudonym: text(form.pseudonym),
          role: text(form.role),
          centerId: text(form.centerId),
          notes: text(form.notes),
          consents: CONSENT_SCOPES.filter((s) => scopes.includes(s)).map((scope) => ({
            scope,
            // Sent as typed (perhaps empty): the API names the date field when it is missing.
            grantedOn: grantedOn ?? '',
          })),
        },
      });
      setForm(EMPTY);
      setScopes(['interview']);
      onAdded();
    });
  return (
    <form
      className="card"
      data-testid="informant-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t(pm.addInformant)}</h3>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <div className="form-grid">
        <InputField
          label={t(pm.pseudonym)}
          hint={t(pm.pseudonymHint)}
          required
          value={form.pseudonym}
          onChange={set('pseudonym')}
          error={fieldError('pseudonym')}
        />
        <InputField
          label={t(pm.informantRole)}
          hint={t(pm.informantRoleHint)}
          required
          value={form.role}
          onChange={set('role')}
          error={fieldError('role')}
        />
        <SelectField
          label={t(pm.center)}
          value={form.centerId}
          onChange={set('centerId')}
          error={fieldError('centerId')}
          options={project.centers.map((c) => ({ value: c.id, label: c.name }))}
        />
        <InputField
          label={t(pm.grantedOn)}
          type="date"
          required={scopes.length > 0}
          value={form.grantedOn}
          onChange={set('grantedOn')}
          error={fieldError('consents')}
        />
      </div>
      <CheckList
        legend={t(pm.consentsGiven)}
        choices={CONSENT_SCOPES.map((s) => ({ id: s, label: t(pm[`scope_${s}`]) }))}
        selected={scopes}
        onChange={setScopes}
      />
      <TextAreaField
        label={t(pm.notes)}
        value={form.notes}
        onChange={set('notes')}
        error={fieldError('notes')}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(pm.addInformant)}
        </button>
      </div>
    </form>
  );
}
