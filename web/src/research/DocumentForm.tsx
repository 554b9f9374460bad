import { useState } from 'react';
import { DOCUMENT_KINDS, type ProjectDetail } from '../../../src/research/projects.schema.ts';
import { api } from '../api/client.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field, InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { CheckList, type Choice } from './CheckList.tsx';
import { pm } from './project-messages.ts';

const EMPTY = { kind: 'interview', title: '', heldOn: '', place: '', text: '' };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Adds a document: a .docx or .txt transcript uploaded (the file is the request's body; the API reads
 * and checks it, and its refusal — not a DOCX, not UTF-8 — shows at the file field) or text pasted; with
 * the day, place, informants and interviewers.
 */
export function DocumentForm({
  project,
  informants,
  onAdded,
}: {
  project: ProjectDetail;
  informants: Choice[];
  onAdded(): void;
}) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [mode, setMode] = useState<'upload' | 'paste'>('upload');
  const [form, setForm] = useState(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [informantIds, setInformantIds] = useState<string[]>([]);
  const [interviewerIds, setInterviewerIds] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const upload = async (chosen: File) => {
    const type = /\.docx$/i.test(chosen.name) ? DOCX : 'text/plain';
    const created = await api.send('POST', '/research/projects/:id/documents/file', {
      params: { id: project.id },
      query: {
        filename: chosen.name,
        kind: form.kind,
        title: text(form.title),
        heldOn: text(form.heldOn),
        place: text(form.place),
        informantIds: informantIds.join(',') || undefined,
      },
      body: new Blob([chosen], { type }),
    });
    // The upload's query carries no interviewers: they follow as a change of the new document.
    if (interviewerIds.length > 0)
      await api.send('PATCH', '/research/documents/:id', {
        params: { id: created.id },
        body: { interviewerIds, version: created.version },
      });
    return created.title;
  };
  const paste = async () => {
    const created = await api.send('POST', '/research/projects/:id/documents', {
      params: { id: project.id },
      body: {
        kind: form.kind,
        title: text(form.title),
        heldOn: text(form.heldOn),
        place: text(form.place),
        informantIds,
        interviewerIds,
        text: form.text,
      },
    });
    return created.title;
  };
  const submit = () => {
    setAdded(null);
    const missing = mode === 'upload' && file === null;
    setMissingFile(missing);
    if (missing) return;
    void run(async () => {
      const title = mode === 'upload' && file ? await upload(file) : await paste();
      setForm(EMPTY);
      setFile(null);
      setInformantIds([]);
      setInterviewerIds([]);
      setAdded(t(pm.added, { title }));
      onAdded();
    });
  };
  return (
    <form
      className="card"
      data-testid="document-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3>{t(pm.addDocument)}</h3>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {added && (
        <p className="alert alert-ok" role="status" data-testid="document-added">
          {added}
        </p>
      )}
      <fieldset className="mode-switch">
        <legend>{t(pm.how)}</legend>
        {(['upload', 'paste'] as const).map((m) => (
          <label key={m} className="inline">
            <input type="radio" name="document-mode" checked={mode === m} onChange={() => setMode(m)} />
            {t(pm[m])}
          </label>
        ))}
      </fieldset>
      {mode === 'upload' ? (
        <Field
          label={t(pm.file)}
          hint={t(pm.fileHint)}
          required
          error={missingFile ? t(pm.chooseFile) : (fieldError('file') ?? fieldError('filename'))}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
      ) : (
        <TextAreaField
          label={t(pm.text)}
          required
          value={form.text}
          onChange={set('text')}
          error={fieldError('text')}
        />
      )}
      <div className="form-grid">
        <InputField
          label={t(pm.title)}
          required={mode === 'paste'}
          hint={mode === 'upload' ? t(pm.titleHint) : undefined}
          value={form.title}
          onChange={set('title')}
          error={fieldError('title')}
        />
        <SelectField
          label={t(pm.kind)}
          required
          placeholder={false}
          value={form.kind}
          onChange={set('kind')}
          error={fieldError('kind')}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(pm[`kind_${k}`]) }))}
        />
        <InputField
          label={t(pm.heldOn)}
          type="date"
          value={form.heldOn}
          onChange={set('heldOn')}
          error={fieldError('heldOn')}
        />
        <InputField
          label={t(pm.place)}
          value={form.place}
          onChange={set('place')}
          error={fieldError('place')}
        />
      </div>
      <CheckList
        legend={t(pm.informants)}
        choices={informants}
        selected={informantIds}
        onChange={setInformantIds}
        error={fieldError('informantIds')}
      />
      <CheckList
        legend={t(pm.interviewers)}
        choices={project.members.map((m) => ({ id: m.userId, label: m.displayName }))}
        selected={interviewerIds}
        onChange={setInterviewerIds}
        error={fieldError('interviewerIds')}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(pm.save)}
        </button>
      </div>
    </form>
  );
}
