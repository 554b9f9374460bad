import { useState } from 'react';
import type { User } from '../../../src/auth/users.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ROLE_LABELS } from '../app/roles.ts';
import { Link } from '../app/router.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { jm } from '../jobs/messages.ts';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { am } from './messages.ts';
import { PasswordReset } from './PasswordReset.tsx';
import { UserForm } from './UserForm.tsx';
import './admin.css';

type Editing = { kind: 'new' } | { kind: 'edit'; user: User } | null;

/** `/pengguna`: every account, with forms to create one, change its role and scope, or reset its password. */
export default function UsersPage() {
  const { t, lang } = useI18n();
  const users = useApi((signal) => api.get('/users', { query: { limit: 500 }, signal }), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (users.error) return <ErrorView error={users.error} onRetry={users.reload} />;
  if (!users.data) return <Loading />;
  const saved = (user: User) => {
    setNotice(editing?.kind === 'new' ? t(am.created, { name: user.displayName }) : t(am.saved));
    setEditing({ kind: 'edit', user });
    users.reload();
  };
  return (
    <div className="admin" data-testid="users-page">
      <h1>{t(am.usersTitle)}</h1>
      <p>{t(am.usersIntro)}</p>
      <p>
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
          {t(am.newUser)}
        </button>{' '}
        {/* The top bar is full at 1280 px; the queue is reached from the admin's own screen. */}
        <Link href="/antrean">{t(jm.nav)}</Link>
      </p>
      {notice && <p role="status">{notice}</p>}
      <div className="admin-columns">
        <TableWrap label={t(am.usersTitle)}>
          <table data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{t(am.colName)}</th>
                <th scope="col">{t(am.colEmail)}</th>
                <th scope="col">{t(am.colRole)}</th>
                <th scope="col">{t(am.colStatus)}</th>
                <th scope="col">{t(am.colLastLogin)}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      aria-label={t(am.edit, { name: u.displayName })}
                      onClick={() => {
                        setNotice(null);
                        setEditing({ kind: 'edit', user: u });
                      }}
                    >
                      {u.displayName}
                    </button>
                  </th>
                  <td>{u.email}</td>
                  <td>{t(ROLE_LABELS[u.role])}</td>
                  <td>{u.active ? t(am.active) : t(am.inactive)}</td>
                  <td>{u.lastLoginAt ? formatDate(lang, u.lastLoginAt) : t(am.never)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {editing && (
          <div className="admin-side">
            <UserForm
              key={editing.kind === 'edit' ? `${editing.user.id}-${editing.user.version}` : 'new'}
              user={editing.kind === 'edit' ? editing.user : undefined}
              onSaved={saved}
              onCancel={() => setEditing(null)}
            />
            {editing.kind === 'edit' && <PasswordReset key={editing.user.id} user={editing.user} />}
          </div>
        )}
      </div>
    </div>
  );
}
