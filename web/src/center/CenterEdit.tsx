import type { Center } from '../../../src/centers/centers.schema.ts';
import { api } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { ArchiveControls } from '../entry/ArchiveControls.tsx';
import { CenterForm } from '../entry/CenterForm.tsx';
import { EditPanel } from '../entry/EditPanel.tsx';
import { m } from '../entry/messages.ts';
import { useEditGeneration } from '../entry/use-edit-generation.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * The centre's edit form and archive control, for users whose role may edit or archive centres (the
 * server still refuses a centre outside their scope, and the form shows its message).
 */
export function CenterEdit({ center, onChanged }: { center: Center; onChanged(): void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const { key, saved, onSaved } = useEditGeneration(center.version, onChanged);
  const mayEdit = may((a) => a.centers.edit);
  const mayArchive = may((a) => a.centers.archive);
  if (!mayEdit && !mayArchive) return null;
  const params = { id: center.id };
  const body = { version: center.version };
  return (
    <EditPanel label={t(m.editCenter)}>
      {saved && (
        <p className="alert alert-ok" role="status">
          {t(m.changesSaved)}
        </p>
      )}
      {mayEdit && <CenterForm key={key} editing={center} onSaved={onSaved} />}
      {mayArchive && (
        <ArchiveControls
          archivedAt={center.archivedAt}
          send={(action) =>
            action === 'archive'
              ? api.send('POST', '/centers/:id/archive', { params, body })
              : api.send('POST', '/centers/:id/restore', { params, body })
          }
          onDone={onChanged}
        />
      )}
    </EditPanel>
  );
}
