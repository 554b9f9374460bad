import type { NetworkOnDay } from '../../../src/cases/case-network-effect.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatDate, formatMeasure, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { em } from './effect-messages.ts';

/**
 * The agreement's effect on the centre's network: frustration and camps on the day before the agreement
 * and on its day, side by side, with a link to the network page where the same figures are shown.
 */
export function CaseNetworkEffect({ caseId, centerId }: { caseId: string; centerId: string }) {
  const { t, lang } = useI18n();
  const effect = useApi(
    (signal) => api.get('/cases/:id/network-effect', { params: { id: caseId }, signal }),
    [caseId],
  );
  if (effect.error) return <ErrorView error={effect.error} onRetry={effect.reload} />;
  if (!effect.data) return <Loading />;
  const { before, after, endedTies } = effect.data;
  if (!before || !after) return null;
  const rows: [string, (d: NetworkOnDay) => string][] = [
    [
      t(em.frustration),
      (d) =>
        d.frustration === null
          ? t(em.noConflict)
          : `${formatNumber(lang, d.frustration)}${d.frustrationExact ? '' : ` ${t(em.approximate)}`}`,
    ],
    [t(em.normalized), (d) => formatMeasure(lang, 'normalizedFrustration', d.normalizedFrustration)],
    [t(em.conflictTies), (d) => formatNumber(lang, d.conflictTies)],
    [
      t(em.camps),
      (d) => (d.campSizes ? d.campSizes.map((n) => formatNumber(lang, n)).join(' / ') : t(em.noConflict)),
    ],
  ];
  return (
    <section data-testid="case-network-effect" aria-labelledby="case-effect-title">
      <h3 id="case-effect-title">{t(em.title)}</h3>
      <p className="small">{t(em.intro)}</p>
      <p>{endedTies > 0 ? t(em.ended, { count: formatNumber(lang, endedTies) }) : t(em.noneEnded)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(em.measure)}</th>
            <th scope="col">{t(em.beforeOn, { day: formatDate(lang, before.day) })}</th>
            <th scope="col">{t(em.afterOn, { day: formatDate(lang, after.day) })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td data-side="before">{value(before)}</td>
              <td data-side="after">{value(after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href={`/sentra/${centerId}?tab=jaringan`}>{t(em.openNetwork)}</Link>
      </p>
    </section>
  );
}
