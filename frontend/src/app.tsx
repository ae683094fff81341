import { useEffect } from 'preact/hooks';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { tokens } from './api';
import { useI18n } from './i18n';
import { linkTo, navigate, usePath } from './router';
import { Deliveries } from './pages/Deliveries';
import { Delivery } from './pages/Delivery';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { MySchedule } from './pages/MySchedule';
import { ProductionPlanning } from './pages/Planning';
import { Production } from './pages/Production';
import { ResourceBoard } from './pages/ResourceBoard';
import { Dashboard } from './pages/Dashboard';
import { MyDay } from './pages/MyDay';
import { MySlips } from './pages/MySlips';
import { SlipForm } from './pages/SlipForm';
import { Tracking } from './pages/Tracking';
import { Portal } from './pages/Portal';
import { Catalogue } from './pages/Catalogue';
import { Work } from './pages/Work';
import { RevenueImport } from './pages/RevenueImport';
import { Runs } from './pages/Runs';
import { Admin } from './pages/Admin';
import { Invitation } from './pages/Invitation';
import { invitationToken } from './admin';
import { slipQueue } from './slipQueue';

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
  const invitation = invitationToken(path);
  if (invitation != null) return <Invitation token={invitation} />;
  if (/^\/admin\/users\/?$/.test(path)) return <Admin />;
  if (path === '/') return <Home />;
  if (/^\/planning\/?$/.test(path)) return <ResourceBoard />;
  if (/^\/my-schedule\/?$/.test(path)) return <MySchedule />;
  if (/^\/my-day\/?$/.test(path)) return <MyDay />;
  if (/^\/my-slips\/?$/.test(path)) return <MySlips />;
  if (/^\/slips\/new\/?$/.test(path)) return <SlipForm />;
  const correct = /^\/my-slips\/([^/]+)\/correct\/?$/.exec(path);
  if (correct) return <SlipForm slipId={decodeURIComponent(correct[1])} />;
  if (/^\/dashboard\/?$/.test(path)) return <Dashboard />;
  // Rights-holder portal and catalogue.
  if (/^\/portal\/?$/.test(path)) return <Portal />;
  if (/^\/catalogue\/?$/.test(path)) return <Catalogue />;
  if (/^\/catalogue\/holders\/?$/.test(path)) return <Catalogue tab="holders" />;
  if (/^\/catalogue\/import\/?$/.test(path)) return <RevenueImport />;
  if (/^\/catalogue\/runs\/?$/.test(path)) return <Runs />;
  const work = /^\/catalogue\/works\/([^/]+)\/?$/.exec(path);
  if (work) return <Work id={decodeURIComponent(work[1])} />;
  const tracking = /^\/productions\/([^/]+)\/tracking\/?$/.exec(path);
  if (tracking) return <Tracking id={decodeURIComponent(tracking[1])} />;
  if (/^\/deliveries\/?$/.test(path)) return <Deliveries />;
  const delivery = /^\/deliveries\/([^/]+)\/?$/.exec(path);
  if (delivery) return <Delivery id={decodeURIComponent(delivery[1])} />;
  const planning = /^\/productions\/([^/]+)\/planning\/?$/.exec(path);
  if (planning) return <ProductionPlanning id={decodeURIComponent(planning[1])} />;
  const m = /^\/productions\/([^/]+)\/?$/.exec(path);
  if (m) return <Production id={decodeURIComponent(m[1])} />;
  return <Home />;
}

export function App({ client }: { client: Client }) {
  const path = usePath();
  const signedIn = !!tokens.access;
  // An invitation is opened by someone without an account yet: it is the one page besides
  // /login that needs no session (and stays open to a signed-in visitor, who is warned).
  const publicPage = path === '/login' || invitationToken(path) != null;
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
