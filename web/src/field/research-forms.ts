import type { Message } from '../i18n/i18n.tsx';
import { fieldDb, type StoredProjectPackage } from './field-db.ts';
import { frm } from './research-messages.ts';

/** The offline forms of a research project: the path segment under `/lapangan/proyek/:id/` and the title. */
export const RESEARCH_FORMS: { slug: ResearchFormSlug; title: Message }[] = [
  { slug: 'catatan', title: frm.note },
  { slug: 'persetujuan', title: frm.consent },
];

/** A research form's path segment. */
export type ResearchFormSlug = 'catatan' | 'persetujuan';

/** The project's stored package, or null when it is not on the phone (for `useLive`). */
export function storedProject(projectId: string): Promise<StoredProjectPackage | null> {
  return fieldDb.projectPackages.get(projectId).then((p) => p ?? null);
}
