// A sender process that dies between delivery and mark: it sends one outbox message through the real SMTP
// transport, says "accepted" once the server took it, and then waits to be killed (src/notifications/outbox-crash.test.ts).
import { createKysely } from '../src/db/database.ts';
import { sendOutboxMessage } from '../src/notifications/outbox-send.ts';
import { outboxSenders } from '../src/notifications/senders.ts';

const [databaseUrl, smtpUrl, messageId, lease] = process.argv.slice(2) as [string, string, string, string];
const db = createKysely(databaseUrl, { applicationName: 'simpul-test-crash', poolSize: 2 });
const real = outboxSenders({
  smtpUrl,
  mailFrom: 'Simpul <simpul@uji.example>',
  sendTimeoutSeconds: 5,
  publicUrl: 'https://simpul.uji.example',
});
const email = real.deliver.email;
if (!email) throw new Error('no SMTP transport');
await sendOutboxMessage(
  db,
  { messageId },
  {
    leaseSeconds: Number(lease),
    deliver: {
      email: async (message) => {
        await email(message);
        process.stdout.write('accepted\n');
        await new Promise(() => undefined); // the crash: never returns to mark the message sent
      },
    },
  },
);
