import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { onSubmit } from './FieldFormPage.tsx';
import type { QueuedChange, StoredProjectPackage } from './field-db.ts';
import type { NewChange } from './field-queue.ts';
import { Choice, TextInput } from './inputs.tsx';
import { fm } from './messages.ts';
import { frm } from './research-messages.ts';
import { type ConsentScope, SCOPES, scopeMessage } from './research-scopes.ts';
import { todayLocal, useDraft } from './use-draft.ts';

/** What each research form gets: the project's package and a way to queue what it recorded. */
export interface ResearchFormProps {
  pkg: StoredProjectPackage['pkg'];
  draftKey: string;
  /** Queues the changes; resolves with their client ids, or rejects with why not. */
  save(items: { change: NewChange; label: QueuedChange['label'] }[]): Promise<string[]>;
}

/** A multi-line text input with a large touch target. */
function TextArea({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={8} required onChange={(e) => onChange(e.target.value)} />
    </>
  );
}

/** The four consent scopes as finger-sized checkboxes. */
function ScopeChoices({
  legend,
  value,
  onChange,
  testId,
}: {
  legend: string;
  value: ConsentScope[];
  onChange(v: ConsentScope[]): void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="field-scopes" data-testid={testId}>
      <legend>{legend}</legend>
      {SCOPES.map((scope) => {
        const m = scopeMessage(scope);
        return (
          <label key={scope}>
            <input
              type="checkbox"
              checked={value.includes(scope)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, scope] : value.filter((s) => s !== scope))
              }
            />{' '}
            {m ? t(m) : scope}
          </label>
        );
      })}
    </fieldset>
  );
}

/** An interview or field note (`research.note`): stored as a pasted document of the project. */
export function NoteForm({ pkg, draftKey, save }: ResearchFormProps) {
  const { t } = useI18n();
  const draft = useDraft(draftKey, {
    kind: 'interview',
    title: '',
    text: '',
    informantId: '',
    heldOn: todayLocal(),
  });
  const v = draft.values;
  const ready = v.title.trim() !== '' && v.text.trim() !== '';
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!ready) return;
        await save([
          {
            change: {
              kind: 'research.note',
              payload: {
                kind: v.kind === 'field_note' ? 'field_note' : 'interview',
                title: v.title.trim(),
                text: v.text,
                heldOn: v.heldOn || null,
                informantIds: v.informantId ? [v.informantId] : [],
              },
            },
            label: { kind: 'research.note', params: { title: v.title.trim(), project: pkg.project.name } },
          },
        ]);
        draft.reset();
      })}
    >
      <Choice
        label={t(frm.kind)}
        value={v.kind}
        onChange={(kind) => draft.set({ kind })}
        options={[
          { value: 'interview', label: t(frm.kind_interview) },
          { value: 'field_note', label: t(frm.kind_field_note) },
        ]}
        placeholder={t(fm.choose)}
        required
      />
      <TextInput label={t(frm.title)} value={v.title} onChange={(title) => draft.set({ title })} required />
      <TextArea label={t(frm.text)} value={v.text} onChange={(text) => draft.set({ text })} />
      <Choice
        label={t(frm.informant)}
        value={v.informantId}
        onChange={(informantId) => draft.set({ informantId })}
        options={pkg.informants.map((i) => ({ value: i.id, label: i.pseudonym }))}
        placeholder={t(fm.choose)}
      />
      <TextInput
        label={t(frm.heldOn)}
        type="date"
        value={v.heldOn}
        onChange={(heldOn) => draft.set({ heldOn })}
        required
      />
      <div className="field-row">
        <button type="submit" disabled={!ready}>
          {t(fm.save)}
        </button>
      </div>
    </form>
  );
}

/** Consent given or withdrawn on one day (`informant.consent`). */
export function ConsentForm({ pkg, draftKey, save }: ResearchFormProps) {
  const { t } = useI18n();
  const draft = useDraft(draftKey, {
    informantId: '',
    granted: [] as ConsentScope[],
    withdrawn: [] as ConsentScope[],
    on: todayLocal(),
    note: '',
  });
  const v = draft.values;
  const informant = pkg.informants.find((i) => i.id === v.informantId);
  const both = v.granted.some((s) => v.withdrawn.includes(s));
  const ready = informant && !both && v.granted.length + v.withdrawn.length > 0 && v.on !== '';
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!informant || !ready) return;
        await save([
          {
            change: {
              kind: 'informant.consent',
              payload: {
                informantId: informant.id,
                granted: v.granted,
                withdrawn: v.withdrawn,
                on: v.on,
                note: v.note.trim() || null,
              },
            },
            label: {
              kind: 'informant.consent',
              params: {
                name: informant.pseudonym,
                project: pkg.project.name,
                granted: v.granted.join(','),
                withdrawn: v.withdrawn.join(','),
              },
            },
          },
        ]);
        draft.reset();
      })}
    >
      <Choice
        label={t(frm.informantRequired)}
        value={v.informantId}
        onChange={(informantId) => draft.set({ informantId })}
        options={pkg.informants.map((i) => ({ value: i.id, label: i.pseudonym }))}
        placeholder={t(fm.choose)}
        required
      />
      <ScopeChoices
        legend={t(frm.withdrawn)}
        value={v.withdrawn}
        onChange={(withdrawn) => draft.set({ withdrawn })}
        testId="consent-withdrawn"
      />
      <ScopeChoices
        legend={t(frm.granted)}
        value={v.granted}
        onChange={(granted) => draft.set({ granted })}
        testId="consent-granted"
      />
      {both && (
        <p role="alert" className="field-error">
          {t(frm.bothWays)}
        </p>
      )}
      <TextInput label={t(frm.on)} type="date" value={v.on} onChange={(on) => draft.set({ on })} required />
      <TextInput label={t(frm.consentNote)} value={v.note} onChange={(note) => draft.set({ note })} />
      <div className="field-row">
        <button type="submit" disabled={!ready}>
          {t(fm.save)}
        </button>
      </div>
    </form>
  );
}
