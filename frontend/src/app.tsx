import { useEffect } from 'preact/hooks';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { tokens } from './api';
import { useI18n } from './i18n';
import { linkTo, navigate, usePath } from './router';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { MySchedule } from './pages/MySchedule';
import { ProductionPlanning } from './pages/Planning';
import { Production } from './pages/Production';
import { ResourceBoard } from './pages/ResourceBoard';

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
  if (path === '/login') return <Login />;
  if (path === '/') return <Home />;
  if (/^\/planning\/?$/.test(path)) return <ResourceBoard />;
  if (/^\/my-schedule\/?$/.test(path)) return <MySchedule />;
  const planning = /^\/productions\/([^/]+)\/planning\/?$/.exec(path);
  if (planning) return <ProductionPlanning id={decodeURIComponent(planning[1])} />;
  const m = /^\/productions\/([^/]+)\/?$/.exec(path);
  if (m) return <Production id={decodeURIComponent(m[1])} />;
  return <Home />;
}

export function App({ client }: { client: Client }) {
  const path = usePath();
  const signedIn = !!tokens.access;
  const target = !signedIn && path !== '/login' ? '/login' : signedIn && path === '/login' ? '/' : null;

  useEffect(() => {
    if (target) navigate(target, true);
  }, [target]);

  return (
    <Provider value={client}>
      <Header />
      {target ? null : <Page path={path} />}
    </Provider>
  );
}
