import { useState } from 'react';
import type { z } from 'zod';
import type { SurveyItemSchema } from '../../../src/research/scales/scales.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { sm } from './scales-messages.ts';

type SurveyItem = z.infer<typeof SurveyItemSchema>;

/**
 * The lead's rewording of one item of a current instrument: saving writes a new version of the instrument
 * (the server's rule), so answers already given keep the wording they answered.
 */
export function SurveyItemEdit({ item, onSaved }: { item: SurveyItem; onSaved(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [open, setOpen] = useState(false);
  const [textId, setTextId] = useState(item.text.id);
  const [textEn, setTextEn] = useState(item.text.en);
  const [reverse, setReverse] = useState(item.reverse);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} aria-label={t(sm.editItem, { key: item.key })}>
        {t(sm.edit)}
      </button>
    );
  const save = () =>
    run(async () => {
      await api.send('PATCH', '/research/survey-items/:id', {
        params: { id: item.id },
        body: { textId, textEn, reverse },
      });
      setOpen(false);
      onSaved();
    });
  return (
    <form
      noValidate
      className="card"
      data-testid="survey-item-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="small muted">{t(sm.newVersionNote)}</p>
      {error && !fieldError('textId') && !fieldError('textEn') && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <InputField
        label={t(sm.itemId)}
        required
        value={textId}
        onChange={setTextId}
        error={fieldError('textId')}
      />
      <InputField
        label={t(sm.itemEn)}
        required
        value={textEn}
        onChange={setTextEn}
        error={fieldError('textEn')}
      />
      <label className="inline">
        <input type="checkbox" checked={reverse} onChange={(e) => setReverse(e.target.checked)} />{' '}
        {t(sm.reverseLabel)}
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(sm.saveItem)}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t(sm.cancel)}
        </button>
      </div>
    </form>
  );
}
