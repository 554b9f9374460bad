import { useState } from 'react';
import { PROJECT_ROLES, type ProjectDetail } from '../../../src/research/projects.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from '../ui/Field.tsx';
import { ErrorView } from '../ui/status.tsx';
import { pm } from './project-messages.ts';

interface Props {
  project: ProjectDetail;
  /** The lead, or the admin who is no member (who hands on a project whose lead left). */
  mayManage: boolean;
  onChanged(): void;
}

/** The project's members with their roles; the lead adds a researcher account (lead, coder, reader) or removes one. */
export function ProjectMembers({ project, mayManage, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  // Removal has its own state: its refusal (the last lead) belongs by the table, not at the add form's fields.
  const removal = useSubmit();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('coder');
  const candidates = useApi(
    async (signal) =>
      mayManage
        ? api.get('/research/projects/:id/member-candidates', { params: { id: project.id }, signal })
        : null,
    [project.id, mayManage, project.members.length],
  );
  const add = () =>
    run(async () => {
      await api.send('PUT', '/research/projects/:id/members', {
        params: { id: project.id },
        body: { userId, role },
      });
      setUserId('');
      onChanged();
    });
  const remove = (memberId: string) =>
    removal.run(async () => {
      await api.send('DELETE', '/research/projects/:id/members/:userId', {
        params: { id: project.id, userId: memberId },
      });
      onChanged();
    });
  const roleOptions = PROJECT_ROLES.map((r) => ({ value: r, label: t(pm[r]) }));
  return (
    <>
      <h2>{t(pm.tabMembers)}</h2>
      <table data-testid="member-list">
        <thead>
          <tr>
            <th scope="col">{t(pm.name)}</th>
            <th scope="col">{t(pm.role)}</th>
            <th scope="col">{t(pm.addedAt)}</th>
            {mayManage && <th scope="col">{t(pm.actions)}</th>}
          </tr>
        </thead>
        <tbody>
          {project.members.map((m) => (
            <tr key={m.userId}>
              <th scope="row">{m.displayName}</th>
              <td>{t(pm[m.role])}</td>
              <td>{formatDate(lang, m.addedAt)}</td>
              {mayManage && (
                <td>
                  <button
                    type="button"
                    disabled={removal.busy}
                    aria-label={t(pm.removeLabel, { name: m.displayName })}
                    onClick={() => void remove(m.userId)}
                  >
                    {t(pm.remove)}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {removal.error && <ErrorView error={removal.error} />}
      {mayManage && (
        <form
          className="card"
          data-testid="member-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <h3>{t(pm.addMember)}</h3>
          {error && (
            <div className="alert alert-error" role="alert">
              {error.message}
            </div>
          )}
          {candidates.data && candidates.data.items.length === 0 && (
            <p className="muted">{t(pm.noCandidates)}</p>
          )}
          <div className="form-grid">
            <SelectField
              label={t(pm.account)}
              required
              value={userId}
              onChange={setUserId}
              error={fieldError('userId')}
              options={(candidates.data?.items ?? []).map((c) => ({
                value: c.userId,
                label: `${c.displayName} (${c.email})`,
              }))}
            />
            <SelectField
              label={t(pm.role)}
              required
              placeholder={false}
              value={role}
              onChange={setRole}
              error={fieldError('role')}
              options={roleOptions}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t(pm.add)}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
