import { Fragment, useEffect, useState } from 'react';
import type { PublicCheck } from '../../../src/design-ledger/design-ledger.schema.ts';
import { api } from '../api/client.ts';
import { useRouter } from '../app/router.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { formatStamp } from './DesignRecordPage.tsx';
import { dm } from './messages.ts';
import './design-ledger.css';

/**
 * `/cek-desain`: anyone, without an account, types the verification code of an evidence sheet and sees
 * what the API's public check returns — the record's hashes, dates, chain position and whether its link
 * still holds. No firm is named (the API gives none).
 */
export default function PublicCheckPage() {
  const { t, lang } = useI18n();
  // The evidence sheet prints `/cek-desain?kode=…`: such a link checks its code at once.
  const { query } = useRouter();
  const [code, setCode] = useState(() => query.get('kode') ?? '');
  const [result, setResult] = useState<PublicCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async (typed = code) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const verificationCode = typed.trim().toUpperCase();
      setResult(await api.get('/design-ledger/check/:verificationCode', { params: { verificationCode } }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the code the page was opened with.
  useEffect(() => {
    if (code.trim() !== '') void check(code);
  }, []);
  return (
    <div className="design-ledger" data-testid="design-check">
      <h1>{t(dm.checkTitle)}</h1>
      <p>{t(dm.checkIntro)}</p>
      <form
        className="ledger-actions"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <div className="field">
          <label htmlFor="check-code">{t(dm.checkField)}</label>
          <input
            id="check-code"
            value={code}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'check-error' : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <button type="submit" className="primary" disabled={busy || code.trim() === ''}>
          {t(dm.checkButton)}
        </button>
      </form>
      {error && (
        <p id="check-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section data-testid="check-result" data-intact={result.linkIntact}>
          <div className={`alert ${result.linkIntact ? '' : 'alert-error'}`} role="status">
            {t(result.linkIntact ? dm.linkIntact : dm.linkBroken)}
          </div>
          <h2>{result.title}</h2>
          <dl className="ledger-facts">
            <dt>{t(dm.verificationCode)}</dt>
            <dd className="hash">{result.verificationCode}</dd>
            <dt>{t(dm.category)}</dt>
            <dd>{result.category}</dd>
            <dt>{t(dm.firstPublished)}</dt>
            <dd>{result.firstPublishedOn ? formatDate(lang, result.firstPublishedOn) : '–'}</dd>
            <dt>{t(dm.recordedAt)}</dt>
            <dd>{formatStamp(lang, result.recordedAt)}</dd>
            <dt>{t(dm.chainPosition)}</dt>
            <dd>#{result.seq}</dd>
            <dt>{t(dm.recordHash)}</dt>
            <dd className="hash">{result.recordHash}</dd>
            <dt>{t(dm.previousHash)}</dt>
            <dd className="hash">{result.previousHash}</dd>
            {result.images.map((image) => (
              <Fragment key={image.position}>
                <dt>
                  {t(dm.imageN, { n: image.position + 1 })} · {t(dm.imageSha)}
                </dt>
                <dd className="hash">{image.sha256}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
