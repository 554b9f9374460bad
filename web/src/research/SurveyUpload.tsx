import { useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/Field.tsx';
import { sm } from './scales-messages.ts';

/** The CSV import of survey answers; a refused file lists every problem by row and column. */
export function SurveyUpload({
  projectId,
  itemKeys,
  onImported,
}: {
  projectId: string;
  itemKeys: string[];
  onImported(): void;
}) {
  const { t } = useI18n();
  const { busy, error, run } = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const problems = error instanceof ApiError ? error.details : [];
  return (
    <form
      noValidate
      className="card"
      data-testid="survey-upload"
      onSubmit={(e) => {
        e.preventDefault();
        setMissingFile(file === null);
        setDone(null);
        if (!file) return;
        void run(async () => {
          // The file as text/csv whatever type the browser guessed for it.
          const body = new Blob([file], { type: 'text/csv' });
          const result = await api.send('POST', '/research/projects/:id/scales/responses/file', {
            params: { id: projectId },
            query: { filename: file.name },
            body,
          });
          setDone(t(sm.imported, { q: result.questionnaires, r: result.responses }));
          onImported();
        });
      }}
    >
      <h2>{t(sm.upload)}</h2>
      <p className="muted small">{t(sm.uploadIntro, { keys: itemKeys.join(', ') })}</p>
      <Field label={t(sm.file)} required error={missingFile ? t(sm.chooseFile) : undefined}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {error && (
        <div className="alert alert-error" role="alert" data-testid="survey-upload-error">
          <p>{error.message}</p>
          {problems.length > 0 && (
            <>
              <p>{t(sm.problems)}:</p>
              <ul>
                {problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>{p.message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {done && (
        <p className="alert" role="status" data-testid="survey-imported">
          {done}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t(sm.import)}
      </button>
    </form>
  );
}
