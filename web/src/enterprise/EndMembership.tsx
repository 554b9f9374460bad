import { useState } from 'react';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { xm } from './edit-messages.ts';

/** Which membership list a period belongs to, since centres and institutions have their own routes. */
export type MembershipKind = 'center' | 'institution';

/**
 * Ends one membership period by setting its last day (`PATCH /api/center-memberships/:id` or the
 * institution one); the server's refusal (an end before the start, an overlap) is shown at the date.
 */
export function EndMembership({
  kind,
  id,
  name,
  onEnded,
}: {
  kind: MembershipKind;
  id: string;
  name: string;
  onEnded(): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [validTo, setValidTo] = useState(new Date().toISOString().slice(0, 10));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (!open)
    return (
      <button
        type="button"
        className="small"
        onClick={() => setOpen(true)}
        aria-label={t(xm.endMembershipOf, { name })}
      >
        {t(xm.endMembership)}
      </button>
    );
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const options = { params: { id }, body: { validTo } };
      if (kind === 'center') await api.send('PATCH', '/center-memberships/:id', options);
      else await api.send('PATCH', '/institution-memberships/:id', options);
      setOpen(false);
      onEnded();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="inline-edit">
      <legend className="sr-only">{t(xm.endMembershipOf, { name })}</legend>
      <InputField
        type="date"
        label={t(xm.lastDay)}
        required
        value={validTo}
        onChange={setValidTo}
        error={error}
      />
      <button type="button" className="primary" onClick={save} disabled={busy}>
        {t(busy ? xm.saving : xm.confirmEnd)}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t(xm.cancel)}
      </button>
    </fieldset>
  );
}
