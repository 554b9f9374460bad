import { useId } from 'react';

/** A labelled text (or date) input with a large touch target; `error` is said under it and to readers. */
export function TextInput({
  label,
  value,
  onChange,
  type = 'text',
  required = false,
  numeric = false,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'tel';
  required?: boolean;
  /** Opens the phone's number keyboard (the text is still read with the user's separators). */
  numeric?: boolean;
  error?: string | null;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        inputMode={numeric ? 'decimal' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

/** A labelled choice; the first option is "choose". */
export function Choice({
  label,
  value,
  onChange,
  options,
  placeholder,
  required = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  placeholder: string;
  required?: boolean;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} required={required} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
