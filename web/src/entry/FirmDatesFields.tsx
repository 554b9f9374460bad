import type { ReactNode } from 'react';
import { InputField, type Option, SelectField, TextAreaField } from '../ui/Field.tsx';

/** One field of the block: its label (already in the reader's language), body field name and value. */
export interface BlockField {
  label: string;
  /** The body field it sends: the input's name and the key of the server's error for it. */
  name: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
}

/**
 * The "firm, from–to dates, note" block several forms repeat (a facility booking, a price agreement's
 * consent, withdrawal and violation report): one or more firm choices, a day (or a first and last day),
 * any fields of the form's own, then a note. Each field shows the server's refusal named after it
 * (`fieldError(name)`, from useSubmit). Plain fields in the form's order, no wrapper of their own, so a
 * form using it looks and reads as before.
 */
export function FirmDatesFields({
  firms,
  from,
  to,
  note,
  multilineNote = false,
  fieldError,
  children,
}: {
  firms: readonly (BlockField & { options: Option[] })[];
  /** The day (or the first day). */
  from: BlockField;
  /** The last day, for a span. */
  to?: BlockField;
  note?: BlockField;
  /** A text area for the note (a reason, evidence) instead of one line (a purpose). */
  multilineNote?: boolean;
  fieldError(name: string): string | undefined;
  /** The form's own fields, between the days and the note. */
  children?: ReactNode;
}) {
  return (
    <>
      {firms.map((firm) => (
        <SelectField
          key={firm.name}
          label={firm.label}
          required={firm.required ?? true}
          name={firm.name}
          value={firm.value}
          onChange={firm.onChange}
          error={fieldError(firm.name)}
          options={firm.options}
        />
      ))}
      {[from, to].map(
        (day) =>
          day && (
            <InputField
              key={day.name}
              label={day.label}
              required={day.required}
              type="date"
              name={day.name}
              value={day.value}
              onChange={day.onChange}
              error={fieldError(day.name)}
            />
          ),
      )}
      {children}
      {note &&
        (multilineNote ? (
          <TextAreaField
            label={note.label}
            required={note.required}
            name={note.name}
            value={note.value}
            onChange={note.onChange}
            error={fieldError(note.name)}
          />
        ) : (
          <InputField
            label={note.label}
            required={note.required}
            name={note.name}
            value={note.value}
            onChange={note.onChange}
            error={fieldError(note.name)}
          />
        ))}
    </>
  );
}
