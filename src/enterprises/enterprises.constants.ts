/** Legal forms; Dinas sheets write PO/UD/CV/PT (PO = perorangan, individual). */
export const LEGAL_FORMS = ['individual', 'UD', 'CV', 'PT', 'cooperative', 'other'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const FORMALITIES = ['formal', 'informal'] as const;

/** Positions an enterprise takes in its centre's value chain (DOMAIN.md §6.1). */
export const VALUE_CHAIN_ROLES = [
  'producer',
  'material_supplier',
  'component_supplier',
  'subcontractor',
  'exporter',
  'showroom_trader',
  'finishing_service',
] as const;
