import { useEffect, useState } from 'react';
import type { MatchingWeights } from '../../../src/matching/weights.ts';
import type { PartnershipSettings } from '../../../src/partnership-settings/partnership-settings.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { FormFrame } from '../entry/FormFrame.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { psm, WEIGHT_LABELS } from './messages.ts';

type Key = keyof MatchingWeights;
type Texts = Partial<Record<Key, string>>;

/** The stored weights as the form's texts (a key the centre did not set stays empty: the default). */
function textsOf(settings: PartnershipSettings): Texts {
  return Object.fromEntries(Object.entries(settings.storedWeights).map(([k, v]) => [k, String(v)]));
}

/** The form's texts as the body's weights: empty means default; a comma is a decimal point. */
function weightsOf(texts: Texts): Record<string, number> {
  return Object.fromEntries(
    Object.entries(texts)
      .filter(([, text]) => text?.trim())
      .map(([key, text]) => [key, Number(text!.trim().replace(',', '.'))]),
  );
}

/** `/sentra/:id/pengaturan-kemitraan`: officer review of requests and the ranking's weights of a centre. */
export default function PartnershipSettingsPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id!;
  const loaded = useApi(
    async (signal) => {
      const [center, settings] = await Promise.all([
        api.get('/centers/:id', { params: { id }, signal }),
        api.get('/centers/:id/partnership-settings', { params: { id }, signal }),
      ]);
      return { name: center.name, settings };
    },
    [id],
  );
  const [settings, setSettings] = useState<PartnershipSettings | null>(null);
  const [review, setReview] = useState(false);
  const [texts, setTexts] = useState<Texts>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [saved, setSaved] = useState(false);
  const show = (next: PartnershipSettings) => {
    setSettings(next);
    setReview(next.requestReviewRequired);
    setTexts(textsOf(next));
  };
  useEffect(() => {
    const loadedSettings = loaded.data?.settings;
    if (!loadedSettings) return;
    setSettings(loadedSettings);
    setReview(loadedSettings.requestReviewRequired);
    setTexts(textsOf(loadedSettings));
  }, [loaded.data]);
  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFound />;
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data || !settings) return <Loading />;
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const body = { requestReviewRequired: review, weights: weightsOf(texts), version: settings.version };
      show(await api.send('PUT', '/centers/:id/partnership-settings', { params: { id }, body }));
      setSaved(true);
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (key: string) => (error instanceof ApiError ? error.field(`weights.${key}`) : undefined);
  return (
    <article data-testid="partnership-settings">
      <p>
        <Link href={`/sentra/${id}`}>{t(psm.back)}</Link>
      </p>
      <FormFrame title={t(psm.title, { name: loaded.data.name })} busy={busy} error={error} onSubmit={save}>
        {saved && (
          <p className="alert" role="status">
            {t(psm.saved)}
          </p>
        )}
        <label className="inline">
          <input type="checkbox" checked={review} onChange={(e) => setReview(e.target.checked)} />{' '}
          {t(WEIGHT_LABELS.requestReviewRequired)}
        </label>
        <p className="muted small hint">{t(psm.reviewHint)}</p>
        <fieldset>
          <legend>{t(psm.weightsTitle)}</legend>
          <p className="muted small hint">{t(psm.weightsIntro)}</p>
          {(Object.keys(settings.defaults) as Key[]).map((key) => (
            <InputField
              key={key}
              name={key}
              type="number"
              step="any"
              label={t(WEIGHT_LABELS[key])}
              hint={t(psm.defaultIs, { value: formatNumber(lang, settings.defaults[key]) })}
              placeholder={formatNumber(lang, settings.defaults[key])}
              value={texts[key] ?? ''}
              onChange={(text) => setTexts({ ...texts, [key]: text })}
              error={fieldError(key)}
            />
          ))}
          <button type="button" onClick={() => setTexts({})}>
            {t(psm.toDefaults)}
          </button>
        </fieldset>
      </FormFrame>
    </article>
  );
}
