import type { Enterprise } from '../../../src/enterprises/enterprises.schema.ts';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { ArchiveControls } from '../entry/ArchiveControls.tsx';
import { EditPanel } from '../entry/EditPanel.tsx';
import { EnterpriseForm } from '../entry/EnterpriseForm.tsx';
import { m } from '../entry/messages.ts';
import { useEditGeneration } from '../entry/use-edit-generation.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The enterprise's edit form and archive control, for users whose role may edit or archive enterprises (the
 * server still refuses an enterprise outside their scope, and the form shows its message).
 */
export function EnterpriseEdit({ enterprise, onChanged }: { enterprise: Enterprise; onChanged(): void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const { key, saved, onSaved } = useEditGeneration(enterprise.version, onChanged);
  const mayEdit = may((a) => a.enterprises.edit);
  const mayArchive = may((a) => a.enterprises.archive);
  if (!mayEdit && !mayArchive) return null;
  const params = { id: enterprise.id };
  const body = { version: enterprise.version };
  return (
    <EditPanel label={t(m.editEnterprise)}>
      {saved && (
        <p className="alert alert-ok" role="status">
          {t(m.changesSaved)}
        </p>
      )}
      {mayEdit && <EnterpriseForm key={key} editing={enterprise} onSaved={onSaved} />}
      {mayArchive && (
        <ArchiveControls
          archivedAt={enterprise.archivedAt}
          send={(action) =>
            action === 'archive'
              ? api.send('POST', '/enterprises/:id/archive', { params, body })
              : api.send('POST', '/enterprises/:id/restore', { params, body })
          }
          onDone={onChanged}
        />
      )}
    </EditPanel>
  );
}
