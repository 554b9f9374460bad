import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useRouter } from '../app/router.tsx';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, TextAreaField } from '../ui/Field.tsx';
import { CheckList } from './CheckList.tsx';
import { pm } from './project-messages.ts';

/** Creates a research project (name, description, centres studied); the creator becomes its lead. */
export function ProjectCreateForm() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { busy, error, run, fieldError } = useSubmit();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [centerIds, setCenterIds] = useState<string[]>([]);
  const centers = useApi((signal) => api.get('/centers', { query: { limit: 500 }, signal }), []);
  const submit = () =>
    run(async () => {
      const created = await api.send('POST', '/research/projects', {
        body: { name: text(name), description: text(description), centerIds },
      });
      navigate(`/penelitian/proyek/${created.id}`);
    });
  return (
    <form
      className="card"
      data-testid="project-create"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t(pm.createTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <InputField label={t(pm.name)} required value={name} onChange={setName} error={fieldError('name')} />
      <TextAreaField
        label={t(pm.description)}
        value={description}
        onChange={setDescription}
        error={fieldError('description')}
      />
      <CheckList
        legend={t(pm.centers)}
        filterable
        hint={t(pm.centersHint)}
        choices={(centers.data?.items ?? []).map((c) => ({ id: c.id, label: c.name }))}
        selected={centerIds}
        onChange={setCenterIds}
        error={fieldError('centerIds')}
      />
      <p className="muted small">{t(pm.createdNote)}</p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(pm.create)}
        </button>
      </div>
    </form>
  );
}
