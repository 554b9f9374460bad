import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from '../ui/Field.tsx';
import { m } from './messages.ts';

/**
 * The research project a name-generator survey is imported into (its respondents become informants):
 * offered only to a user who codes or leads a project; renders nothing otherwise.
 */
export function ResearchProjectPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(projectId: string): void;
  error?: string;
}) {
  const { t } = useI18n();
  const { may } = useSession();
  const allowed = may((a) => a.research.projects);
  const projects = useApi(
    (signal) => (allowed ? api.get('/research/projects', { signal }) : Promise.resolve({ items: [] })),
    [allowed],
  );
  const mine = (projects.data?.items ?? []).filter((p) => p.myRole === 'coder' || p.myRole === 'lead');
  if (mine.length === 0) return null;
  return (
    <SelectField
      label={t(m.researchProject)}
      hint={t(m.researchProjectHint)}
      value={value}
      onChange={onChange}
      error={error}
      options={mine.map((p) => ({ value: p.id, label: p.name }))}
    />
  );
}
