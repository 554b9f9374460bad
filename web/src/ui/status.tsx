import { m } from '../app/messages.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** A polite loading line (announced to screen readers). */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t(m.loading)}
    </p>
  );
}

/** An error with the server's message (already in the user's language) and a retry button. */
export function ErrorView({
  error,
  onRetry,
  title,
}: {
  error: Error;
  onRetry?: () => void;
  /** What happened, when the screen knows better than "something went wrong". */
  title?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title ?? t(m.errorTitle)}</strong>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t(m.retry)}
        </button>
      )}
    </div>
  );
}

/** The page for an unknown address. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t(m.notFoundTitle)}</h1>
      <p>{t(m.notFoundBody)}</p>
      <Link href="/">{t(m.backHome)}</Link>
    </section>
  );
}

/** The page for a screen the user's role may not open. */
export function Forbidden() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t(m.forbiddenTitle)}</h1>
      <p>{t(m.forbiddenBody)}</p>
      <Link href="/">{t(m.backHome)}</Link>
    </section>
  );
}
