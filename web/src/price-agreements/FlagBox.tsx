import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { xm } from './messages.ts';

/** The competition-law flag: its state, the plain explanation, each firm's verdict and the not-legal-advice note. */
export function FlagBox({ agreement }: { agreement: PriceAgreement }) {
  const { t } = useI18n();
  const flag = agreement.competitionFlag;
  const tone = flag.status === 'clear' ? 'alert-ok' : 'alert-error';
  return (
    <section className={`alert ${tone} price-flag`} data-testid="competition-flag" data-flag={flag.status}>
      <h2>
        {t(xm.flagTitle)}: {flag.label}
      </h2>
      <p>{flag.summary}</p>
      {flag.firms.length > 0 && (
        <ul>
          {flag.firms.map((f) => (
            <li key={f.enterpriseId} data-verdict={f.verdict}>
              {f.explanation}
            </li>
          ))}
        </ul>
      )}
      <p className="small" data-testid="not-legal-advice">
        <strong>{flag.notLegalAdvice}</strong>
      </p>
    </section>
  );
}
