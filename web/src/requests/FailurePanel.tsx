import { useState } from 'react';
import type { Award } from '../../../src/requests/awards.schema.ts';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { LATE_AFTER_DAYS } from '../../../src/requests/requests.constants.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField, TextAreaField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

type Side = 'poster' | 'supplier';

interface Props {
  request: RequestDetail;
  award: Award;
  /** The sides of the award the reader speaks for. */
  sides: Side[];
  onChange(): void;
}

/**
 * A failed delivery on one award: the first report (late or broken, with a statement), the state of the
 * report (who reported, whether the other side answered), the other side's statement and, once both sides
 * were heard, the poster's recording of the breach as a `BREACH_OF_CONTRACT` conflict tie.
 */
export function FailurePanel({ request: r, award: w, sides, onChange }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<'late' | 'broken'>('broken');
  const [statement, setStatement] = useState('');
  const { busy, error, run, fieldError } = useSubmit();
  const statements = { poster: w.posterStatement, supplier: w.supplierStatement };
  const failed = w.status === 'failed';
  const running = w.status === 'awarded' || w.status === 'in_production';
  // The side this reader answers as: one it speaks for that has not given its statement yet.
  const side = sides.find((s) => !statements[s]);
  const send = () =>
    void run(async () => {
      if (!side) return;
      await api.send('POST', '/request-awards/:id/failure', {
        params: { id: w.id },
        body: { version: w.version, side, statement, ...(!failed && { failureKind: kind }) },
      });
      setOpen(false);
      setStatement('');
      onChange();
    });
  const breach = () =>
    void run(async () => {
      await api.send('POST', '/request-awards/:id/breach', {
        params: { id: w.id },
        body: { version: w.version },
      });
      onChange();
    });
  if (!failed && !(running && side)) return null;
  const heard = (Object.keys(statements) as Side[]).filter((s) => statements[s]);
  const word = (s: Side) => t(s === 'poster' ? rm.posterWord : rm.supplierWord);
  const mayBreach =
    failed && heard.length === 2 && r.isPosterSide && r.posterEnterpriseId && !w.breachInteractionId;
  return (
    <div className="failure" data-testid="award-failure" data-failed={failed}>
      {failed && w.failureKind && (
        <>
          <h3>{t(rm.failureTitle, { kind: t(rm[w.failureKind]) })}</h3>
          <p data-testid="failure-state">
            {heard.length === 2
              ? t(rm.bothHeard)
              : heard[0] &&
                t(rm.reportedBy, {
                  side: word(heard[0]),
                  other: word(heard[0] === 'poster' ? 'supplier' : 'poster'),
                })}
          </p>
          <dl>
            {(['poster', 'supplier'] as const).map((s) => (
              <div key={s} data-side={s}>
                <dt>{t(s === 'poster' ? rm.posterSide : rm.supplierSide)}</dt>
                <dd>{statements[s] ?? <span className="muted">{t(rm.noStatementYet)}</span>}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {side && (failed || open) && (
        <form
          data-testid="failure-form"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          {!failed && (
            <SelectField
              label={t(rm.failureKind)}
              name="failureKind"
              placeholder={false}
              value={kind}
              onChange={(value) => setKind(value as 'late' | 'broken')}
              options={[
                { value: 'broken', label: t(rm.broken) },
                { value: 'late', label: t(rm.late) },
              ]}
              hint={t(rm.lateHint, { days: LATE_AFTER_DAYS })}
              error={fieldError('failureKind')}
            />
          )}
          <TextAreaField
            label={t(rm.statement)}
            name="statement"
            required
            value={statement}
            onChange={setStatement}
            error={fieldError('statement')}
          />
          <button type="submit" disabled={busy}>
            {t(failed ? rm.sendStatement : rm.sendReport)}
          </button>
        </form>
      )}
      {!failed && !open && (
        <button type="button" className="danger" disabled={busy} onClick={() => setOpen(true)}>
          {t(rm.reportFailure)}
        </button>
      )}
      {mayBreach && (
        <p>
          <button type="button" className="danger" disabled={busy} onClick={breach}>
            {t(rm.recordBreach)}
          </button>{' '}
          <span className="muted small">{t(rm.breachHint)}</span>
        </p>
      )}
      {w.breachInteractionId && <p data-testid="breach-recorded">{t(rm.breachRecorded)}</p>}
    </div>
  );
}
