import type { ReactNode } from 'react';
import './entry.css';

/**
 * A folded "Edit …" section under a record's profile: the edit form and the archive control. Folded so
 * readers of the page are not met by a form, and shown only to users the server lets edit.
 */
export function EditPanel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="edit-panel" data-testid="edit-panel">
      <summary>{label}</summary>
      {children}
    </details>
  );
}
