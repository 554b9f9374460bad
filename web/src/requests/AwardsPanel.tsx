import { useState } from 'react';
import type { Award } from '../../../src/requests/awards.schema.ts';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { num, useSubmit } from '../entry/use-submit.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

type Side = 'poster' | 'supplier';
const SCORES = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));

/** The award form (split quantities, the poster's side of a closed request) and each award's delivery and rating. */
export function AwardsPanel({ request: r, onChange }: { request: RequestDetail; onChange(): void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [shares, setShares] = useState<Record<string, string>>({});
  const { busy, error, run, fieldError } = useSubmit();
  const mine = new Set(user?.scopes.enterprises ?? []);
  const standing = r.answers.filter((a) => !a.withdrawn);
  const award = () =>
    void run(async () => {
      const awards = standing
        .filter((a) => (shares[a.id] ?? '').trim() !== '')
        .map((a) => ({ answerId: a.id, awardQuantity: num(shares[a.id] ?? '') as number }));
      await api.send('POST', '/requests/:id/awards', {
        params: { id: r.id },
        body: { version: r.version, awards },
      });
      onChange();
    });
  const sides = (w: Award): Side[] => [
    ...(r.isPosterSide ? (['poster'] as const) : []),
    ...(mine.has(w.enterpriseId) ? (['supplier'] as const) : []),
  ];
  return (
    <section aria-labelledby="awards-title" data-testid="request-awards">
      <h2 id="awards-title">{t(rm.awards)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {r.isPosterSide && r.status === 'closed' && standing.length > 0 && (
        <form
          data-testid="award-form"
          onSubmit={(e) => {
            e.preventDefault();
            award();
          }}
        >
          <h3>{t(rm.awardTitle)}</h3>
          {standing.map((a, index) => (
            <InputField
              key={a.id}
              label={t(rm.awardQuantity, { firm: a.enterpriseName })}
              name={`award-${a.enterpriseId}`}
              type="number"
              value={shares[a.id] ?? ''}
              onChange={(value) => setShares((s) => ({ ...s, [a.id]: value }))}
              error={fieldError(`awards.${index}.awardQuantity`) ?? fieldError('awardQuantity')}
            />
          ))}
          <button type="submit" disabled={busy}>
            {t(rm.award)}
          </button>
        </form>
      )}
      <ul>
        {r.awards.map((w) => (
          <AwardItem key={w.id} award={w} sides={sides(w)} busy={busy} run={run} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}

interface ItemProps {
  award: Award;
  sides: Side[];
  busy: boolean;
  run(send: () => Promise<void>): Promise<void>;
  onChange(): void;
}

/** One award: who, how much, its status, the confirmations and ratings the reader may give. */
function AwardItem({ award: w, sides, busy, run, onChange }: ItemProps) {
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
