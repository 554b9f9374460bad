import type { Instrument, ScaleResults } from '../../../src/research/scales/scales.schema.ts';
import { api } from '../api/client.ts';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatMeasure, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { sm } from './scales-messages.ts';

/** The α table per scale × wave and the scores-beside-position table of a project's survey. */
export function ScaleResultsView({
  projectId,
  results,
  instruments,
  mayDelete,
  onDeleted,
}: {
  projectId: string;
  results: ScaleResults;
  instruments: Instrument[];
  mayDelete: boolean;
  onDeleted(): void;
}) {
  const { t, lang } = useI18n();
  if (results.alphas.length === 0) return <p className="muted">{t(sm.noResponses)}</p>;
  const nameOf = (scale: string) => instruments.find((i) => i.scale === scale)?.name[lang] ?? scale;
  const remove = async (enterpriseId: string, wave: string) => {
    if (!window.confirm(t(sm.confirmRemove))) return;
    await api.send('DELETE', '/research/projects/:id/scales/responses', {
      params: { id: projectId },
      query: { enterpriseId, wave },
    });
    onDeleted();
  };
  return (
    <>
      <h3>{t(sm.alphaTitle)}</h3>
      <table data-testid="scale-alphas">
        <thead>
          <tr>
            <th scope="col">{t(sm.wave)}</th>
            <th scope="col">{t(sm.scale)}</th>
            <th scope="col">{t(sm.alpha)}</th>
            <th scope="col">{t(sm.respondents)}</th>
            <th scope="col">{t(sm.items)}</th>
          </tr>
        </thead>
        <tbody>
          {results.alphas.map((a) => (
            <tr key={`${a.wave}/${a.scale}/${a.version}`} data-testid="scale-alpha-row">
              <td>{a.wave}</td>
              <td>
                {a.name[lang]} <span className="muted small">{t(sm.version, { v: a.version })}</span>
              </td>
              <td>
                {a.alpha === null ? (
                  <span className="muted">{a.reasonText ?? t(sm.undefinedAlpha)}</span>
                ) : (
                  formatNumber(lang, a.alpha, 3)
                )}
              </td>
              <td>
                {a.respondents} / {a.responses}
              </td>
              <td>{a.items}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t(sm.scoresTitle)}</h3>
      <p className="muted small">{results.scoreRule}</p>
      <p className="muted small">{t(sm.positionNote)}</p>
      {results.unlisted > 0 && <p className="muted small">{t(sm.unlisted, { n: results.unlisted })}</p>}
      <table data-testid="scale-scores">
        <thead>
          <tr>
            <th scope="col">{t(sm.wave)}</th>
            <th scope="col">{t(sm.firm)}</th>
            <th scope="col">{t(sm.center)}</th>
            {results.scores[0]?.scores.map((s) => (
              <th scope="col" key={s.scale}>
                {nameOf(s.scale)}
              </th>
            ))}
            <th scope="col">
              {t(sm.degree)} <MeasureInfo term="degree" />
            </th>
            <th scope="col">
              {t(sm.betweenness)} <MeasureInfo term="betweenness" />
            </th>
            {mayDelete && <th scope="col">{t(sm.remove)}</th>}
          </tr>
        </thead>
        <tbody>
          {results.scores.map((row) => (
            <tr key={`${row.wave}/${row.enterpriseId}`} data-testid="scale-score-row">
              <td>{row.wave}</td>
              <td>{row.label}</td>
              <td>{row.centerName}</td>
              {row.scores.map((s) => (
                <td key={s.scale} title={`${s.answered}/${s.items}`}>
                  {s.score === null ? '–' : formatNumber(lang, s.score, 2)}
                </td>
              ))}
              <td>
                {row.position
                  ? `${formatMeasure(lang, 'degree', row.position.degree)} (+${row.position.positiveDegree}/−${row.position.negativeDegree})`
                  : t(sm.notInNetwork)}
              </td>
              <td>{row.position ? formatMeasure(lang, 'betweenness', row.position.betweenness) : '–'}</td>
              {mayDelete && (
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t(sm.removeLabel, { firm: row.label, wave: row.wave })}
                    onClick={() => void remove(row.enterpriseId, row.wave)}
                  >
                    {t(sm.remove)}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
