import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { GLOSSARY, type GlossaryKey, glossaryAnchor } from '../../../src/shared/glossary.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { gm } from './messages.ts';
import './glossary.css';

/** The popover's width (18rem) plus a margin, in CSS pixels. */
const POPOVER_WIDTH_PX = 300;

/**
 * An "i" button next to a measure's name: opens the glossary's meaning and "why it matters" for it in a
 * small popover, with a link to the glossary screen. Escape (on the button) or the button closes it.
 */
export function MeasureInfo({ term }: { term: GlossaryKey }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  // Opens towards the side with room, so a button near the right edge never pushes the page sideways.
  const [side, setSide] = useState<'right' | 'left' | 'sheet'>('right');
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const toggle = () => {
    const rect = button.current?.getBoundingClientRect();
    if (rect) {
      const fitsRight = rect.left + POPOVER_WIDTH_PX <= window.innerWidth;
      // On a phone neither side may fit: the text then opens as a sheet along the bottom of the screen.
      setSide(fitsRight ? 'right' : rect.right >= POPOVER_WIDTH_PX ? 'left' : 'sheet');
    }
    setOpen((o) => !o);
  };
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
        ref={button}
        onClick={toggle}
        onKeyDown={onKeyDown}
      >
        i
      </button>
      {open && (
        <span role="note" id={id} className={`measure-popover ${side}`} data-testid="glossary-popover">
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

/** A measure's name as the glossary gives it, followed by its info button (kept on the name's last line). */
export function MeasureName({ term }: { term: GlossaryKey }) {
  const { lang } = useI18n();
  const name = GLOSSARY[term].term[lang];
  const split = name.lastIndexOf(' ');
  return (
    <>
      {name.slice(0, split + 1)}
      <span className="nowrap">
        {name.slice(split + 1)}
        <MeasureInfo term={term} />
      </span>
    </>
  );
}
