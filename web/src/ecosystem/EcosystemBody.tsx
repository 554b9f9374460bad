import './ecosystem.css';
import type { Ecosystem } from '../../../src/ecosystem/ecosystem.schema.ts';
import { formatProxy, formatScore } from '../../../src/ecosystem/ecosystem-format.ts';
import { MeasureInfo, MeasureName } from '../glossary/MeasureInfo.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { em } from './messages.ts';
import { RadarChart } from './RadarChart.tsx';

/** The radar, the element scores with both indices, and every proxy with its provenance. */
export function EcosystemBody({ ecosystem: e }: { ecosystem: Ecosystem }) {
  const { t, lang } = useI18n();
  const labels = e.elements.map((el) => el.label[lang]);
  const lines = e.centers.map((c) => ({ name: c.name, scores: c.elements.map((s) => s.score) }));
  const focus = e.centers[0];
  return (
    <div className="ecosystem-body">
      <RadarChart labels={labels} lines={lines} />
      <table className="data-table" data-testid="ecosystem-elements">
        <caption>{t(em.title)}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t(em.element)} <MeasureInfo term="ecosystemElementScore" />
            </th>
            {e.centers.map((c) => (
              <th scope="col" key={c.centerId} className="numeric">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {e.elements.map((el, i) => (
            <tr key={el.element}>
              <th scope="row">
                {el.label[lang]}
                <div className="muted small">{el.meaning[lang]}</div>
              </th>
              {e.centers.map((c) => {
                const score = c.elements[i]?.score ?? null;
                return (
                  <td key={c.centerId} className="numeric">
                    {score === null ? t(em.missing) : formatScore(lang, score)}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">
              <MeasureName term="ecosystemAdditive" />
            </th>
            {e.centers.map((c) => (
              <td key={c.centerId} className="numeric" data-testid="additive">
                {formatScore(lang, c.additive)}
                <div className="muted small">{t(em.present, { n: c.presentElements })}</div>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">
              <MeasureName term="ecosystemGeometric" />
            </th>
            {e.centers.map((c) => (
              <td key={c.centerId} className="numeric">
                {formatScore(lang, c.geometric)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="muted small">{t(em.missingNote, { floor: formatScore(lang, e.geometricFloor) })}</p>
      <h3>{t(em.proxies)}</h3>
      <table className="data-table" data-testid="ecosystem-proxies">
        <caption className="sr-only">{t(em.proxies)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(em.element)}</th>
            <th scope="col">{t(em.proxy)}</th>
            <th scope="col" className="numeric">
              {t(em.value)} ({focus?.name})
            </th>
            <th scope="col" className="numeric">
              {t(em.normalized)} <MeasureInfo term="ecosystemNormalized" />
            </th>
            <th scope="col" className="numeric">
              {t(em.n)}
            </th>
            <th scope="col" className="numeric">
              {t(em.year)}
            </th>
            <th scope="col">{t(em.source)}</th>
          </tr>
        </thead>
        <tbody>
          {e.indicators.map((ind, i) => {
            const r = focus?.readings[i];
            const element = e.elements.find((el) => el.element === ind.element);
            return (
              <tr key={ind.key}>
                <td>{element?.label[lang]}</td>
                <td>{ind.label[lang]}</td>
                <td className="numeric">
                  {ind.status === 'not_recorded'
                    ? t(em.notRecorded)
                    : formatProxy(lang, ind.kind, r?.raw ?? null)}
                </td>
                <td className="numeric">
                  {ind.status === 'no_variation'
                    ? t(em.noVariation)
                    : formatScore(lang, r?.normalized ?? null)}
                </td>
                <td className="numeric">{r?.n ?? '–'}</td>
                <td className="numeric">{r?.year ?? '–'}</td>
                <td className="small">{ind.source[lang]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
