import { type KeyboardEvent, useId, useState } from 'react';
import { GLOSSARY, type GlossaryKey, glossaryAnchor } from '../../../src/shared/glossary.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { gm } from './messages.ts';
import './glossary.css';

/**
 * An "i" button next to a measure's name: opens the glossary's meaning and "why it matters" for it in a
 * small popover, with a link to the glossary screen. Escape (on the button) or the button closes it.
 */
export function MeasureInfo({ term }: { term: GlossaryKey }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const entry = GLOSSARY[term];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };
  return (
    <span className="measure-info">
      <button
        type="button"
        className="info-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t(gm.whatIs, { term: entry.term[lang] })}
        title={t(gm.whatIs, { term: entry.term[lang] })}
        data-glossary={term}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
      >
        i
      </button>
      {open && (
        <span role="note" id={id} className="measure-popover" data-testid="glossary-popover">
          <strong className="block">{entry.term[lang]}</strong>
          <span className="block">{entry.meaning[lang]}</span>
          <span className="block">
            <em>{t(gm.why)}</em> {entry.why[lang]}
          </span>
          <Link className="block" href={`/glosarium#${glossaryAnchor(term)}`}>
            {t(gm.more)}
          </Link>
        </span>
      )}
    </span>
  );
}

/** A measure's name as the glossary gives it, followed by its info button. */
export function MeasureName({ term }: { term: GlossaryKey }) {
  const { lang } = useI18n();
  return (
    <>
      {GLOSSARY[term].term[lang]}
      <MeasureInfo term={term} />
    </>
  );
}
