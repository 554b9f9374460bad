import { useState } from 'react';
import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TextAreaField } from '../ui/Field.tsx';
import { rm } from './messages.ts';

/** The request's question-and-answer thread, and a box to ask or answer. */
export function ThreadPanel({ request: r }: { request: RequestDetail }) {
  const { t, lang } = useI18n();
  const thread = useApi(
    (signal) => api.get('/requests/:id/messages', { params: { id: r.id }, signal }),
    [r.id],
  );
  const [body, setBody] = useState('');
  const { busy, error, run, fieldError } = useSubmit();
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  const send = () =>
    void run(async () => {
      await api.send('POST', '/requests/:id/messages', { params: { id: r.id }, body: { messageBody: body } });
      setBody('');
      thread.reload();
    });
  return (
    <section aria-labelledby="thread-title" data-testid="request-thread">
      <h2 id="thread-title">{t(rm.thread)}</h2>
      {thread.data?.items.length === 0 && <p className="muted">{t(rm.noMessages)}</p>}
      <ul>
        {thread.data?.items.map((message) => (
          <li key={message.id}>
            <strong>{message.authorName}</strong>{' '}
            <span className="muted small">{when(message.createdAt)}</span>
            <p>{message.messageBody}</p>
          </li>
        ))}
      </ul>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <TextAreaField
          label={t(rm.message)}
          name="messageBody"
          value={body}
          onChange={setBody}
          error={fieldError('messageBody')}
        />
        <button type="submit" disabled={busy || body.trim() === ''}>
          {t(rm.sendMessage)}
        </button>
      </form>
    </section>
  );
}
