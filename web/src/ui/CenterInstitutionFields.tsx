import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { SelectField } from './Field.tsx';

interface Props {
  centerId: string;
  institutionId: string;
  onCenter(id: string): void;
  onInstitution(id: string): void;
  /** The error of a field by its name, as useSubmit gives it. */
  fieldError(name: string): string | undefined;
  labels: { center: string; institution: string };
}

/**
 * A centre and an institution serving it, as two required selects: choosing the centre lists the
 * institutions that serve it (a joint purchasing pool and a price agreement both belong to one).
 */
export function CenterInstitutionFields({
  centerId,
  institutionId,
  onCenter,
  onInstitution,
  fieldError,
  labels,
}: Props) {
  const centers = useApi((signal) => api.get('/centers', { query: { limit: 500 }, signal }), []);
  const institutions = useApi(
    (signal) =>
      centerId
        ? api.get('/institutions', { query: { center: centerId, limit: 200 }, signal })
        : Promise.resolve(null),
    [centerId],
  );
  return (
    <>
      <SelectField
        label={labels.center}
        required
        name="centerId"
        value={centerId}
        onChange={onCenter}
        error={fieldError('centerId')}
        options={(centers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      <SelectField
        label={labels.institution}
        required
        name="institutionId"
        value={institutionId}
        onChange={onInstitution}
        error={fieldError('institutionId')}
        options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
      />
    </>
  );
}
