import { useEffect } from 'preact/hooks';
import { Provider } from '@urql/preact';
import type { Client } from '@urql/core';
import { tokens } from '../lib/api';
import { useI18n } from './i18n';
import { linkTo, navigate, usePath } from '../lib/navigation';
import { Deliveries } from '../features/deliveries/DeliveriesPage';
import { Delivery } from '../features/deliveries/DeliveryPage';
import { Home } from '../features/productions/HomePage';
import { Login } from '../features/auth/LoginPage';
import { MySchedule } from '../features/planning/MySchedulePage';
import { ProductionPlanning } from '../features/planning/ProductionPlanningPage';
import { Production } from '../features/productions/ProductionPage';
import { ResourceBoard } from '../features/planning/ResourceBoardPage';
import { Dashboard } from '../features/dashboard/DashboardPage';
import { MyDay } from '../features/slips/MyDayPage';
import { MySlips } from '../features/slips/MySlipsPage';
import { SlipForm } from '../features/slips/SlipFormPage';
import { Tracking } from '../features/slips/TrackingPage';
import { Portal } from '../features/portal/PortalPage';
import { Catalogue } from '../features/catalogue/CataloguePage';
import { Work } from '../features/catalogue/WorkPage';
import { RevenueImport } from '../features/catalogue/RevenueImportPage';
import { Runs } from '../features/catalogue/RunsPage';
import { Admin } from '../features/admin/TeamPage';
import { Invitation } from '../features/auth/InvitationPage';
import { invitationToken } from '../features/admin/accounts';
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
