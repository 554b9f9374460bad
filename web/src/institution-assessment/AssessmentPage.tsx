import { useState } from 'react';
import type { AssessmentSnapshot } from '../../../src/institution-assessment/assessment.schema.ts';
import { formatMeasure } from '../../../src/shared/measure-format.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { AssessmentResultView, useIndicatorValue } from './AssessmentResultView.tsx';
import { AssessmentTrendChart } from './AssessmentTrendChart.tsx';
import { iam } from './messages.ts';
import { QuestionnaireForm } from './QuestionnaireForm.tsx';
import './assessment.css';

/**
 * `/lembaga/:id/penilaian`: an institution's self-assessment — the latest tier with its area scores and
 * what the next tier takes, the live data today with its sources, the questionnaire for those who may
 * answer (the server still checks that the user's firm sits on the board), and the trend.
 */
export default function AssessmentPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const show = useIndicatorValue();
  const id = params.id!;
  const loaded = useApi(
    async (signal) => {
      const [institution, preview, history] = await Promise.all([
        api.get('/institutions/:id', { params: { id }, signal }),
        api.get('/institutions/:id/assessment-preview', { params: { id }, signal }),
        api.get('/institutions/:id/assessments', { params: { id }, signal }),
      ]);
      return { institution, preview, history: history.items };
    },
    [id, lang],
  );
  const [added, setAdded] = useState<AssessmentSnapshot[]>([]);
  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFound />;
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { institution, preview } = loaded.data;
  const history = [...added, ...loaded.data.history.filter((s) => !added.some((a) => a.id === s.id))];
  const latest = history[0];
  return (
    <article data-testid="institution-assessment">
      <p>
        <button type="button" className="link" onClick={() => window.history.back()}>
          {t(iam.back)}
        </button>
      </p>
      <h1>{t(iam.title, { name: institution.name })}</h1>
      <section className="card">
        {latest ? (
          <>
            <h2>{t(iam.latest, { date: formatDate(lang, latest.assessedOn) })}</h2>
            <AssessmentResultView result={latest} />
          </>
        ) : (
          <p>{t(iam.none)}</p>
        )}
      </section>
      <section className="card">
        <h2>{t(iam.live)}</h2>
        <table>
          <thead>
            <tr>
              <th>{t(iam.indicator)}</th>
              <th>{t(iam.value)}</th>
              <th>{t(iam.source)}</th>
            </tr>
          </thead>
          <tbody>
            {preview.live.map((i) => (
              <tr key={i.id}>
                <td>
                  {i.label}
                  {i.id === 'facility_utilisation' && (
                    <>
                      {' '}
                      <MeasureInfo term="facilityUtilisation" />
                    </>
                  )}
                </td>
                <td className="num">{show(i.value, i.format)}</td>
                <td className="muted small">{i.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {may((a) => a.institutionAssessment.answer) && preview.mayAnswer && (
        <QuestionnaireForm
          institutionId={id}
          questionnaire={preview.questionnaire}
          onSaved={(snapshot) => setAdded([snapshot, ...added])}
        />
      )}
      {history.length > 0 && (
        <section className="card" data-testid="assessment-trend">
          <h2>{t(iam.trend)}</h2>
          <AssessmentTrendChart points={history} />
          <table>
            <thead>
              <tr>
                <th>{t(iam.date)}</th>
                <th>
                  {t(iam.tier)} <MeasureInfo term="assessmentTier" />
                </th>
                <th>
                  {t(iam.total)} <MeasureInfo term="assessmentScore" />
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((s) => (
                <tr key={s.id}>
                  <td>{formatDate(lang, s.assessedOn)}</td>
                  <td>
                    <span className={`badge tier tier-${s.tier}`}>{s.tierLabel}</span>
                  </td>
                  <td className="num">{formatMeasure(lang, 'assessmentScore', s.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
