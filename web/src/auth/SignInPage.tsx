import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { m } from '../app/messages.ts';
import { Link } from '../app/router.tsx';
import { rm } from '../cases/report-messages.ts';
import { dm } from '../design-ledger/messages.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { useSession } from './session.tsx';

/** Sign-in with email and password; the server's refusal (wrong password, locked account) is shown as is. */
export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="signin" id="main">
      <div className="signin-card">
        <div className="signin-top">
          <span className="brand">{t(m.appName)}</span>
          <LanguageSwitch />
        </div>
        <h1>{t(m.signInTitle)}</h1>
        <p className="muted">{t(m.signInIntro)}</p>
        <form onSubmit={submit} noValidate>
          <label htmlFor="signin-email">{t(m.email)}</label>
          <input
            id="signin-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label htmlFor="signin-password">{t(m.password)}</label>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t(m.signingIn) : t(m.signIn)}
          </button>
        </form>
        {/* Anyone may report a conflict without an account (issue #19); the code follows it up. */}
        <p className="small">
          <Link href="/lapor-konflik">{t(rm.anonymousLink)}</Link> ·{' '}
          <Link href="/lapor-konflik/lanjut">{t(rm.followUpLink)}</Link>
        </p>
        <p className="small">
          <Link href="/cek-desain">{t(dm.signInLink)}</Link>
        </p>
      </div>
    </main>
  );
}
