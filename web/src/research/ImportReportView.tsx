import type { ImportReport } from '../../../src/research/qdpx/qdpx.schema.ts';
import { Link } from '../app/router.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { xm } from './exchange-messages.ts';

/** What an import carried over, and a table of what it could not (element, count, first line, why). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, lang } = useI18n();
  const c = report.counts;
  return (
    <section data-testid="import-report" aria-live="polite">
      <h2>{t(xm.reportTitle)}</h2>
      <p>
        {t(xm.imported, {
          codes: formatNumber(lang, c.codes),
          documents: formatNumber(lang, c.documents),
          segments: formatNumber(lang, c.segments),
          codings: formatNumber(lang, c.codings),
          memos: formatNumber(lang, c.memos),
          informants: formatNumber(lang, c.informants),
          evidence: formatNumber(lang, c.evidence),
        })}
      </p>
      {report.created && (
        <p>
          <Link href={`/penelitian/proyek/${report.projectId}`}>{t(xm.openProject)}</Link>
        </p>
      )}
      {report.losses.length === 0 ? (
        <p className="muted">{t(xm.nothingLost)}</p>
      ) : (
        <table data-testid="import-losses">
          <caption>{t(xm.lossesTitle)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(xm.element)}</th>
              <th scope="col">{t(xm.count)}</th>
              <th scope="col">{t(xm.line)}</th>
              <th scope="col">{t(xm.what)}</th>
            </tr>
          </thead>
          <tbody>
            {report.losses.map((loss) => (
              <tr key={loss.kind} data-kind={loss.kind}>
                <td>{loss.element ? <code>&lt;{loss.element}&gt;</code> : '—'}</td>
                <td>{formatNumber(lang, loss.count)}</td>
                <td>{loss.line === null ? '—' : formatNumber(lang, loss.line)}</td>
                <td>{loss.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
