import { useI18n } from '../i18n/i18n.tsx';
import { pm } from './privacy-messages.ts';

/** What a badge needs of a warning: why and what to do, in both languages (the API's warning fits). */
export interface BadgeWarning {
  reason: { id: string; en: string };
  action: { id: string; en: string };
}

/**
 * A re-identification warning marker to put beside a quotation: a "⚠" with the reasons and what to do, read
 * aloud and shown on hover or focus. Renders nothing without warnings.
 */
export function ReidentificationBadge({ warnings }: { warnings: readonly BadgeWarning[] }) {
  const { t, lang } = useI18n();
  if (warnings.length === 0) return null;
  const sentence = warnings.map((w) => `${w.reason[lang]} ${w.action[lang]}`).join(' ');
  return (
    <span className="reid-badge" data-testid="reid-badge" title={sentence}>
      <span aria-hidden="true">⚠</span> {t(pm.badge)}
      <span className="reid-badge-text">{sentence}</span>
    </span>
  );
}
