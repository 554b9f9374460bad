import { useState } from 'react';
import type { ProcessSector } from '../../../src/capabilities/taxonomy.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { cm } from './messages.ts';

/** `/taksonomi-proses`: the sectors and processes, with forms to add one (admins, ministry, Dinas). */
export default function TaxonomyPage() {
  const { t, lang } = useI18n();
  const loaded = useApi(
    (signal) => api.get('/process-sectors', { query: { includeArchived: 'true' }, signal }),
    [],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const archive = async (code: string, archived: boolean) => {
    const path = archived ? '/processes/:processCode/restore' : '/processes/:processCode/archive';
    await api.send('POST', path, { params: { processCode: code } });
    loaded.reload();
  };
  return (
    <article data-testid="taxonomy-page">
      <h1>{t(cm.taxonomy)}</h1>
      <p>{t(cm.taxonomyIntro)}</p>
      {loaded.data.map((sector) => (
        <section key={sector.code} data-testid={`taxonomy-${sector.code}`}>
          <h2>
            {lang === 'id' ? sector.labelId : sector.labelEn}{' '}
            <code className="muted small">{sector.code}</code>
          </h2>
          <ul>
            {sector.processes.map((p) => (
              <li key={p.code} className={p.archived ? 'muted' : undefined}>
                <code>{p.code}</code> · {p.labelId} / {p.labelEn}{' '}
                <button type="button" className="small" onClick={() => archive(p.code, p.archived)}>
                  {t(p.archived ? cm.restore : cm.archive)}
                </button>
              </li>
            ))}
          </ul>
          <AddForm sector={sector} onAdded={loaded.reload} />
        </section>
      ))}
      <AddForm onAdded={loaded.reload} />
    </article>
  );
}

/** Adds a process to `sector`, or (without one) a new sector. */
function AddForm({ sector, onAdded }: { sector?: ProcessSector; onAdded(): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [labelId, setLabelId] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      if (sector) {
        await api.send('POST', '/process-sectors/:sectorCode/processes', {
          params: { sectorCode: sector.code },
          body: { processCode: code, labelId, labelEn },
        });
      } else {
        await api.send('POST', '/process-sectors', { body: { sectorCode: code, labelId, labelEn } });
      }
      setCode('');
      setLabelId('');
      setLabelEn('');
      onAdded();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
    }
  };
  const codeField = sector ? 'processCode' : 'sectorCode';
  return (
    <details className="edit-panel">
      <summary>{t(sector ? cm.addProcess : cm.addSector)}</summary>
      <form onSubmit={submit} noValidate>
        {error && (
          <p className="alert" role="alert">
            {error.message}
          </p>
        )}
        <InputField
          label={t(cm.code)}
          required
          hint={t(cm.sectorCodeHint)}
          value={code}
          onChange={setCode}
          error={error?.field(codeField)}
        />
        <InputField
          label={t(cm.nameId)}
          required
          value={labelId}
          onChange={setLabelId}
          error={error?.field('labelId')}
        />
        <InputField
          label={t(cm.nameEn)}
          required
          value={labelEn}
          onChange={setLabelEn}
          error={error?.field('labelEn')}
        />
        <button type="submit">{t(sector ? cm.addProcess : cm.addSector)}</button>
      </form>
    </details>
  );
}
