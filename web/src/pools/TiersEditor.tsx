import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { pm } from './messages.ts';

/** A tier as typed: strings, converted on submit so the API names a bad one. */
export interface TierDraft {
  minTotal: string;
  unitPrice: string;
}

const MAX_TIERS = 8;

/** The price tiers of a pool, one row per tier (from a total, a unit price), added and removed in place. */
export function TiersEditor({
  tiers,
  onChange,
  fieldError,
}: {
  tiers: TierDraft[];
  onChange(next: TierDraft[]): void;
  fieldError(path: string): string | undefined;
}) {
  const { t } = useI18n();
  const update = (i: number, key: keyof TierDraft) => (value: string) =>
    onChange(tiers.map((tier, j) => (j === i ? { ...tier, [key]: value } : tier)));
  return (
    <fieldset className="tiers" data-testid="tiers-editor">
      <legend>{t(pm.tiers)}</legend>
      {tiers.map((tier, i) => (
        // Tiers have no identity but their position, which is what the API's messages name.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="tier-row" key={i}>
          <InputField
            label={t(pm.tierMin, { n: i + 1 })}
            required
            type="number"
            value={tier.minTotal}
            onChange={update(i, 'minTotal')}
            error={fieldError(`tiers.${i}.minTotal`)}
          />
          <InputField
            label={t(pm.tierPrice, { n: i + 1 })}
            required
            type="number"
            value={tier.unitPrice}
            onChange={update(i, 'unitPrice')}
            error={fieldError(`tiers.${i}.unitPrice`)}
          />
          {tiers.length > 1 && (
            <button
              type="button"
              className="secondary"
              aria-label={t(pm.removeTier, { n: i + 1 })}
              onClick={() => onChange(tiers.filter((_, j) => j !== i))}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {tiers.length < MAX_TIERS && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange([...tiers, { minTotal: '', unitPrice: '' }])}
        >
          {t(pm.addTier)}
        </button>
      )}
    </fieldset>
  );
}
