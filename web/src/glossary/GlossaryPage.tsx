import { useEffect } from 'react';
import { GLOSSARY, GLOSSARY_SECTIONS, glossaryAnchor } from '../../../src/shared/glossary.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { rm } from '../research/messages.ts';
import { pm } from '../research/project-messages.ts';
import { gm } from './messages.ts';
import './glossary.css';

/**
 * `/glosarium`: every measure and network word with its plain meaning and why it matters for a centre,
 * one anchor per entry (`#g-<key>`) so each info button can link straight to it. Open to everyone.
 */
export default function GlossaryPage() {
  const { t, lang } = useI18n();
  const { may } = useSession();
  // pushState does not move `:target`, so the entry the reader came for is marked and scrolled to here.
  const target = window.location.hash.slice(1);
  useEffect(() => {
    if (!target) return;
    const frame = requestAnimationFrame(() => document.getElementById(target)?.scrollIntoView());
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return (
    <article className="glossary">
      <h1>{t(gm.title)}</h1>
      <p>{t(gm.intro)}</p>
      <p className="muted">{t(gm.formats)}</p>
      <p data-testid="research-tools">
        {t(rm.toolsIntro)} <Link href="/penelitian/kesepakatan">{t(rm.title)}</Link>
        {may((a) => a.research.projects) && (
          <>
            {' · '}
            <Link href="/penelitian">{t(pm.listTitle)}</Link>
          </>
        )}
      </p>
      <nav aria-label={t(gm.contents)}>
        <ul>
          {GLOSSARY_SECTIONS.map((section, i) => (
            <li key={section.title.en}>
              <a href={`#glossary-section-${i}`}>{section.title[lang]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {GLOSSARY_SECTIONS.map((section, i) => (
        <section key={section.title.en} aria-labelledby={`glossary-section-${i}`}>
          <h2 id={`glossary-section-${i}`}>{section.title[lang]}</h2>
          <dl>
            {section.keys.map((key) => {
              const entry = GLOSSARY[key];
              return (
                <div
                  key={key}
                  data-glossary-entry={key}
                  className={glossaryAnchor(key) === target ? 'current' : undefined}
                >
                  <dt id={glossaryAnchor(key)}>{entry.term[lang]}</dt>
                  <dd>
                    <p>{entry.meaning[lang]}</p>
                    <p>
                      <em>{t(gm.why)}</em> {entry.why[lang]}
                    </p>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </article>
  );
}
