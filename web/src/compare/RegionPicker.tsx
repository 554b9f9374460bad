import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from '../ui/Field.tsx';
import { m } from './messages.ts';

/** A province, then optionally one of its regencies/cities (what the comparison API accepts). */
export function RegionPicker({ value, onChange }: { value: string; onChange(code: string): void }) {
  const { t } = useI18n();
  const province = value.slice(0, 2);
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
    <div className="form-grid">
      <SelectField
        label={t(m.province)}
        required
        value={province}
        onChange={onChange}
        options={(provinces.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
      />
      {province && (
        <SelectField
          label={t(m.regency)}
          value={value.length === 5 ? value : ''}
          onChange={(code) => onChange(code || province)}
          placeholder={false}
          options={[
            { value: '', label: t(m.wholeProvince) },
            ...(regencies.data?.items ?? []).map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
      )}
    </div>
  );
}
