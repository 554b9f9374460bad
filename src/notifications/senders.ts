import { createTransport } from 'nodemailer';
import type { Config } from '../config.ts';
import type { OutboxChannel } from './notifications.constants.ts';
import type { OutboxRow } from './outbox.repo.ts';

/** Delivers one message on one channel; resolves once the far side accepted it, rejects otherwise. */
export type Deliver = (message: OutboxRow) => Promise<void>;

/** The channels this process can send on, and how long a lease on a message lasts. */
export interface OutboxSenders {
  deliver: Partial<Record<OutboxChannel, Deliver>>;
  /** Longer than a delivery may take (timeouts included), so a live sender never loses its lease. */
  leaseSeconds: number;
}

/** The sending settings of the configuration. */
export type SendConfig = Pick<
  Config,
  'smtpUrl' | 'mailFrom' | 'webhookUrl' | 'sendTimeoutSeconds' | 'publicUrl'
>;

/** Senders for what the configuration sets up: SMTP when `SIMPUL_SMTP_URL` is set, the webhook when its URL is. */
export function outboxSenders(config: SendConfig): OutboxSenders {
  const deliver: OutboxSenders['deliver'] = {};
  if (config.smtpUrl) deliver.email = smtpDeliver(config);
  if (config.webhookUrl) deliver.webhook = webhookDeliver(config.webhookUrl, config);
  return { deliver, leaseSeconds: Math.max(60, config.sendTimeoutSeconds * 4) };
}

/** An absolute link for a message sent outside the app. */
export function absoluteLink(publicUrl: string, path: string | null): string | null {
  return path ? new URL(path, publicUrl).toString() : null;
}

/**
 * SMTP through nodemailer: connection, greeting and socket timeouts, and a cap on the whole delivery, so a
 * server that hangs fails this message (to be retried) instead of holding the sender. The Message-ID is the
 * outbox id: a copy sent again after a crash is the same message to the receiving side.
 */
function smtpDeliver(config: SendConfig): Deliver {
  const ms = config.sendTimeoutSeconds * 1000;
  const transport = createTransport({
    url: config.smtpUrl,
    connectionTimeout: ms,
    greetingTimeout: ms,
    socketTimeout: ms,
  });
  return async (message) => {
    const link = absoluteLink(config.publicUrl, message.link);
    const text = link ? `${message.body}\n\n${link}\n` : `${message.body}\n`;
    await withTimeout(
      transport.sendMail({
        from: config.mailFrom,
        to: message.recipient,
        subject: message.subject,
        text,
        messageId: `<${message.id}@simpul.outbox>`,
        headers: { 'Content-Language': message.language },
      }),
      ms,
      'SMTP',
    );
  };
}

/** A JSON POST per message, with the outbox id as the idempotency key a gateway can deduplicate on. */
function webhookDeliver(url: string, config: SendConfig): Deliver {
  return async (message) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': message.id },
      body: JSON.stringify({
        id: message.id,
        userId: message.user_id,
        recipient: message.recipient,
        language: message.language,
        subject: message.subject,
        body: message.body,
        link: absoluteLink(config.publicUrl, message.link),
      }),
      signal: AbortSignal.timeout(config.sendTimeoutSeconds * 1000),
    });
    if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
