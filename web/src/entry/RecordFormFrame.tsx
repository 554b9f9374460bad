import type { ReactNode } from 'react';
import { FormFrame } from './FormFrame.tsx';
import { MergeView } from './MergeView.tsx';
import type { Choice } from './merge.ts';
import type { Conflict } from './use-record-save.ts';

interface Props<V> {
  title: string;
  /** The form's saving (`useRecordSave`): its submit, and the conflict to settle after a 409. */
  save: {
    conflict: Conflict<V> | null;
    submit(): void;
    resolve(choices: Partial<Record<keyof V, Choice>>): void;
  };
  /** Each field's label as the form shows it, for the merge view. */
  labels: Record<keyof V & string, string>;
  /** A value as a person reads it, for the merge view. */
  show?(key: keyof V & string, value: unknown): string;
  busy: boolean;
  error: Error | null;
  children: ReactNode;
}

/** A form that creates or edits a record: the merge view above it while an edit conflicts, then the form. */
export function RecordFormFrame<V>({ title, save, labels, show, busy, error, children }: Props<V>) {
  return (
    <>
      {save.conflict && (
        <MergeView
          conflict={save.conflict}
          labels={labels}
          show={show}
          busy={busy}
          onResolve={save.resolve}
        />
      )}
      <FormFrame title={title} busy={busy} error={error} onSubmit={save.submit}>
        {children}
      </FormFrame>
    </>
  );
}
