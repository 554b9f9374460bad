import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { api } from '../api/client.ts';
import { FirmOnDayForm } from './FirmOnDayForm.tsx';
import { xm } from './messages.ts';

/** Records a member's dated consent, for the firms the server offers the reader. */
export function ConsentForm({ agreement, onDone }: { agreement: PriceAgreement; onDone(): void }) {
  return (
    <FirmOnDayForm
      testId="consent-form"
      title={xm.consentTitle}
      firms={agreement.members}
      dayField="consentedOn"
      dayLabel={xm.consentedOn}
      submitLabel={xm.consent}
      send={(enterpriseId, consentedOn) =>
        api.send('POST', '/price-agreements/:id/consents', {
          params: { id: agreement.id },
          body: { enterpriseId, consentedOn },
        })
      }
      onDone={onDone}
    />
  );
}
