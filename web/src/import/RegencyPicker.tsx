import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from '../ui/Field.tsx';
import { m } from './messages.ts';

/**
 * The regency/city in which a file's village and district names are looked up, chosen by name (province,
 * then regency/city) instead of typed as a code. Empty while none is chosen: the file then holds codes.
 */
export function RegencyPicker({ value, onChange }: { value: string; onChange(code: string): void }) {
  const { t } = useI18n();
  const [province, setProvince] = useState(value.slice(0, 2));
  const provinces = useApi(
    (signal) => api.get('/regions', { query: { level: 'province', limit: 100 }, signal }),
    [],
  );
  const regencies = useApi(
    (signal) =>
      province
        ? api.get('/regions', { query: { parent: province, limit: 200 }, signal })
        : Promise.resolve(null),
    [province],
  );
  return (
    <fieldset className="form-grid" data-testid="regency-picker">
      <legend>{t(m.region)}</legend>
      <p className="muted small">{t(m.regionHint)}</p>
      <SelectField
        label={t(m.province)}
        value={province}
        onChange={(code) => {
          setProvince(code);
          onChange('');
        }}
        options={(provinces.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
      />
      {province && (
        <SelectField
          label={t(m.regency)}
          value={value}
          onChange={onChange}
          // The code stays beside the name: it is what a file's own codes begin with.
          options={(regencies.data?.items ?? []).map((r) => ({
            value: r.code,
            label: `${r.name} (${r.code})`,
          }))}
        />
      )}
    </fieldset>
  );
}
