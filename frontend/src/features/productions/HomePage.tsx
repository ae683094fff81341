import { useEffect } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { linkTo, navigate } from '../../lib/navigation';
import { useLogout } from '../auth/useLogout';
import { Loading, LoadingOrError } from '../../ui';
import { Checklist } from './Checklist';
import { ProductionList } from './ProductionList';
import { ProductionActions } from './ProductionsPage';
import { ROLE, canAdminister, canManage, isStaff, seesOwnOnly } from '../../lib/roles';

const HomeQuery = graphql(`
  query Home {
    me {
      ...Viewer
    }
  }
`);


export function HomePage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: HomeQuery });
  const { logout, busy: loggingOut } = useLogout();
  // A rights holder's home is their portal.
  const holder = data?.me.role === ROLE.RIGHTS_HOLDER;
  useEffect(() => {
    if (holder) navigate('/portal', true);
  }, [holder]);

  if ((fetching && !data) || holder) {
    return (
      <main class="container">
        <Loading />
      </main>
    );
  }
  if (!data) {
    return (
      <main class="container">
        <LoadingOrError fetching={false} error={error} />
      </main>
    );
  }

  const { me } = data;
  const scoped = seesOwnOnly(me.role);

  return (
    <main class="container">
      <section class="who">
        <div>
          <strong>{me.user?.name ?? me.organisation.name}</strong>
          <small>
            {t(`role.${me.role}`)} · {me.organisation.name}
          </small>
        </div>
        <button type="button" class="secondary outline small" onClick={logout} disabled={loggingOut}>
          {t('home.logout')}
        </button>
      </section>

      {(me.role === ROLE.TECHNICIAN || canManage(me.role)) && (
        <nav class="home-links home-primary" aria-label={me.role === ROLE.TECHNICIAN ? t('slip.myDay') : t('dashboard.title')}>
          {me.role === ROLE.TECHNICIAN ? (
            <>
              <a href="/my-day" onClick={linkTo('/my-day')} class="schedule-link day-link" data-testid="link-my-day">
                <strong>{t('slip.myDay')}</strong>
                <small>{t('slip.myDayHint')}</small>
              </a>
              <a href="/my-slips" onClick={linkTo('/my-slips')} class="schedule-link" data-testid="link-my-slips">
                <strong>{t('slip.mySlips')}</strong>
                <small>{t('slip.mySlipsHint')}</small>
              </a>
            </>
          ) : (
            <a href="/dashboard" onClick={linkTo('/dashboard')} class="schedule-link day-link" data-testid="link-dashboard">
              <strong>{t('dashboard.title')}</strong>
              <small>{t('dashboard.linkHint')}</small>
            </a>
          )}
        </nav>
      )}

      {(canManage(me.role) || isStaff(me.role) || me.role === ROLE.TECHNICIAN) && (
        <nav class="home-links" aria-label={t('home.planning')}>
          {canManage(me.role) && (
            <a href="/planning" onClick={linkTo('/planning')} role="button" class="secondary small" data-testid="link-board">
              {t('home.board')}
            </a>
          )}
          {isStaff(me.role) && (
            <a href="/deliveries" onClick={linkTo('/deliveries')} role="button" class="secondary small" data-testid="link-deliveries">
              {t('delivery.home')}
            </a>
          )}
          {isStaff(me.role) && (
            <a href="/catalogue" onClick={linkTo('/catalogue')} role="button" class="secondary small" data-testid="link-catalogue">
              {t('catalogue.home')}
            </a>
          )}
          {canManage(me.role) && (
            <a href="/admin/users" onClick={linkTo('/admin/users')} role="button" class="secondary small" data-testid="link-team">
              {canAdminister(me.role) ? t('admin.homeLink') : t('admin.homeLinkReadOnly')}
            </a>
          )}
          {me.role === ROLE.TECHNICIAN && (
            <a href="/my-schedule" onClick={linkTo('/my-schedule')} class="schedule-link" data-testid="link-my-schedule">
              <strong>{t('home.mySchedule')}</strong>
              <small>{t('home.myScheduleHint')}</small>
            </a>
          )}
        </nav>
      )}

      {canManage(me.role) && <Checklist organisationId={me.organisation.id} />}

      <h1>{scoped ? t('home.myProductions') : t('home.productions')}</h1>
      <ProductionActions role={me.role} />
      <ProductionList role={me.role} />
    </main>
  );
}
