import { useEffect, useState } from 'react';
import { am } from '../admin/messages.ts';
import { setApiLang } from '../api/client.ts';
import { SignInPage } from '../auth/SignInPage.tsx';
import { SessionProvider, useSession } from '../auth/session.tsx';
import { fm } from '../field/messages.ts';
import { I18nProvider, useI18n } from '../i18n/i18n.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { Forbidden, Loading, NotFound } from '../ui/status.tsx';
import { m } from './messages.ts';
import { ROLE_LABELS } from './roles.ts';
import { Link, matchPath, RouterProvider, useRouter } from './router.tsx';
import { ROUTES } from './routes.tsx';

/** The app: language, session and router around the shell. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider>
          <Gate />
        </RouterProvider>
      </SessionProvider>
    </I18nProvider>
  );
}

/**
 * Sign-in first, except on the public screens (a centre's profile and the institutions serving it, the
 * glossary), which anyone may read as the API allows: there the shell offers sign-in instead.
 */
function Gate() {
  const { user } = useSession();
  const { lang } = useI18n();
  const { path } = useRouter();
  useEffect(() => setApiLang(lang), [lang]);
  if (user === undefined) return <Loading />;
  if (user === null && !ROUTES.some((r) => r.public && matchPath(r.path, path))) return <SignInPage />;
  return <Shell />;
}

/** Header with role-aware navigation, the language switch and the user; the current screen below. */
function Shell() {
  const { t } = useI18n();
  const { user, signOut, may } = useSession();
  const { path } = useRouter();
  const [menuOpen, setMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the phone menu whenever the screen changes.
  useEffect(() => setMenuOpen(false), [path]);
  const nav = ROUTES.filter(
    (r) => r.nav && (user ? (!r.may || may(r.may)) && (!r.navWhen || may(r.navWhen)) : r.public),
  );
  // Field capture for a collector whose bar has no room for it (admins, officers): under the name, as tokens.
  const field = ROUTES.find((r) => r.path === '/lapangan');
  const fieldInUserBox = !!user && !!field?.may && may(field.may) && !nav.includes(field);
  let content = <NotFound />;
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    const Page = route.page;
    content = route.may && !may(route.may) ? <Forbidden /> : <Page params={params} />;
    break;
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t(m.skipToContent)}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          {t(m.appName)} <span className="brand-sub">{t(m.tagline)}</span>
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((o) => !o)}
        >
          {t(m.menu)}
        </button>
        <nav id="main-nav" aria-label={t(m.mainNav)} className={menuOpen ? 'open' : undefined}>
          <ul>
            {nav.map((r) => {
              const active =
                r.path === '/' ? path === '/' || path.startsWith('/wilayah') : path.startsWith(r.path);
              return (
                <li key={r.path}>
                  <Link href={r.path} aria-current={active ? 'page' : undefined}>
                    {t(r.nav!)}
                  </Link>
                </li>
              );
            })}
            {/* A user tied to firms (the server's scope, not a role list) reaches their own list. */}
            {user && user.scopes.enterprises.length > 0 && (
              <li>
                <Link href="/ikm-saya" aria-current={path === '/ikm-saya' ? 'page' : undefined}>
                  {t(m.navMyEnterprises)}
                </Link>
              </li>
            )}
          </ul>
          <div className="userbox">
            <LanguageSwitch />
            {user ? (
              <>
                <NotificationBell />
                {/* Name over role, so the bar stays one line at 1280 px with an admin's seven links. */}
                <span
                  className="who small"
                  data-testid="signed-in-as"
                  title={t(m.signedInAs, { name: user.displayName, role: t(ROLE_LABELS[user.role]) })}
                >
                  <span className="who-name">{user.displayName}</span>
                  <span className="muted">{t(ROLE_LABELS[user.role])}</span>
                  {/* One's own API tokens live with the account, not in the main navigation (full at 1280 px). */}
                  <Link
                    href="/token"
                    className="who-link"
                    aria-current={path === '/token' ? 'page' : undefined}
                  >
                    {t(am.navTokens)}
                  </Link>
                  {/* A line of its own: beside the tokens it widened the box and broke the admin's bar. */}
                  {fieldInUserBox && (
                    <Link
                      href="/lapangan"
                      className="who-link"
                      aria-current={path.startsWith('/lapangan') ? 'page' : undefined}
                      data-testid="nav-field"
                    >
                      {t(fm.nav)}
                    </Link>
                  )}
                </span>
                <button type="button" onClick={signOut}>
                  {t(m.signOut)}
                </button>
              </>
            ) : (
              <Link href="/" className="button">
                {t(m.signIn)}
              </Link>
            )}
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {content}
      </main>
    </div>
  );
}
