import { useMemo } from 'react';
import type { FieldEnterpriseChanges } from '../../../src/field/field.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type FormProps, onSubmit } from './FieldFormPage.tsx';
import { TextInput } from './inputs.tsx';
import { firmKey, firmRef, MemberPicker } from './MemberPicker.tsx';
import { fm } from './messages.ts';
import { useDraft } from './use-draft.ts';

/**
 * A profile update of a firm in the package: only the fields typed in are sent, based on the version the
 * package holds (a newer one on the server makes it a conflict for the collector to resolve).
 */
export function ProfileForm({ data, draftKey, save }: FormProps) {
  const { t } = useI18n();
  const draft = useDraft(draftKey, {
    firm: '',
    name: '',
    ownerName: '',
    products: '',
    phone: '',
    address: '',
  });
  const v = draft.values;
  const byKey = useMemo(() => new Map(data.index.firms.map((f) => [firmKey(f), f])), [data.index]);
  const firm = byKey.get(v.firm) ?? null;
  const changes: FieldEnterpriseChanges = {};
  if (v.name.trim()) changes.name = v.name.trim();
  if (v.ownerName.trim()) changes.ownerName = v.ownerName.trim();
  if (v.products.trim()) changes.products = v.products.trim();
  if (v.phone.trim()) changes.phone = v.phone.trim();
  if (v.address.trim()) changes.address = v.address.trim();
  const empty = Object.keys(changes).length === 0;
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!firm?.version || empty) return;
        await save([
          {
            change: {
              kind: 'enterprise.update',
              basedOnVersion: firm.version,
              payload: { enterprise: firmRef(firm), changes },
            },
            label: { kind: 'enterprise.update', params: { name: firm.name } },
          },
        ]);
        draft.reset();
      })}
    >
      <MemberPicker
        label={t(fm.firm)}
        index={data.index}
        value={firm}
        onlyKnown
        onPick={(f) => draft.set({ firm: f ? firmKey(f) : '' })}
        testId="profile-firm"
      />
      {firm && (
        <>
          <p className="field-muted">{[firm.name, firm.owner, firm.products].filter(Boolean).join(' · ')}</p>
          <TextInput label={t(fm.name)} value={v.name} onChange={(name) => draft.set({ name })} />
          <TextInput
            label={t(fm.owner)}
            value={v.ownerName}
            onChange={(ownerName) => draft.set({ ownerName })}
          />
          <TextInput
            label={t(fm.products)}
            value={v.products}
            onChange={(products) => draft.set({ products })}
          />
          <TextInput
            label={t(fm.phone)}
            type="tel"
            value={v.phone}
            onChange={(phone) => draft.set({ phone })}
          />
          <TextInput label={t(fm.address)} value={v.address} onChange={(address) => draft.set({ address })} />
          <div className="field-row">
            <button type="submit" disabled={empty}>
              {t(fm.save)}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
