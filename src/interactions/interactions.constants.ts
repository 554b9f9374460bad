/** How often a tie is exercised. */
export const FREQUENCIES = ['once', 'seasonal', 'recurring', 'routine'] as const;
/** How a tie is agreed: by word, on paper, or before a notary. */
export const FORMALITIES = ['oral', 'written', 'notarised'] as const;
/** Who told us about the tie. */
export const REPORTERS = ['both_parties', 'one_party', 'third_party', 'researcher'] as const;
/** How sure the record is. */
export const CONFIDENCE_LEVELS = ['verified', 'reported', 'suspected'] as const;
