import { useI18n } from '../i18n/i18n.tsx';
import type { QueuedChange } from './field-db.ts';
import { fm } from './messages.ts';

type KindKey = Extract<keyof typeof fm, `kind_${string}`>;

/** What a queued or sent change is, in the user's language ("New firm Sepatu Jaya"). */
export function ChangeLabel({ label }: { label: QueuedChange['label'] }) {
  const { t } = useI18n();
  const key = `kind_${label.kind.replace('.', '_')}` as KindKey;
  const message = fm[key];
  return <span>{message ? t(message, label.params) : label.kind}</span>;
}
