import { useState } from 'react';
import { FLAG_LABELS, PRICE_KIND_LABELS } from '../../../src/price-agreements/price-agreements.constants.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link, useRouter } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { AgreementCreateForm } from './AgreementCreateForm.tsx';
import { xm } from './messages.ts';
import './price-agreements.css';

/** Rupiah as written in the reader's language. */
export const rupiah = (n: number, lang: string) =>
  `Rp ${n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}`;

/**
 * `/kesepakatan-harga`: the price agreements the reader may see, with their competition-law flag; with
 * `?lembaga=<id>` only one institution's (linked from the institution's card). Those who may record one get
 * the form.
 */
export default function PriceAgreementsPage() {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const { query } = useRouter();
  const institutionId = query.get('lembaga') ?? '';
  const [creating, setCreating] = useState(false);
  const list = useApi(
    (signal) =>
      api.get('/price-agreements', {
        query: institutionId ? { institutionId, limit: 200 } : { limit: 200 },
        signal,
      }),
    [institutionId],
  );
  const institutionName = list.data?.items[0]?.institutionName;
  return (
    <div className="price-agreements" data-testid="price-agreements-page">
      <h1>{t(xm.title)}</h1>
      <p>{t(xm.intro)}</p>
      {institutionId && (
        <p data-testid="institution-filter">
          {institutionName ? t(xm.forInstitution, { name: institutionName }) : t(xm.institutionAgreements)} ·{' '}
          <Link href="/kesepakatan-harga">{t(xm.allAgreements)}</Link>
        </p>
      )}
      {may((a) => a.priceAgreements.record) && !creating && (
        <div className="form-actions">
          <button type="button" onClick={() => setCreating(true)}>
            {t(xm.newAgreement)}
          </button>
        </div>
      )}
      {creating && <AgreementCreateForm onCancel={() => setCreating(false)} />}
      {list.error && <ErrorView error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data?.items.length === 0 && <p className="muted">{t(xm.none)}</p>}
      {list.data && list.data.items.length > 0 && (
        <TableWrap label={t(xm.title)}>
          <table data-testid="price-agreements-table">
            <thead>
              <tr>
                <th scope="col">{t(xm.colProduct)}</th>
                <th scope="col">{t(xm.colPrice)}</th>
                <th scope="col">{t(xm.colInstitution)}</th>
                <th scope="col">{t(xm.colFrom)}</th>
                <th scope="col">{t(xm.colConsents)}</th>
                <th scope="col">{t(xm.colFlag)}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id} data-agreement={a.id}>
                  <th scope="row">
                    <Link href={`/kesepakatan-harga/${a.id}`}>{a.product}</Link>
                  </th>
                  <td>
                    {t(PRICE_KIND_LABELS[a.priceKind])} {rupiah(a.price, lang)}/{a.unit}
                  </td>
                  <td>
                    {a.institutionName} ({a.centerName})
                  </td>
                  <td>{formatDate(lang, a.effectiveFrom)}</td>
                  <td>{a.consents}</td>
                  <td data-flag={a.flag}>{t(FLAG_LABELS[a.flag])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
