import { useState } from 'react';
import { MEDIATOR_ROLES } from '../../../src/cases/cases.constants.ts';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { FIELD_LABELS as L } from '../../../src/shared/field-labels.ts';
import { api } from '../api/client.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { hm } from './handle-messages.ts';
import { MEDIATOR_LABELS } from './labels.ts';

/** Records a mediation session: day, place, who mediated, who attended, what was said. */
export function SessionForm({ kase, onDone }: { kase: Case; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  // Folded until wanted, so the case itself stays on screen; it stays open after a save to show the result.
  const [open, setOpen] = useState(false);
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [mediatorRole, setMediatorRole] = useState(kase.mediatorRole ?? '');
  const [attendees, setAttendees] = useState('');
  const [notes, setNotes] = useState('');
  return (
    <details className="case-add" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t(hm.sessionTitle)}</summary>
      <form
        noValidate
        className="case-form"
        data-testid="case-session-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const body = { heldOn, place, mediatorRole, attendees, sessionNotes: text(notes) };
            await api.send('POST', '/cases/:id/sessions', { params: { id: kase.id }, body });
            setPlace('');
            setAttendees('');
            setNotes('');
            onDone();
          });
        }}
      >
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        <InputField
          label={t(L.heldOn!)}
          required
          type="date"
          name="heldOn"
          value={heldOn}
          onChange={setHeldOn}
          error={fieldError('heldOn')}
        />
        <InputField
          label={t(L.place!)}
          required
          name="place"
          value={place}
          onChange={setPlace}
          error={fieldError('place')}
        />
        <SelectField
          label={t(L.mediatorRole!)}
          required
          name="mediatorRole"
          value={mediatorRole}
          onChange={setMediatorRole}
          error={fieldError('mediatorRole')}
          options={MEDIATOR_ROLES.map((r) => ({ value: r, label: t(MEDIATOR_LABELS[r]) }))}
        />
        <TextAreaField
          label={t(L.attendees!)}
          required
          name="attendees"
          value={attendees}
          onChange={setAttendees}
          error={fieldError('attendees')}
        />
        <TextAreaField
          label={t(L.sessionNotes!)}
          name="sessionNotes"
          value={notes}
          onChange={setNotes}
          error={fieldError('sessionNotes')}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t(hm.sessionSave)}
          </button>
        </div>
      </form>
    </details>
  );
}
