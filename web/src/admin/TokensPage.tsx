import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { am } from './messages.ts';
import './admin.css';

/** `/token`: the signed-in user's API tokens: create one (its secret shown once, to copy) or revoke one. */
export default function TokensPage() {
  const { t, lang } = useI18n();
  const tokens = useApi((signal) => api.get('/tokens', { signal }), []);
  const { busy, error, run, fieldError } = useSubmit();
  const [name, setName] = useState('');
  const [access, setAccess] = useState<'read' | 'write'>('read');
  const [days, setDays] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body = { name: text(name) ?? '', access, expiresInDays: num(days) as number | undefined };
      const created = await api.send('POST', '/tokens', { body });
      setSecret(created.token);
      setCopied(false);
      setName('');
      tokens.reload();
    });
  };
  const revoke = (id: string) =>
    void run(async () => {
      await api.send('DELETE', '/tokens/:id', { params: { id } });
      tokens.reload();
    });
  const copy = async () => {
    if (!secret) return;
    await navigator.clipboard?.writeText(secret).catch(() => undefined);
    setCopied(true);
  };
  const accessLabel = (a: 'read' | 'write') => (a === 'read' ? t(am.accessRead) : t(am.accessWrite));
  return (
    <div className="admin" data-testid="tokens-page">
      <h1>{t(am.tokensTitle)}</h1>
      <p>{t(am.tokensIntro)}</p>
      <form className="card admin-form" onSubmit={create} noValidate aria-label={t(am.createToken)}>
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        <InputField
          label={t(am.tokenName)}
          value={name}
          onChange={setName}
          required
          hint={t(am.tokenNameHint)}
          error={fieldError('name')}
        />
        <SelectField
          label={t(am.tokenAccess)}
          value={access}
          onChange={(v) => setAccess(v as 'read' | 'write')}
          required
          options={(['read', 'write'] as const).map((a) => ({ value: a, label: accessLabel(a) }))}
        />
        <InputField
          label={t(am.expiresInDays)}
          type="number"
          value={days}
          onChange={setDays}
          hint={t(am.expiresHint)}
          error={fieldError('expiresInDays')}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t(am.createToken)}
          </button>
        </div>
      </form>
      {secret && (
        <div className="alert" data-testid="token-secret">
          <p>{t(am.secretOnce)}</p>
          <div className="token-secret">
            <label htmlFor="new-token">{t(am.secretLabel)}</label>
            <input id="new-token" readOnly value={secret} size={52} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={copy}>
              {t(am.copy)}
            </button>
            {copied && <span role="status">{t(am.copied)}</span>}
          </div>
        </div>
      )}
      {tokens.error && <ErrorView error={tokens.error} onRetry={tokens.reload} />}
      {!tokens.data && !tokens.error && <Loading />}
      {tokens.data?.length === 0 && <p className="muted">{t(am.noTokens)}</p>}
      {tokens.data && tokens.data.length > 0 && (
        <TableWrap label={t(am.tokensTitle)}>
          <table data-testid="tokens-table">
            <thead>
              <tr>
                <th scope="col">{t(am.tokenName)}</th>
                <th scope="col">{t(am.colPrefix)}</th>
                <th scope="col">{t(am.colAccess)}</th>
                <th scope="col">{t(am.colCreated)}</th>
                <th scope="col">{t(am.colLastUsed)}</th>
                <th scope="col">{t(am.colExpires)}</th>
                <th scope="col">{t(am.colStatus)}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((tk) => (
                <tr key={tk.id}>
                  <th scope="row">{tk.name}</th>
                  <td>
                    <code>{tk.prefix}…</code>
                  </td>
                  <td>{accessLabel(tk.access)}</td>
                  <td>{formatDate(lang, tk.createdAt)}</td>
                  <td>{tk.lastUsedAt ? formatDate(lang, tk.lastUsedAt) : t(am.never)}</td>
                  <td>{tk.expiresAt ? formatDate(lang, tk.expiresAt) : '–'}</td>
                  <td>
                    {tk.revokedAt ? (
                      t(am.revoked)
                    ) : (
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        aria-label={t(am.revoke, { name: tk.name })}
                        onClick={() => revoke(tk.id)}
                      >
                        {t(am.revokeShort)}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
