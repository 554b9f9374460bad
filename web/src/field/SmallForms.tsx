import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { type FormProps, onSubmit } from './FieldFormPage.tsx';
import { Choice, TextInput } from './inputs.tsx';
import { firmKey, firmRef, MemberPicker } from './MemberPicker.tsx';
import type { PickableFirm } from './member-search.ts';
import { fm } from './messages.ts';
import { resizePhoto } from './photo.ts';
import { todayLocal, useDraft } from './use-draft.ts';

function useFirm(data: FormProps['data'], key: string): PickableFirm | null {
  const byKey = useMemo(() => new Map(data.index.firms.map((f) => [firmKey(f), f])), [data.index]);
  return byKey.get(key) ?? null;
}

/** A firm's membership of an institution serving the centre (`membership.create`). */
export function MembershipForm({ data, draftKey, save }: FormProps) {
  const { t } = useI18n();
  const draft = useDraft(draftKey, { firm: '', institutionId: '', validFrom: todayLocal() });
  const v = draft.values;
  const firm = useFirm(data, v.firm);
  const institution = data.pkg.institutions.find((i) => i.id === v.institutionId);
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!firm || !institution) return;
        await save([
          {
            change: {
              kind: 'membership.create',
              payload: { institutionId: institution.id, enterprise: firmRef(firm), validFrom: v.validFrom },
            },
            label: { kind: 'membership.create', params: { name: `${firm.name} — ${institution.name}` } },
          },
        ]);
        draft.reset();
      })}
    >
      <Choice
        label={t(fm.institution)}
        value={v.institutionId}
        onChange={(institutionId) => draft.set({ institutionId })}
        options={data.pkg.institutions.map((i) => ({ value: i.id, label: i.name }))}
        placeholder={t(fm.choose)}
        required
      />
      <MemberPicker
        label={t(fm.firm)}
        index={data.index}
        value={firm}
        onPick={(f) => draft.set({ firm: f ? firmKey(f) : '' })}
      />
      <TextInput
        label={t(fm.validFrom)}
        type="date"
        value={v.validFrom}
        onChange={(validFrom) => draft.set({ validFrom })}
        required
      />
      <div className="field-row">
        <button type="submit" disabled={!firm || !institution}>
          {t(fm.save)}
        </button>
      </div>
    </form>
  );
}

/** A day a shared facility of the centre was used without a booking (`facility.usage`). */
export function FacilityForm({ data, draftKey, save }: FormProps) {
  const { t } = useI18n();
  const draft = useDraft(draftKey, { firm: '', facilityId: '', usedOn: todayLocal(), note: '' });
  const v = draft.values;
  const firm = useFirm(data, v.firm);
  const facility = data.pkg.facilities.find((f) => f.id === v.facilityId);
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!facility) return;
        await save([
          {
            change: {
              kind: 'facility.usage',
              payload: {
                facilityId: facility.id,
                enterprise: firm ? firmRef(firm) : null,
                usedOn: v.usedOn,
                note: v.note.trim() || null,
              },
            },
            label: { kind: 'facility.usage', params: { name: facility.name } },
          },
        ]);
        draft.reset();
      })}
    >
      <Choice
        label={t(fm.facilityName)}
        value={v.facilityId}
        onChange={(facilityId) => draft.set({ facilityId })}
        options={data.pkg.facilities.map((f) => ({ value: f.id, label: f.name }))}
        placeholder={t(fm.choose)}
        required
      />
      <MemberPicker
        label={t(fm.firm)}
        index={data.index}
        value={firm}
        onPick={(f) => draft.set({ firm: f ? firmKey(f) : '' })}
      />
      <TextInput
        label={t(fm.usedOn)}
        type="date"
        value={v.usedOn}
        onChange={(usedOn) => draft.set({ usedOn })}
      />
      <TextInput label={t(fm.note)} value={v.note} onChange={(note) => draft.set({ note })} />
      <div className="field-row">
        <button type="submit" disabled={!facility}>
          {t(fm.save)}
        </button>
      </div>
    </form>
  );
}

/** A photo of a firm from the camera, resized on the phone to 1600 px JPEG and kept until sync (`photo`). */
export function PhotoForm({ data, draftKey, save }: FormProps) {
  const { t } = useI18n();
  const inputId = useId();
  const draft = useDraft(draftKey, { firm: '', caption: '' });
  const [image, setImage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const v = draft.values;
  const firm = useFirm(data, v.firm);
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!firm || !image) return;
        await save([
          {
            change: {
              kind: 'photo',
              payload: { enterprise: firmRef(firm), image, caption: v.caption.trim() || null },
            },
            label: { kind: 'photo', params: { name: firm.name } },
          },
        ]);
        setImage(null);
        draft.reset();
      })}
    >
      <MemberPicker
        label={t(fm.firm)}
        index={data.index}
        value={firm}
        onPick={(f) => draft.set({ firm: f ? firmKey(f) : '' })}
      />
      <label htmlFor={inputId}>{t(fm.takePhoto)}</label>
      <input
        id={inputId}
        type="file"
        accept="image/*"
        capture="environment"
        onChange={(e) => {
          const file = e.target.files?.[0];
          setError(null);
          if (file) resizePhoto(file).then(setImage, (err: unknown) => setError(String(err)));
        }}
      />
      {image && <img alt="" src={`data:image/jpeg;base64,${image}`} style={{ maxWidth: '100%' }} />}
      {error && <p className="field-error">{error}</p>}
      <TextInput label={t(fm.caption)} value={v.caption} onChange={(caption) => draft.set({ caption })} />
      <div className="field-row">
        <button type="submit" disabled={!firm || !image}>
          {t(fm.save)}
        </button>
      </div>
    </form>
  );
}
