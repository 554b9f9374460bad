import type { Utilisation } from '../../../src/facilities/facilities.schema.ts';
import { formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fm } from './messages.ts';

/** A facility's utilisation as a bar and a percentage, with the idle flag when below the threshold. */
export function UtilisationBar({ utilisation }: { utilisation: Utilisation }) {
  const { t, lang } = useI18n();
  const share = utilisation.utilisation ?? 0;
  return (
    <span className="facility-utilisation" data-testid="facility-utilisation">
      <meter
        min={0}
        max={1}
        low={0.2}
        optimum={1}
        value={share}
        aria-label={formatMeasure(lang, 'facilityUtilisation', utilisation.utilisation)}
      />{' '}
      {formatMeasure(lang, 'facilityUtilisation', utilisation.utilisation)}{' '}
      <span className="muted">
        ({t(fm.usedOf, { used: utilisation.usedDays, open: utilisation.availableDays })})
      </span>
      {utilisation.idle && (
        <span className="badge badge-warning" data-testid="facility-idle">
          {t(fm.idle)}
        </span>
      )}
    </span>
  );
}
