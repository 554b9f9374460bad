import { type FormEvent, useId, useState } from 'react';
import type { User } from '../../../src/auth/users.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { am } from './messages.ts';

/**
 * An admin sets a new password for `user`. The server judges its strength (zxcvbn, knowing the owner's
 * e-mail and name), so its message is shown at the field rather than guessed here.
 */
export function PasswordReset({ user }: { user: User }) {
  const { t } = useI18n();
  const titleId = useId();
  const { busy, error, run, fieldError } = useSubmit();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    void run(async () => {
      await api.send('POST', '/users/:id/password', {
        params: { id: user.id },
        body: { newPassword: password },
      });
      setPassword('');
      setDone(true);
    });
  };
  const atField = fieldError('newPassword');
  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{t(am.resetTitle)}</h2>
      {error && !atField && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <InputField
        label={t(am.newPassword)}
        value={password}
        onChange={setPassword}
        required
        error={atField}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t(am.saving) : t(am.reset)}
        </button>
      </div>
      {done && (
        <p role="status" data-testid="password-reset-done">
          {t(am.resetDone)}
        </p>
      )}
    </form>
  );
}
