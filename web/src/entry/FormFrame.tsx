import { type FormEvent, type ReactNode, useId } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

interface Props {
  title: string;
  busy: boolean;
  error: Error | null;
  onSubmit(): void;
  children: ReactNode;
}

/** A data-entry form: heading, fields, the general error in an alert, and the save button. */
export function FormFrame({ title, busy, error, onSubmit, children }: Props) {
  const { t } = useI18n();
  // Several forms may share a page (one per institution card): the heading id must be unique.
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const hasFieldErrors = error instanceof ApiError && error.details.length > 0;
  return (
    <form className="entry-form card" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{error.message}</p>
          {hasFieldErrors && <p>{t(m.fixErrors)}</p>}
        </div>
      )}
      {children}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t(m.saving) : t(m.save)}
        </button>
      </div>
    </form>
  );
}

/** A group of checkboxes for an array field (value-chain roles, services, centres served). */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  scroll = false,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  hint?: string | undefined;
  /** A long list (centres) scrolls inside a box instead of stretching the form. */
  scroll?: boolean;
  options: { value: T; label: string }[];
  value: T[];
  onChange(next: T[]): void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className={scroll ? 'checkbox-group scrolling' : 'checkbox-group'}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint && <p className="muted small hint">{hint}</p>}
      <div className="checkbox-options">
        {options.map((o) => (
          <label key={o.value} className="inline">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
              }
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
