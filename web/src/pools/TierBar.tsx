import type { Pool } from '../../../src/pools/pools.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { amount } from './format.ts';
import { pm } from './messages.ts';

/**
 * The pledged total against the tiers: one bar from zero to a little past the top tier, a mark at each
 * tier's minimum (the current one highlighted) and at the minimum total. The words under it say the same
 * for screen readers and for anyone who does not read bars.
 */
export function TierBar({ pool }: { pool: Pool }) {
  const { t, lang } = useI18n();
  const top =
    Math.max(pool.minimumTotal, pool.pledgedTotal, ...pool.tiers.map((tier) => tier.minTotal)) * 1.1;
  // A CSS position along the track, not a figure anyone reads.
  const at = (value: number) => `${Math.min(1, value / top) * 100}%`;
  return (
    <figure className="tier-bar" data-testid="tier-bar" aria-label={t(pm.tierBar)}>
      <div className="tier-track" aria-hidden="true">
        <div className="tier-fill" style={{ width: at(pool.pledgedTotal) }} />
        {pool.tiers.map((tier) => (
          <span
            key={tier.minTotal}
            className={`tier-mark${tier.current ? ' current' : ''}${tier.reached ? ' reached' : ''}`}
            style={{ left: at(tier.minTotal) }}
          />
        ))}
        <span className="tier-mark minimum" style={{ left: at(pool.minimumTotal) }} />
      </div>
      <ol className="tier-list">
        {pool.tiers.map((tier) => (
          <li
            key={tier.minTotal}
            data-current={tier.current}
            className={tier.reached ? 'reached' : undefined}
          >
            {t(pm.tierLabel, {
              min: amount(tier.minTotal, lang),
              unit: pool.unit,
              price: amount(tier.unitPrice, lang),
            })}
            {tier.current && <strong> ({t(pm.currentTier)})</strong>}
          </li>
        ))}
      </ol>
      <figcaption>
        <span data-testid="pledged-total">
          {t(pm.pledgedTotal, {
            total: amount(pool.pledgedTotal, lang),
            minimum: amount(pool.minimumTotal, lang),
            unit: pool.unit,
          })}
        </span>{' '}
        {pool.nextTier
          ? t(pm.nextTier, {
              missing: amount(pool.nextTier.missing, lang),
              unit: pool.unit,
              price: amount(pool.nextTier.unitPrice, lang),
            })
          : t(pm.topTier)}
      </figcaption>
    </figure>
  );
}
