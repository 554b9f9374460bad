import type { FormTool } from '../../../src/io/kobo/form-tools.ts';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { fm } from './form-tool-messages.ts';
import { XlsFormLinks } from './XlsFormLinks.tsx';

const TOOLS: readonly ('' | FormTool)[] = ['', 'kobo', 'odk'];

/**
 * Where a name-generator survey or a profile file comes from: Simpul's own layout, or a KoboToolbox or
 * ODK Central export of Simpul's XLSForm (the `tool` of the import); with an export, the forms to download.
 */
export function FormToolChoice({
  value,
  onChange,
}: {
  value: '' | FormTool;
  onChange: (tool: '' | FormTool) => void;
}) {
  const { t } = useI18n();
  const { may } = useSession();
  return (
    <fieldset className="kind-choice" data-testid="import-tool">
      <legend>{t(fm.source)}</legend>
      {TOOLS.map((tool) => (
        <label key={tool || 'simpul'} className="kind-option">
          <input
            type="radio"
            name="import-tool"
            value={tool}
            checked={value === tool}
            onChange={() => onChange(tool)}
          />
          <span>{t(fm[tool || 'simpul'])}</span>
        </label>
      ))}
      {value && (
        <>
          <p className="muted small">{t(fm.sourceHint)}</p>
          {may((a) => a.field.collect) && (
            <div className="xlsform-links">
              <XlsFormLinks /> <span className="muted small">{t(fm.formsHint)}</span>
            </div>
          )}
        </>
      )}
    </fieldset>
  );
}
