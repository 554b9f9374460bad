import { useI18n } from '../i18n/i18n.tsx';
import type { QueuedChange } from './field-db.ts';
import { fm } from './messages.ts';
import { frm } from './research-messages.ts';
import { scopeMessage } from './research-scopes.ts';

type KindKey = Extract<keyof typeof fm, `kind_${string}`>;

/** What a queued or sent change is, in the user's language ("New firm Sepatu Jaya"). */
export function ChangeLabel({ label }: { label: QueuedChange['label'] }) {
  const { t } = useI18n();
  const key = `kind_${label.kind.replace('.', '_')}` as KindKey;
  const message = fm[key];
  const params = { ...label.params };
  if (label.kind === 'informant.consent') {
    // Scopes are kept as codes, so the label follows the language chosen later.
    const words = (codes: string | undefined) =>
      (codes ?? '')
        .split(',')
        .filter(Boolean)
        .map((code) => {
          const m = scopeMessage(code);
          return m ? t(m) : code;
        })
        .join(', ');
    params.change = [
      params.withdrawn ? t(frm.changeWithdrawn, { scopes: words(params.withdrawn) }) : '',
      params.granted ? t(frm.changeGranted, { scopes: words(params.granted) }) : '',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return <span>{message ? t(message, params) : label.kind}</span>;
}
