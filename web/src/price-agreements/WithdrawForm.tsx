import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { api } from '../api/client.ts';
import { FirmOnDayForm } from './FirmOnDayForm.tsx';
import { xm } from './messages.ts';

/**
 * Withdraws a standing consent on a day, for the firms the server lets the reader act for (a member its
 * own firm; officers any). Nothing shows when none of those firms has a standing consent.
 */
export function WithdrawForm({ agreement, onDone }: { agreement: PriceAgreement; onDone(): void }) {
  const actable = new Set(agreement.members.map((m) => m.enterpriseId));
  const standing = agreement.consentList.filter((c) => c.withdrawnOn === null && actable.has(c.enterpriseId));
  if (standing.length === 0) return null;
  return (
    <FirmOnDayForm
      testId="withdraw-form"
      title={xm.withdrawTitle}
      firms={standing}
      dayField="withdrawnOn"
      dayLabel={xm.withdrawnOnLabel}
      submitLabel={xm.withdraw}
      secondary
      resetFirm
      send={(enterpriseId, withdrawnOn) =>
        api.send('POST', '/price-agreements/:id/withdraw', {
          params: { id: agreement.id },
          body: { enterpriseId, withdrawnOn },
        })
      }
      onDone={onDone}
    />
  );
}
