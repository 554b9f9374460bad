import { useState } from 'react';
import { EVIDENCE_KINDS, EVIDENCE_MEDIA_TYPES } from '../../../src/cases/cases.constants.ts';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { FIELD_LABELS as L } from '../../../src/shared/field-labels.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field, InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { hm } from './handle-messages.ts';
import { EVIDENCE_KIND_LABELS } from './labels.ts';

/**
 * Adds an evidence item. With a file, the file is the raw body and the fields the query, so the server
 * hashes exactly the bytes it stores; the hash it computed is shown back. Without one, a described item.
 */
export function EvidenceForm({ kase, onDone }: { kase: Case; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  // Folded until wanted, so the case itself stays on screen; it stays open after a save to show the result.
  const [open, setOpen] = useState(false);
  const [evidenceKind, setKind] = useState('');
  const [description, setDescription] = useState('');
  const [capturedOn, setCapturedOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [savedHash, setSavedHash] = useState<string | null>(null);
  // A file input cannot be emptied through its value: a new key gives a fresh one after each save.
  const [fileKey, setFileKey] = useState(0);
  return (
    <details className="case-add" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t(hm.evidenceTitle)}</summary>
      <form
        noValidate
        className="case-form"
        data-testid="case-evidence-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSavedHash(null);
          void run(async () => {
            const fields = { evidenceKind, description, capturedOn };
            const params = { id: kase.id };
            const saved = file
              ? await api.send('POST', '/cases/:id/evidence/file', { params, query: fields, body: file })
              : await api.send('POST', '/cases/:id/evidence', { params, body: fields });
            // The newest item is the one just saved: the case lists evidence in the order it was added.
            const added = saved.evidence.find((item) => !kase.evidence.some((old) => old.id === item.id));
            setSavedHash(added?.sha256 ?? null);
            setDescription('');
            setFile(null);
            setFileKey((k) => k + 1);
            onDone();
          });
        }}
      >
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        {savedHash && (
          <p className="alert alert-ok" role="status" data-testid="evidence-saved">
            {t(hm.evidenceSaved, { hash: savedHash })}
          </p>
        )}
        <SelectField
          label={t(L.evidenceKind!)}
          required
          name="evidenceKind"
          value={evidenceKind}
          onChange={setKind}
          error={fieldError('evidenceKind')}
          options={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(EVIDENCE_KIND_LABELS[k]) }))}
        />
        <TextAreaField
          label={t(L.description ?? hm.evidenceTitle)}
          required
          name="description"
          value={description}
          onChange={setDescription}
          error={fieldError('description')}
        />
        <InputField
          label={t(L.capturedOn!)}
          required
          type="date"
          name="capturedOn"
          value={capturedOn}
          onChange={setCapturedOn}
          error={fieldError('capturedOn')}
        />
        <Field label={t(hm.evidenceFile)} hint={t(hm.evidenceFileHint)}>
          {(control) => (
            <input
              {...control}
              key={fileKey}
              type="file"
              accept={EVIDENCE_MEDIA_TYPES.join(',')}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t(hm.evidenceSave)}
          </button>
        </div>
      </form>
    </details>
  );
}
