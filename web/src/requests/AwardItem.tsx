import { useState } from 'react';
import type { Award } from '../../../src/requests/awards.schema.ts';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from '../ui/Field.tsx';
import { FailurePanel } from './FailurePanel.tsx';
import { rm } from './messages.ts';

/** The two parties of an award. */
export type Side = 'poster' | 'supplier';
const SCORES = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));

interface ItemProps {
  request: RequestDetail;
  award: Award;
  sides: Side[];
  busy: boolean;
  run(send: () => Promise<void>): Promise<void>;
  onChange(): void;
}

/** One award: who, how much, its status, the confirmations, failure report and ratings the reader may give. */
export function AwardItem({ request, award: w, sides, busy, run, onChange }: ItemProps) {
  const { t, lang } = useI18n();
  const [score, setScore] = useState({ onTime: '5', quality: '5', communication: '5' });
  const confirm = (side: Side) =>
    void run(async () => {
      await api.send('POST', '/request-awards/:id/confirm', {
        params: { id: w.id },
        body: { version: w.version, side },
      });
      onChange();
    });
  const rate = (side: Side) =>
    void run(async () => {
      await api.send('POST', '/request-awards/:id/rating', {
        params: { id: w.id },
        body: {
          side,
          onTime: Number(score.onTime),
          quality: Number(score.quality),
          communication: Number(score.communication),
        },
      });
      onChange();
    });
  const open = w.status === 'awarded' || w.status === 'in_production';
  const confirmed = { poster: w.posterConfirmedAt, supplier: w.supplierConfirmedAt };
  return (
    <li data-award={w.enterpriseId} data-status={w.status}>
      <strong>{w.enterpriseName}</strong> · {formatNumber(lang, w.quantity)} · {t(rm[w.status])}
      {w.posterConfirmedAt && <span className="muted"> · {t(rm.posterConfirmed)}</span>}
      {w.supplierConfirmedAt && <span className="muted"> · {t(rm.supplierConfirmed)}</span>}
      {w.interactionId && <p className="muted">{t(rm.tieRecorded)}</p>}
      {open &&
        sides
          .filter((side) => !confirmed[side])
          .map((side) => (
            <button key={side} type="button" disabled={busy} onClick={() => confirm(side)}>
              {t(side === 'poster' ? rm.confirmAsPoster : rm.confirmAsSupplier)}
            </button>
          ))}
      <FailurePanel request={request} award={w} sides={sides} onChange={onChange} />
      {w.status === 'delivered' &&
        sides
          .filter((side) => !w.ratings.some((x) => x.side === side))
          .map((side) => (
            <form
              key={side}
              data-testid={`rate-${side}`}
              onSubmit={(e) => {
                e.preventDefault();
                rate(side);
              }}
            >
              <h3>{t(rm.rateTitle)}</h3>
              {(['onTime', 'quality', 'communication'] as const).map((key) => (
                <SelectField
                  key={key}
                  label={t(rm[key])}
                  name={`${side}-${key}`}
                  placeholder={false}
                  value={score[key]}
                  onChange={(value) => setScore((s) => ({ ...s, [key]: value }))}
                  options={SCORES}
                />
              ))}
              <button type="submit" disabled={busy}>
                {t(rm.rate)}
              </button>
            </form>
          ))}
    </li>
  );
}
