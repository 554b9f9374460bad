import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { CENTER_ROLE_LABELS } from '../enterprise/labels.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { mm } from './member-messages.ts';

const today = () => new Date().toISOString().slice(0, 10);
type Role = keyof typeof CENTER_ROLE_LABELS;

/**
 * Enrols a firm in the centre (`POST /api/center-memberships`). The server refuses a period overlapping
 * one already recorded and says which; that message is shown as it comes.
 */
export function AddMemberForm({ centerId, onAdded }: { centerId: string; onAdded(): void }) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const [firmId, setFirmId] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [validFrom, setValidFrom] = useState(today());
  const [validTo, setValidTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; field?: string } | null>(null);
  const needle = q.trim();
  const found = useApi(
    (signal) =>
      needle.length < 2
        ? Promise.resolve([])
        : api
            .get('/enterprises', { query: { q: needle, limit: 20, sort: 'name' }, signal })
            .then((p) => p.items),
    [needle],
  );
  const firms = found.data ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!firmId) {
      setOutcome({ ok: false, text: t(mm.chooseFirm), field: 'enterpriseId' });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      await api.send('POST', '/center-memberships', {
        body: { centerId, enterpriseId: firmId, role, validFrom, validTo: validTo || null },
      });
      const name = firms.find((f) => f.id === firmId)?.name ?? '';
      setOutcome({ ok: true, text: t(mm.added, { name, date: formatDate(lang, validFrom) }) });
      setFirmId('');
      setQ('');
      onAdded();
    } catch (error) {
      const field = error instanceof ApiError ? error.details[0]?.path : undefined;
      setOutcome({ ok: false, text: error instanceof Error ? error.message : String(error), field });
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (path: string) =>
    outcome && !outcome.ok && outcome.field === path ? outcome.text : undefined;
  return (
    <details className="add-member" data-testid="add-member">
      <summary>{t(mm.addTitle)}</summary>
      <form onSubmit={submit} className="form-grid" noValidate>
        <InputField type="search" label={t(mm.findFirm)} hint={t(mm.findHint)} value={q} onChange={setQ} />
        <SelectField
          label={t(mm.firm)}
          required
          value={firmId}
          onChange={setFirmId}
          options={firms.map((f) => ({
            value: f.id,
            label: f.regionName ? `${f.name} (${f.regionName})` : f.name,
          }))}
          error={fieldError('enterpriseId')}
          hint={needle.length >= 2 && found.data && firms.length === 0 ? t(mm.noMatch) : undefined}
        />
        <SelectField
          label={t(mm.role)}
          required
          placeholder={false}
          value={role}
          onChange={(v) => setRole(v as Role)}
          options={Object.entries(CENTER_ROLE_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
        />
        <InputField
          type="date"
          label={t(mm.validFrom)}
          required
          value={validFrom}
          onChange={setValidFrom}
          error={fieldError('validFrom')}
        />
        <InputField
          type="date"
          label={t(mm.validTo)}
          value={validTo}
          onChange={setValidTo}
          error={fieldError('validTo')}
        />
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {t(busy ? mm.adding : mm.add)}
          </button>
        </div>
      </form>
      {outcome && !outcome.field && (
        <p
          className={`alert ${outcome.ok ? 'alert-ok' : 'alert-error'}`}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="add-member-outcome"
        >
          {outcome.text}
        </p>
      )}
    </details>
  );
}
