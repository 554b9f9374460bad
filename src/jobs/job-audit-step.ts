import { currentLang } from '../shared/lang.ts';
import { jobErrorText } from './job-error.ts';

/** A job's audit entry as a reader gets it: the stored error (both languages) in the reader's language. */
export function readableJobStep(after: unknown): unknown {
  if (!after || typeof after !== 'object' || Array.isArray(after)) return after;
  const step = after as Record<string, unknown>;
  if (typeof step.error !== 'string') return step;
  return { ...step, error: jobErrorText(step.error, currentLang()) };
}
