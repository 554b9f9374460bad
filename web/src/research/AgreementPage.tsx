import { useState } from 'react';
import { COEFFICIENT_NAMES, UNDEFINED_REASONS } from '../../../src/research/agreement-messages.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field, SelectField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

type Report = Awaited<ReturnType<typeof computeAgreement>>;
const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
type Level = (typeof LEVELS)[number];
const ORDER = [
  'krippendorffAlpha',
  'percentAgreement',
  'cohenKappa',
  'cohenKappaLinear',
  'cohenKappaQuadratic',
  'scottPi',
  'fleissKappa',
] as const;

function computeAgreement(file: File, measurementLevel: Level) {
  // The file as text/csv whatever type the browser guessed for it.
  const body = new Blob([file], { type: 'text/csv' });
  return api.send('POST', '/research/agreement/file', { query: { measurementLevel }, body });
}

/** Why a coefficient has no value, in words (the server sends the reason's code). */
function reasonOf(code: string | null) {
  const known = Object.hasOwn(UNDEFINED_REASONS, code ?? '');
  return UNDEFINED_REASONS[(known ? code : 'no_pairable_unit') as keyof typeof UNDEFINED_REASONS];
}

/** `/penelitian/kesepakatan`: the agreement coefficients of an uploaded units × coders table, in the reader's language. */
export default function AgreementPage() {
  const { t, lang } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const [level, setLevel] = useState<Level>('nominal');
  const [report, setReport] = useState<Report | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  return (
    <div className="research" data-testid="agreement-page">
      <h1>{t(rm.title)}</h1>
      <p>{t(rm.intro)}</p>
      <form
        noValidate
        className="case-form"
        data-testid="agreement-form"
        onSubmit={(e) => {
          e.preventDefault();
          setMissingFile(file === null);
          if (!file) return;
          void run(async () => setReport(await computeAgreement(file, level)));
        }}
      >
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        <Field label={t(rm.file)} required error={missingFile ? t(rm.chooseFile) : undefined}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <SelectField
          label={t(rm.level)}
          required
          name="measurementLevel"
          value={level}
          onChange={(v) => setLevel(v as Level)}
          error={fieldError('measurementLevel')}
          options={LEVELS.map((l) => ({ value: l, label: t(rm[l]) }))}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t(rm.compute)}
          </button>
        </div>
      </form>
      {report && (
        <section data-testid="agreement-result" aria-live="polite">
          <p>
            {t(rm.summary, {
              coders: formatNumber(lang, report.coders),
              units: formatNumber(lang, report.units),
              pairable: formatNumber(lang, report.pairableUnits),
            })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(rm.coefficient)}</th>
                <th scope="col">{t(rm.value)}</th>
                <th scope="col">{t(rm.unitsUsed)}</th>
              </tr>
            </thead>
            <tbody>
              {ORDER.map((key) => {
                const c = report[key];
                if (!c) return null;
                return (
                  <tr key={key} data-coefficient={key}>
                    <th scope="row">{t(COEFFICIENT_NAMES[key] ?? { id: key, en: key })}</th>
                    <td>{c.value === null ? t(reasonOf(c.reason)) : formatNumber(lang, c.value, 3)}</td>
                    <td>{formatNumber(lang, c.units)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="muted small">{t(rm.readAlpha)}</p>
        </section>
      )}
    </div>
  );
}
