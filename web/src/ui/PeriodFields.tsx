import type { ReactNode } from 'react';
import { type Message, useI18n } from '../i18n/i18n.tsx';

/** A period as two date fields hold it: `YYYY-MM-DD` or empty (the server's default end). */
export interface Period {
  from: string;
  to: string;
}

/**
 * The two date fields of a period (from, to), each changing its own end; `children` (a download button)
 * sit beside them. Used by the KPI cards and the request aggregates, which each load on a period.
 */
export function PeriodFields({
  period,
  onChange,
  labels,
  className,
  testId,
  children,
}: {
  period: Period;
  onChange: (next: Period) => void;
  labels: { from: Message; to: Message };
  className: string;
  testId?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className={className} data-testid={testId}>
      <label>
        {t(labels.from)}
        <input
          type="date"
          value={period.from}
          onChange={(e) => onChange({ ...period, from: e.target.value })}
        />
      </label>
      <label>
        {t(labels.to)}
        <input type="date" value={period.to} onChange={(e) => onChange({ ...period, to: e.target.value })} />
      </label>
      {children}
    </div>
  );
}
