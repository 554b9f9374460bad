import type { Institution } from '../../../src/institutions/institutions.schema.ts';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { ArchiveControls } from '../entry/ArchiveControls.tsx';
import { EditPanel } from '../entry/EditPanel.tsx';
import { InstitutionForm } from '../entry/InstitutionForm.tsx';
import { m } from '../entry/messages.ts';
import { useEditGeneration } from '../entry/use-edit-generation.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The institution's edit form and archive control, for users whose role may edit or archive institutions (the
 * server still refuses an institution outside their scope, and the form shows its message).
 */
export function InstitutionEdit({ institution, onChanged }: { institution: Institution; onChanged(): void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const { key, saved, onSaved } = useEditGeneration(institution.version, onChanged);
  const mayEdit = may((a) => a.institutions.edit);
  const mayArchive = may((a) => a.institutions.archive);
  if (!mayEdit && !mayArchive) return null;
  const params = { id: institution.id };
  const body = { version: institution.version };
  return (
    <EditPanel label={t(m.editInstitution)}>
      {saved && (
        <p className="alert alert-ok" role="status">
          {t(m.changesSaved)}
        </p>
      )}
      {mayEdit && <InstitutionForm key={key} editing={institution} onSaved={onSaved} />}
      {mayArchive && (
        <ArchiveControls
          archivedAt={institution.archivedAt}
          send={(action) =>
            action === 'archive'
              ? api.send('POST', '/institutions/:id/archive', { params, body })
              : api.send('POST', '/institutions/:id/restore', { params, body })
          }
          onDone={onChanged}
        />
      )}
    </EditPanel>
  );
}
