import { useState } from 'react';
import type { Code } from '../../../src/research/coding.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field, InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { pm } from './project-messages.ts';

function formOf(c: Code | null) {
  return {
    name: c?.name ?? '',
    parentId: c?.parentId ?? '',
    glossEn: c?.glossEn ?? '',
    color: c?.color ?? '#4e79a7',
    definition: c?.definition ?? '',
    examples: c?.examples ?? '',
    codable: c?.codable ?? true,
  };
}

/** Adds a code to the tree, or changes `existing` (with the version read: a 409 if someone changed it meanwhile). */
export function CodeForm({
  projectId,
  codes,
  existing,
  onSaved,
  onCancel,
}: {
  projectId: string;
  codes: Code[];
  existing: Code | null;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [form, setForm] = useState(() => formOf(existing));
  const set =
    (key: 'name' | 'parentId' | 'glossEn' | 'color' | 'definition' | 'examples') => (value: string) =>
      setForm((f) => ({ ...f, [key]: value }));
  // A code cannot sit under itself.
  const parents = codes.filter((c) => c.id !== existing?.id);
  const submit = () =>
    run(async () => {
      const fields = {
        name: text(form.name),
        parentId: text(form.parentId) ?? null,
        glossEn: text(form.glossEn) ?? null,
        color: form.color,
        definition: text(form.definition) ?? null,
        examples: text(form.examples) ?? null,
        codable: form.codable,
      };
      if (existing)
        await api.send('PATCH', '/research/codes/:id', {
          params: { id: existing.id },
          body: { ...fields, version: existing.version },
        });
      else
        await api.send('POST', '/research/projects/:id/codes', { params: { id: projectId }, body: fields });
      onSaved();
    });
  return (
    <form
      className="card"
      data-testid="code-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{existing ? t(pm.editCode, { name: existing.name }) : t(pm.addCode)}</h3>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
          {error instanceof ApiError && error.status === 409 && ' ↻'}
        </div>
      )}
      <div className="form-grid">
        <InputField
          label={t(pm.name)}
          required
          value={form.name}
          onChange={set('name')}
          error={fieldError('name')}
        />
        <SelectField
          label={t(pm.parent)}
          value={form.parentId}
          onChange={set('parentId')}
          error={fieldError('parentId')}
          options={parents.map((c) => ({ value: c.id, label: c.name }))}
        />
        <InputField
          label={t(pm.gloss)}
          value={form.glossEn}
          onChange={set('glossEn')}
          error={fieldError('glossEn')}
        />
        <Field label={t(pm.color)} error={fieldError('color')}>
          {(control) => (
            <input
              {...control}
              type="color"
              value={form.color}
              onChange={(e) => set('color')(e.target.value)}
            />
          )}
        </Field>
      </div>
      <TextAreaField
        label={t(pm.definition)}
        value={form.definition}
        onChange={set('definition')}
        error={fieldError('definition')}
      />
      <TextAreaField
        label={t(pm.examples)}
        value={form.examples}
        onChange={set('examples')}
        error={fieldError('examples')}
      />
      <label className="inline">
        <input
          type="checkbox"
          checked={form.codable}
          onChange={(e) => setForm((f) => ({ ...f, codable: e.target.checked }))}
        />
        {t(pm.codable)}
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(pm.save)}
        </button>
        {existing && (
          <button type="button" onClick={onCancel}>
            {t(pm.cancel)}
          </button>
        )}
      </div>
    </form>
  );
}
