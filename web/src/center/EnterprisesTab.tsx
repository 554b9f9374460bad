import { useId, useState } from 'react';
import type { Enterprise } from '../../../src/enterprises/enterprises.schema.ts';
import { api, saveBlob } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { LEGAL_FORM_LABELS } from '../enterprise/labels.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { cm } from './messages.ts';

const LIMIT = 50;
const LEGAL_FORMS = Object.keys(LEGAL_FORM_LABELS) as (keyof typeof LEGAL_FORM_LABELS)[];

/** One CSV cell: quoted when it holds a separator, quote or line break; formula starts neutralised. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The member firms of a centre (active today): server-side search, sort, filters and paging; CSV of all. */
export function EnterprisesTab({ centerId, centerName }: { centerId: string; centerName: string }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = useId();
  const [q, setQ] = useState('');
  const [sort, setSort] = useState('name');
  const [legalForm, setLegalForm] = useState('');
  const [formality, setFormality] = useState('');
  const [offset, setOffset] = useState(0);
  const [csvBusy, setCsvBusy] = useState(false);
  const [csvError, setCsvError] = useState<Error | null>(null);
  const query = { center: centerId, q: q.trim() || undefined, sort, legalForm, formality };
  const page = useApi(
    (signal) => api.get('/enterprises', { query: { ...query, limit: LIMIT, offset }, signal }),
    [centerId, q, sort, legalForm, formality, offset],
  );
  const reset =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      setOffset(0);
    };
  const downloadCsv = async () => {
    setCsvBusy(true);
    setCsvError(null);
    try {
      const rows: Enterprise[] = [];
      for (let at = 0; ; at += 500) {
        const chunk = await api.get('/enterprises', { query: { ...query, limit: 500, offset: at } });
        rows.push(...chunk.items);
        if (rows.length >= chunk.total || chunk.items.length === 0) break;
      }
      const header = [
        'id',
        'nama_ikm',
        'nama_pemilik',
        'nib',
        'kode_wilayah',
        'wilayah',
        'komoditi',
        'bentuk_badan_usaha',
        'formalitas',
      ];
      const lines = [header.join(',')].concat(
        rows.map((e) =>
          [
            e.id,
            e.name,
            e.ownerName,
            e.nib,
            e.regionCode,
            e.regionName,
            e.commodity,
            e.legalForm,
            e.formality,
          ]
            .map(cell)
            .join(','),
        ),
      );
      // A BOM so Excel opens the UTF-8 names correctly.
      saveBlob(new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv' }), `ikm-${centerName}.csv`);
    } catch (error) {
      setCsvError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setCsvBusy(false);
    }
  };
  const data = page.data;
  return (
    <div>
      {may((a) => a.memberships.edit) && <AddMemberForm centerId={centerId} onAdded={page.reload} />}
      <div className="form-grid table-filters">
        <div>
          <label htmlFor={`${id}-q`}>{t(cm.searchFirms)}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => reset(setQ)(e.target.value)}
            data-testid="firm-search"
          />
        </div>
        <div>
          <label htmlFor={`${id}-sort`}>{t(cm.sort)}</label>
          <select id={`${id}-sort`} value={sort} onChange={(e) => reset(setSort)(e.target.value)}>
            <option value="name">{t(cm.sortNameAsc)}</option>
            <option value="-name">{t(cm.sortNameDesc)}</option>
            <option value="-createdAt">{t(cm.sortNewest)}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-lf`}>{t(cm.legalForm)}</label>
          <select id={`${id}-lf`} value={legalForm} onChange={(e) => reset(setLegalForm)(e.target.value)}>
            <option value="">{t(cm.all)}</option>
            {LEGAL_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(LEGAL_FORM_LABELS[f])}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-fm`}>{t(cm.formality)}</label>
          <select id={`${id}-fm`} value={formality} onChange={(e) => reset(setFormality)(e.target.value)}>
            <option value="">{t(cm.all)}</option>
            <option value="formal">{t(cm.formal)}</option>
            <option value="informal">{t(cm.informal)}</option>
          </select>
        </div>
      </div>
      <div className="center-toolbar">
        <span className="small" aria-live="polite" data-testid="firm-count" data-total={data?.total}>
          {data &&
            (data.total === 0
              ? t(cm.noFirms)
              : t(cm.results, {
                  from: formatNumber(lang, offset + 1),
                  to: formatNumber(lang, offset + data.items.length),
                  total: formatNumber(lang, data.total),
                }))}
        </span>
        <button type="button" onClick={downloadCsv} disabled={csvBusy}>
          {t(csvBusy ? cm.csvBusy : cm.csv)}
        </button>
      </div>
      {csvError && <ErrorView error={csvError} />}
      {page.error ? (
        <ErrorView error={page.error} onRetry={page.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <TableWrap label={t(cm.tabEnterprises)}>
          <table data-testid="firms-table">
            <thead>
              <tr>
                <th scope="col">{t(cm.colName)}</th>
                <th scope="col">{t(cm.colOwner)}</th>
                <th scope="col">{t(cm.colRegion)}</th>
                <th scope="col">{t(cm.colCommodity)}</th>
                <th scope="col">{t(cm.legalForm)}</th>
                <th scope="col">{t(cm.colNib)}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link href={`/ikm/${e.id}`}>{e.name}</Link>
                  </th>
                  <td>{e.ownerName ?? <span className="muted">{t(cm.hidden)}</span>}</td>
                  <td>{e.regionName ?? e.regionCode ?? '–'}</td>
                  <td>{e.commodity ?? '–'}</td>
                  <td>{t(LEGAL_FORM_LABELS[e.legalForm])}</td>
                  <td>{e.nib ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {data && data.total > LIMIT && (
        <div className="center-toolbar">
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - LIMIT))}
          >
            {t(cm.previous)}
          </button>
          <button
            type="button"
            disabled={offset + LIMIT >= data.total}
            onClick={() => setOffset(offset + LIMIT)}
          >
            {t(cm.next)}
          </button>
        </div>
      )}
    </div>
  );
}
