import { setApiLang } from '../api/client.ts';
import { m } from '../app/messages.ts';
import { LANGS, type Lang, useI18n } from '../i18n/i18n.tsx';

/** ID | EN toggle; the API answers in the chosen language too. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const choose = (next: Lang) => {
    setApiLang(next);
    setLang(next);
  };
  return (
    <fieldset className="lang-switch">
      <legend className="sr-only">{t(m.language)}</legend>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          aria-pressed={lang === code}
          lang={code}
          onClick={() => choose(code)}
          data-testid={`lang-${code}`}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
