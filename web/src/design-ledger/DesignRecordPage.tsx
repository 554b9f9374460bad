import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatDate } from '../i18n/format.ts';
import { type Lang, useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { imageUrl } from './LedgerGallery.tsx';
import { dm } from './messages.ts';
import { SimilarDesigns } from './SimilarDesigns.tsx';
import './design-ledger.css';

/** The server's timestamp to the second, in the reader's language and the browser's time zone. */
export const formatStamp = (lang: Lang, iso: string) =>
  new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'long',
  });

/**
 * `/desain/:id`: one design record — its images with their hashes, the server timestamp, chain position,
 * the link's hashes and verification code, the evidence sheet (PDF, id or en) and the similar designs.
 */
export default function DesignRecordPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id ?? '';
  const record = useApi((signal) => api.get('/design-ledger/:id', { params: { id }, signal }), [id]);
  const [sheetLang, setSheetLang] = useState<Lang>(lang);
  const r = record.data;
  return (
    <div className="design-ledger" data-testid="design-record">
      <p>
        <Link href="/desain">{t(dm.back)}</Link>
      </p>
      {record.error && <ErrorView error={record.error} onRetry={record.reload} />}
      {!r && !record.error && <Loading />}
      {r && (
        <>
          <h1>{r.title}</h1>
          {r.description && <p>{r.description}</p>}
          <dl className="ledger-facts">
            <dt>{t(dm.firm)}</dt>
            <dd>
              <Link href={`/ikm/${r.enterpriseId}`}>{r.enterpriseName}</Link>
            </dd>
            <dt>{t(dm.category)}</dt>
            <dd>{r.category}</dd>
            <dt>{t(dm.firstPublished)}</dt>
            <dd>{r.firstPublishedOn ? formatDate(lang, r.firstPublishedOn) : '–'}</dd>
            <dt>{t(dm.recordedAt)}</dt>
            <dd data-testid="recorded-at">{formatStamp(lang, r.recordedAt)}</dd>
            <dt>{t(dm.chainPosition)}</dt>
            <dd data-testid="chain-position">#{r.seq}</dd>
            <dt>{t(dm.recordHash)}</dt>
            <dd className="hash" data-testid="record-hash">
              {r.recordHash}
            </dd>
            <dt>{t(dm.previousHash)}</dt>
            <dd className="hash">{r.previousHash}</dd>
            <dt>{t(dm.verificationCode)}</dt>
            <dd className="hash" data-testid="verification-code">
              {r.verificationCode}
            </dd>
          </dl>
          <div className="ledger-actions">
            <div className="field">
              <label htmlFor="sheet-lang">{t(dm.evidenceLang)}</label>
              <select
                id="sheet-lang"
                value={sheetLang}
                onChange={(e) => setSheetLang(e.target.value as Lang)}
              >
                <option value="id">{t(dm.langId)}</option>
                <option value="en">{t(dm.langEn)}</option>
              </select>
            </div>
            <a
              className="button primary"
              data-testid="evidence-link"
              href={`/api/design-ledger/${r.id}/evidence?lang=${sheetLang}`}
              download={`desain-${r.seq}-${sheetLang}.pdf`}
            >
              {t(dm.evidence)}
            </a>
          </div>
          <h2>{t(dm.images)}</h2>
          <ul className="ledger-images">
            {r.images.map((image) => (
              <li key={image.id}>
                <img src={imageUrl(image.id)} alt={t(dm.imageN, { n: image.position + 1 })} />
                <dl className="ledger-facts small">
                  <dt>{t(dm.imageSha)}</dt>
                  <dd className="hash">{image.sha256}</dd>
                  <dt>{t(dm.originalSha)}</dt>
                  <dd className="hash">{image.originalSha256}</dd>
                  <dt>{t(dm.phash)}</dt>
                  <dd className="hash">{image.perceptualHash}</dd>
                  <dd className="muted">{t(dm.size, { w: image.width, h: image.height })}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <SimilarDesigns record={r} />
        </>
      )}
    </div>
  );
}
