import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { xm } from './messages.ts';

type Violation = PriceAgreement['violations'][number];

/**
 * Beside a violation report: the link to its conflict case, or — for those who may report a case and act
 * for the affected firm — a button that opens one from the report (the server checks the same).
 */
export function ViolationCaseAction({
  agreement,
  violation,
  onDone,
}: {
  agreement: PriceAgreement;
  violation: Violation;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { may } = useSession();
  const { busy, error, run } = useSubmit();
  if (violation.caseId) {
    return (
      <>
        {' '}
        <Link href={`/kasus/${violation.caseId}`}>{t(xm.seeCase)}</Link>
      </>
    );
  }
  const mayOpen =
    may((a) => a.cases.report) &&
    agreement.members.some((m) => m.enterpriseId === violation.affectedEnterpriseId);
  if (!mayOpen) return null;
  return (
    <>
      {' '}
      <button
        type="button"
        className="secondary small"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            await api.send('POST', '/price-agreements/:id/violations/:violationId/case', {
              params: { id: agreement.id, violationId: violation.id },
            });
            onDone();
          })
        }
      >
        {t(xm.openCase)}
      </button>
      {error && (
        <span className="alert alert-error" role="alert">
          {error.message}
        </span>
      )}
    </>
  );
}
