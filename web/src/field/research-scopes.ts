import { CONSENT_SCOPES } from '../../../src/research/projects.schema.ts';
import type { Message } from '../i18n/i18n.tsx';
import { pm } from '../research/project-messages.ts';

/** A consent scope (`interview`, `quotation`, `registry_link`, `sharing`). */
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** The scopes in their order on the forms. */
export const SCOPES: readonly ConsentScope[] = CONSENT_SCOPES;

/** A scope's words (the research screens' own). */
export function scopeMessage(scope: string): Message | null {
  return (SCOPES as readonly string[]).includes(scope) ? pm[`scope_${scope as ConsentScope}`] : null;
}
