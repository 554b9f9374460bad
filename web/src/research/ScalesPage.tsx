import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { ScaleResultsView } from './ScaleResultsView.tsx';
import { SurveyEntryForm } from './SurveyEntryForm.tsx';
import { SurveyItemEdit } from './SurveyItemEdit.tsx';
import { SurveyUpload } from './SurveyUpload.tsx';
import { sm } from './scales-messages.ts';

/**
 * `/penelitian/proyek/:id/skala` (issue #21 item 8): a project's survey instruments and items in both
 * languages, one questionnaire's entry form, the CSV import with its problems listed, Cronbach's α per scale
 * × wave, and the scale scores beside each firm's position in its centre's network.
 */
export default function ScalesPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const projectId = params.id ?? '';
  const [wave, setWave] = useState('');
  const scales = useApi(
    (signal) => api.get('/research/projects/:id/scales', { params: { id: projectId }, signal }),
    [projectId],
  );
  const results = useApi(
    (signal) =>
      api.get('/research/projects/:id/scales/results', {
        params: { id: projectId },
        query: wave === '' ? {} : { wave },
        signal,
      }),
    [projectId, wave],
  );
  if (scales.error) return <ErrorView error={scales.error} onRetry={scales.reload} />;
  if (!scales.data) return <Loading />;
  const data = scales.data;
  const current = data.instruments.filter((i) => i.current);
  // Leads reword items (the API checks the project role); a new instrument version results.
  const mayReword = may((a) => a.research.lead);
  const changed = () => {
    scales.reload();
    results.reload();
  };
  return (
    <article className="research" data-testid="scales-page">
      <p className="small">
        <Link href={`/penelitian/proyek/${projectId}`}>{t(sm.back)}</Link>
      </p>
      <h1>{t(sm.title)}</h1>
      <p className="muted">{t(sm.intro)}</p>

      <h2>{t(sm.instruments)}</h2>
      {data.instruments.map((instrument) => (
        <section key={instrument.id} className="card" data-testid="scale-instrument">
          <h3>
            {instrument.name[lang]} · {t(sm.version, { v: instrument.version })}
            {!instrument.current && <span className="muted small"> ({t(sm.older)})</span>}
            <span className="muted small"> · {t(sm.responses, { n: instrument.responses })}</span>
          </h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(sm.code)}</th>
                <th scope="col">{t(sm.itemId)}</th>
                <th scope="col">{t(sm.itemEn)}</th>
                {mayReword && instrument.current && <th scope="col">{t(sm.actions)}</th>}
              </tr>
            </thead>
            <tbody>
              {instrument.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <code>{item.key}</code>
                    {item.reverse && <span className="muted small"> ({t(sm.reversed)})</span>}
                  </td>
                  <td lang="id">{item.text.id}</td>
                  <td lang="en">{item.text.en}</td>
                  {mayReword && instrument.current && (
                    <td>
                      <SurveyItemEdit item={item} onSaved={changed} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      {may((a) => a.research.code) && (
        <>
          <SurveyEntryForm projectId={projectId} firms={data.firms} instruments={current} onSaved={changed} />
          <SurveyUpload
            projectId={projectId}
            itemKeys={current.flatMap((i) => i.items.map((item) => item.key))}
            onImported={changed}
          />
        </>
      )}

      <h2>{t(sm.results)}</h2>
      <SelectField
        label={t(sm.wave)}
        required
        placeholder={false}
        value={wave}
        onChange={setWave}
        options={[{ value: '', label: t(sm.allWaves) }, ...data.waves.map((w) => ({ value: w, label: w }))]}
      />
      {results.error && <ErrorView error={results.error} onRetry={results.reload} />}
      {results.data ? (
        <ScaleResultsView
          projectId={projectId}
          results={results.data}
          instruments={current}
          mayDelete={may((a) => a.research.code)}
          onDeleted={changed}
        />
      ) : (
        !results.error && <Loading />
      )}
    </article>
  );
}
