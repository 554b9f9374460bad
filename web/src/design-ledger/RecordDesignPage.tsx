import { useState } from 'react';
import { type DesignRecord, MAX_IMAGES_PER_RECORD } from '../../../src/design-ledger/design-ledger.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link, useRouter } from '../app/router.tsx';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field, InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { dm } from './messages.ts';
import './design-ledger.css';

/** A chosen file as the API wants it: its name and its bytes as a base64 `data:` URL. */
function readAsDataUrl(file: File): Promise<{ fileName: string; data: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ fileName: file.name, data: String(reader.result) });
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsDataURL(file);
  });
}

/**
 * `/desain/baru`: records a design for a firm the reader may act for (the server scopes the firm list and
 * checks again). A refused image shows the server's message at the images field; an image already in the
 * ledger stores nothing and the page points to the existing record.
 */
export default function RecordDesignPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const firms = useApi(
    (signal) => api.get('/enterprises', { query: { limit: 200, sort: 'name' }, signal }),
    [],
  );
  const [firm, setFirm] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState('');
  const [published, setPublished] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [existing, setExisting] = useState<DesignRecord | null>(null);
  const { busy, error, run, fieldError } = useSubmit();
  const options = (firms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }));
  const chosenFirm = firm || (options.length === 1 ? (options[0]?.value ?? '') : '');
  // Every refused image has its own message (path `images.N.data`); all are shown at the one file input.
  const imageErrors =
    error instanceof ApiError
      ? error.details.filter((d) => d.path === 'images' || d.path.startsWith('images.')).map((d) => d.message)
      : [];
  const submit = () =>
    void run(async () => {
      setExisting(null);
      const images = await Promise.all(files.map(readAsDataUrl));
      const body = {
        enterpriseId: chosenFirm,
        title,
        description: text(description) ?? null,
        category,
        firstPublishedOn: text(published) ?? null,
        images,
      };
      const record = await api.send('POST', '/design-ledger', { body: body as never });
      if (record.alreadyRecorded) setExisting(record);
      else navigate(`/desain/${record.id}`);
    });
  return (
    <div className="design-ledger">
      <p>
        <Link href="/desain">{t(dm.back)}</Link>
      </p>
      <h1>{t(dm.formTitle)}</h1>
      <p className="muted">{t(dm.formIntro)}</p>
      <form
        className="ledger-form"
        data-testid="record-design-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        {existing && (
          <div className="alert" role="status" data-testid="already-recorded">
            <strong>{t(dm.alreadyTitle)}</strong>
            <p>
              {t(dm.alreadyBody, {
                images: existing.duplicateImages.map((i) => i + 1).join(', '),
                seq: existing.seq,
                title: existing.title,
              })}
            </p>
            <Link href={`/desain/${existing.id}`}>{t(dm.openExisting)}</Link>
          </div>
        )}
        <SelectField
          label={t(dm.fieldFirm)}
          required
          name="enterpriseId"
          value={chosenFirm}
          onChange={setFirm}
          error={fieldError('enterpriseId')}
          options={options}
        />
        <InputField
          label={t(dm.fieldTitle)}
          required
          name="title"
          value={title}
          onChange={setTitle}
          error={fieldError('title')}
        />
        <TextAreaField
          label={t(dm.fieldDescription)}
          name="description"
          value={description}
          onChange={setDescription}
          error={fieldError('description')}
        />
        <InputField
          label={t(dm.fieldCategory)}
          required
          name="category"
          value={category}
          onChange={setCategory}
          hint={t(dm.categoryHint)}
          error={fieldError('category')}
        />
        <InputField
          label={t(dm.fieldFirstPublished)}
          type="date"
          name="firstPublishedOn"
          value={published}
          onChange={setPublished}
          error={fieldError('firstPublishedOn')}
        />
        <Field
          label={t(dm.fieldImages)}
          required
          hint={t(dm.imagesHint, { max: MAX_IMAGES_PER_RECORD })}
          error={imageErrors.length > 0 ? imageErrors.join(' ') : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              name="images"
              multiple
              accept="image/jpeg,image/png,image/webp"
              onChange={(e) => setFiles([...(e.target.files ?? [])])}
            />
          )}
        </Field>
        {files.length > 0 && <p className="muted small">{t(dm.chosen, { n: files.length })}</p>}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t(dm.sending) : t(dm.submit)}
          </button>
        </div>
      </form>
    </div>
  );
}
