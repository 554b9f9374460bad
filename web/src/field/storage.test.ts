import { describe, expect, it } from 'vitest';
import { onDraftWrite, writeDraft } from './storage.ts';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('draft writes', () => {
  it('tells the outcome of the latest write begun, even when an earlier one finishes after it', async () => {
    const told: boolean[] = [];
    const stop = onDraftWrite((kept) => told.push(kept));
    try {
      let finishEarlier: () => void = () => {};
      const earlier = writeDraft(() => new Promise<void>((resolve) => (finishEarlier = resolve)));
      const later = writeDraft(() => Promise.reject(quotaError()));
      await later;
      finishEarlier();
      await earlier;
      expect(told).toEqual([false]);
      await writeDraft(() => Promise.resolve());
      expect(told).toEqual([false, true]);
    } finally {
      stop();
    }
  });

  it('passes on an error that is not a full storage', async () => {
    await expect(writeDraft(() => Promise.reject(new Error('disk gone')))).rejects.toThrow('disk gone');
  });
});
