import { useState } from 'react';
import { FirmDatesFields } from '../entry/FirmDatesFields.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import type { Message } from '../i18n/i18n.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { xm } from './messages.ts';

/**
 * A firm and a day, sent as one step of an agreement (a consent, a withdrawal): the firm is chosen when only
 * one is offered; the server's refusals show at the field they name (`enterpriseId`, `dayField`).
 */
export function FirmOnDayForm({
  testId,
  title,
  firms,
  dayField,
  dayLabel,
  submitLabel,
  secondary = false,
  resetFirm = false,
  send,
  onDone,
}: {
  testId: string;
  title: Message;
  firms: readonly { enterpriseId: string; enterpriseName: string }[];
  dayField: string;
  dayLabel: Message;
  submitLabel: Message;
  secondary?: boolean;
  /** Clear the firm after sending (a withdrawn firm is no longer offered). */
  resetFirm?: boolean;
  send(enterpriseId: string, day: string): Promise<unknown>;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [enterpriseId, setEnterpriseId] = useState(firms.length === 1 ? (firms[0]?.enterpriseId ?? '') : '');
  const [day, setDay] = useState('');
  return (
    <form
      noValidate
      className="pool-form"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await send(enterpriseId, day);
          setDay('');
          if (resetFirm) setEnterpriseId('');
          onDone();
        });
      }}
    >
      <h2>{t(title)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <FirmDatesFields
        firms={[
          {
            label: t(xm.enterprise),
            name: 'enterpriseId',
            value: enterpriseId,
            onChange: setEnterpriseId,
            options: firms.map((f) => ({ value: f.enterpriseId, label: f.enterpriseName })),
          },
        ]}
        from={{ label: t(dayLabel), name: dayField, value: day, onChange: setDay, required: true }}
        fieldError={fieldError}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy} className={secondary ? 'secondary' : undefined}>
          {t(submitLabel)}
        </button>
      </div>
    </form>
  );
}
