import { useState } from 'react';
import type { Award } from '../../../src/requests/awards.schema.ts';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { num, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { AwardItem, type Side } from './AwardItem.tsx';
import { rm } from './messages.ts';

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
          <AwardItem
            key={w.id}
            request={r}
            award={w}
            sides={sides(w)}
            busy={busy}
            run={run}
            onChange={onChange}
          />
        ))}
      </ul>
    </section>
  );
}
