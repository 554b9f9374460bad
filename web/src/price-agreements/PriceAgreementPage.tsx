import { PRICE_KIND_LABELS } from '../../../src/price-agreements/price-agreements.constants.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { BoardWithdrawForm } from './BoardWithdrawForm.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { FlagBox } from './FlagBox.tsx';
import { xm } from './messages.ts';
import { rupiah } from './PriceAgreementsPage.tsx';
import { ViolationCaseAction } from './ViolationCaseAction.tsx';
import { ViolationForm } from './ViolationForm.tsx';
import { WithdrawForm } from './WithdrawForm.tsx';
import './price-agreements.css';

/** `/kesepakatan-harga/:id`: one agreement — the flag explained, dated consents, reports, and the two forms. */
export default function PriceAgreementPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = params.id ?? '';
  const loaded = useApi((signal) => api.get('/price-agreements/:id', { params: { id }, signal }), [id]);
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const a = loaded.data;
  const forms = a.members.length > 0;
  return (
    <div className="price-agreements" data-testid="price-agreement-page" data-flag={a.flag}>
      <p>
        <Link href="/kesepakatan-harga">{t(xm.back)}</Link>
      </p>
      <h1>{a.product}</h1>
      <p>
        {t(PRICE_KIND_LABELS[a.priceKind])} <strong>{rupiah(a.price, lang)}</strong>/{a.unit} ·{' '}
        <Link href={`/kesepakatan-harga?lembaga=${a.institutionId}`}>{a.institutionName}</Link> ·{' '}
        <Link href={`/sentra/${a.centerId}`}>{a.centerName}</Link>
      </p>
      <p className="muted">
        {a.effectiveTo
          ? t(xm.validity, { from: formatDate(lang, a.effectiveFrom), to: formatDate(lang, a.effectiveTo) })
          : t(xm.validSince, { from: formatDate(lang, a.effectiveFrom) })}
      </p>
      {a.notes && <p>{a.notes}</p>}
      <FlagBox agreement={a} />
      <h2>{t(xm.consents)}</h2>
      {a.consentList.length === 0 ? (
        <p className="muted">{t(xm.noConsents)}</p>
      ) : (
        <ul data-testid="consent-list">
          {a.consentList.map((c) => (
            <li key={c.enterpriseId}>
              {c.enterpriseName}: {formatDate(lang, c.consentedOn)}
              {c.withdrawnOn && ` (${t(xm.withdrawnOn, { date: formatDate(lang, c.withdrawnOn) })})`}
              {c.withdrawReason && ` — ${t(xm.withdrawnBecause, { reason: c.withdrawReason })}`}
            </li>
          ))}
        </ul>
      )}
      <h2>{t(xm.violations)}</h2>
      {a.violations.length === 0 ? (
        <p className="muted">{t(xm.noViolations)}</p>
      ) : (
        <ul data-testid="violation-list">
          {a.violations.map((v) => (
            <li key={v.id}>
              {t(xm.violationLine, {
                date: formatDate(lang, v.soldOn),
                offender: v.offenderName,
                affected: v.affectedName,
              })}
              {v.soldPrice !== null && ` (${rupiah(v.soldPrice, lang)})`}: {v.evidenceNote}
              <ViolationCaseAction agreement={a} violation={v} onDone={loaded.reload} />
            </li>
          ))}
        </ul>
      )}
      {forms && (
        <div className="price-forms">
          {may((x) => x.priceAgreements.consent) && <ConsentForm agreement={a} onDone={loaded.reload} />}
          {may((x) => x.priceAgreements.consent) && <WithdrawForm agreement={a} onDone={loaded.reload} />}
          {may((x) => x.priceAgreements.consent) && (
            <BoardWithdrawForm agreement={a} onDone={loaded.reload} />
          )}
          {may((x) => x.priceAgreements.report) && <ViolationForm agreement={a} onDone={loaded.reload} />}
        </div>
      )}
    </div>
  );
}
