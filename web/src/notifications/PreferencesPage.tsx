import { type FormEvent, useEffect, useState } from 'react';
import type { NotificationPreferences } from '../../../src/notifications/notifications.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { CHANNEL_LABELS, CHANNELS, KIND_LABELS, NOTIFICATION_KINDS } from './labels.ts';
import { nm } from './messages.ts';
import './notifications.css';

/** `/pemberitahuan/pengaturan`: the user's own choices — per kind, in the app only or by e-mail or message too — and their language. */
export default function PreferencesPage() {
  const { t } = useI18n();
  const stored = useApi((signal) => api.get('/notification-preferences', { signal }), []);
  const [choice, setChoice] = useState<NotificationPreferences | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, run, fieldError } = useSubmit();
  useEffect(() => {
    if (stored.data) setChoice(stored.data);
  }, [stored.data]);
  if (stored.error) return <ErrorView error={stored.error} onRetry={stored.reload} />;
  if (!choice) return <Loading />;
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      setChoice(await api.send('PUT', '/notification-preferences', { body: choice }));
      setSaved(true);
    });
  };
  return (
    <div className="inbox" data-testid="notification-settings">
      <h1>{t(nm.settings)}</h1>
      <p>{t(nm.settingsIntro)}</p>
      <form className="card" onSubmit={save} noValidate aria-label={t(nm.settings)}>
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        {saved && (
          <div className="alert" role="status">
            {t(nm.saved)}
          </div>
        )}
        {NOTIFICATION_KINDS.map((kind) => (
          <SelectField
            key={kind}
            label={t(KIND_LABELS[kind])}
            value={choice.channels[kind]}
            placeholder={false}
            onChange={(v) =>
              setChoice({
                ...choice,
                channels: { ...choice.channels, [kind]: v as (typeof CHANNELS)[number] },
              })
            }
            options={CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_LABELS[c]) }))}
            error={fieldError(`channels.${kind}`)}
          />
        ))}
        <SelectField
          label={t(nm.language)}
          value={choice.language}
          placeholder={false}
          onChange={(v) => setChoice({ ...choice, language: v as 'id' | 'en' })}
          options={[
            { value: 'id', label: t(nm.langId) },
            { value: 'en', label: t(nm.langEn) },
          ]}
          error={fieldError('language')}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t(nm.save)}
          </button>
        </div>
      </form>
      <p>
        <Link href="/pemberitahuan">{t(nm.back)}</Link>
      </p>
    </div>
  );
}
