import './ui.css';
import { type ReactNode, useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

/** Attributes a control needs to be tied to its label, hint and error. */
export interface FieldControl {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  required: boolean | undefined;
}

export interface FieldProps {
  label: string;
  /** The API's message for this field, shown under it and announced with the control. */
  error?: string;
  hint?: string;
  required?: boolean;
  children(control: FieldControl): ReactNode;
}

/** A labelled form control with its hint and error (aria-invalid + aria-describedby). */
export function Field({ label, error, hint, required, children }: FieldProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {!required && <span className="muted small"> ({t(m.optional)})</span>}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required })}
      {hint && (
        <p id={hintId} className="muted small hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface InputFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'number' | 'date' | 'email' | 'tel' | 'search';
  /** Decimal step for number inputs ("any" for coordinates). */
  step?: string;
  name?: string;
  placeholder?: string;
}

/** A text, number or date input with label and error. Values stay strings; the form converts on submit. */
export function InputField({
  value,
  onChange,
  type = 'text',
  step,
  name,
  placeholder,
  ...field
}: InputFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          step={step}
          inputMode={type === 'number' ? 'decimal' : undefined}
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

interface TextAreaFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange(value: string): void;
  name?: string;
}

/** A multi-line text field. */
export function TextAreaField({ value, onChange, name, ...field }: TextAreaFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={3}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One option of a select. */
export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  value: string;
  onChange(value: string): void;
  options: Option[];
  name?: string;
  /** Offers an empty first choice ("— choose —"). */
  placeholder?: boolean;
}

/** A select with label and error. */
export function SelectField({
  value,
  onChange,
  options,
  name,
  placeholder = true,
  ...field
}: SelectFieldProps) {
  const { t } = useI18n();
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder && <option value="">{t(m.choose)}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
