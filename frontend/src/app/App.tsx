import { useEffect } from 'preact/hooks';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { tokens } from '../lib/api';
import { useI18n } from './i18n';
import { linkTo, navigate, usePath } from '../lib/navigation';
import { NotFoundPage } from './NotFoundPage';
import { PAGES } from './pages';
import { matchRoute } from './routes';
import { slipQueue } from '../features/slips/slipQueue';

function Header() {
  const { lang, t, setLang } = useI18n();
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <header class="topbar">
      <a class="brand" href="/" onClick={linkTo('/')}>
        {t('app.name')}
      </a>
      <button
        type="button"
        class="secondary outline small"
        lang={other}
        aria-label={t('lang.switchLabel')}
        onClick={() => setLang(other)}
        data-testid="lang-switch"
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}

function Page({ path }: { path: string }) {
  const match = matchRoute(path);
  return match ? PAGES[match.name](match.params) : <NotFoundPage />;
}

export function App({ client }: { client: Client }) {
  const path = usePath();
  const signedIn = !!tokens.access;
  // The sign-in and invitation pages need no session (see routes.ts).
  const publicPage = matchRoute(path)?.public ?? false;
  const target = !signedIn && !publicPage ? '/login' : signedIn && path === '/login' ? '/' : null;

  useEffect(() => {
    if (target) navigate(target, true);
  }, [target]);

  // Session slips typed without signal go out on start, on `online` and every 30 s.
  useEffect(() => slipQueue.start(), []);

  return (
    <Provider value={client}>
      <Header />
      {target ? null : <Page path={path} />}
    </Provider>
  );
}
