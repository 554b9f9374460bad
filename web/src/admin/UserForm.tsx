import { type FormEvent, useId, useState } from 'react';
import { ROLES, type Role } from '../../../src/auth/roles.ts';
import type { User } from '../../../src/auth/users.schema.ts';
import { api } from '../api/client.ts';
import { ROLE_LABELS } from '../app/roles.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { am } from './messages.ts';
import { ScopePicker } from './ScopePicker.tsx';
import { nameOf, searchCenters, searchEnterprises, searchRegions } from './scope-search.ts';

interface Props {
  /** The account being edited; a new one is created when absent. */
  user?: User;
  onSaved(user: User): void;
  onCancel(): void;
}

/** Creates an account or edits its role, scope and active flag (e-mail and password only when creating). */
export function UserForm({ user, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const { busy, error, run, fieldError } = useSubmit();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'viewer');
  const [regions, setRegions] = useState(user?.scopes.regions ?? []);
  const [centers, setCenters] = useState(user?.scopes.centers ?? []);
  const [enterprises, setEnterprises] = useState(user?.scopes.enterprises ?? []);
  const [personalDataAccess, setPersonalDataAccess] = useState(user?.personalDataAccess ?? false);
  const [active, setActive] = useState(user?.active ?? true);
  const scopes = { regions, centers, enterprises, projects: user?.scopes.projects ?? [] };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const saved = user
        ? await api.send('PATCH', '/users/:id', {
            params: { id: user.id },
            body: { displayName, role, scopes, personalDataAccess, active, version: user.version },
          })
        : await api.send('POST', '/users', {
            body: { email, displayName, role, password: text(password), scopes, personalDataAccess },
          });
      onSaved(saved);
    });
  };
  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{user ? t(am.editTitle, { name: user.displayName }) : t(am.createTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {!user && (
        <InputField
          label={t(am.email)}
          type="email"
          value={email}
          onChange={setEmail}
          required
          error={fieldError('email')}
        />
      )}
      <InputField
        label={t(am.displayName)}
        value={displayName}
        onChange={setDisplayName}
        required
        error={fieldError('displayName')}
      />
      <SelectField
        label={t(am.role)}
        value={role}
        onChange={(v) => setRole(v as Role)}
        required
        options={ROLES.map((r) => ({ value: r, label: t(ROLE_LABELS[r]) }))}
        error={fieldError('role')}
      />
      {!user && (
        <InputField
          label={t(am.initialPassword)}
          value={password}
          onChange={setPassword}
          hint={t(am.initialPasswordHint)}
          error={fieldError('password')}
        />
      )}
      <fieldset>
        <legend>{t(am.scopes)}</legend>
        <p className="muted small">{t(am.scopesHint)}</p>
        <ScopePicker
          label={t(am.regions)}
          value={regions}
          onChange={setRegions}
          search={searchRegions}
          nameOf={nameOf.region}
          error={fieldError('scopes.regions')}
        />
        <ScopePicker
          label={t(am.centers)}
          value={centers}
          onChange={setCenters}
          search={searchCenters}
          nameOf={nameOf.center}
          error={fieldError('scopes.centers')}
        />
        <ScopePicker
          label={t(am.enterprises)}
          value={enterprises}
          onChange={setEnterprises}
          search={searchEnterprises}
          nameOf={nameOf.enterprise}
          error={fieldError('scopes.enterprises')}
        />
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={personalDataAccess}
          onChange={(e) => setPersonalDataAccess(e.target.checked)}
        />
        {t(am.personalData)}
      </label>
      {user && (
        <label className="check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          {t(am.activeLabel)}
        </label>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t(am.saving) : t(am.save)}
        </button>
        <button type="button" onClick={onCancel}>
          {t(am.cancel)}
        </button>
      </div>
    </form>
  );
}
