import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useLogout } from '../auth/useLogout';
import { LiveBadge } from '../../ui/LiveBadge';
import { useI18n } from '../../app/i18n';
import { statementYears } from '../catalogue/royalties';
import '../catalogue/catalogue.css';
import { LoadingOrError, Money } from '../../ui';
import { ROLE } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { Earnings } from './RevenueChart';
import { Statements, AnnualAccounts } from './Statements';
import { WorkList } from './PortalWorks';

const PortalQuery = graphql(`
  query Portal {
    me {
      ...Viewer
    }
    myHolders {
      id
      name
    }
    works(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          year
          kind
          isan
          shares {
            id
            media
            territory
            validFrom
            validTo
            basisPoints
          }
        }
      }
    }
    holderRevenue {
      period
      media
      territory
      amount
    }
    statements(first: 50) {
      totalCount
      edges {
        node {
          id
          amount
          previousAmount
          issuedAt
          pdfUrl
          csvUrl
          holder {
            id
            name
          }
          run {
            id
            periodStart
            periodEnd
          }
          lines {
            work {
              id
              title
            }
            media
            territory
            basisPoints
            net
            amount
            residual
          }
        }
      }
    }
  }
`);

const PortalStatementEvents = graphql(`
  subscription PortalStatementEvents {
    statementEvents {
      id
      kind
      statement {
        id
        amount
      }
    }
  }
`);

/** The home of a rights holder: their earnings, their statements and their works. */
export function PortalPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PortalQuery });
  const { logout, busy: loggingOut } = useLogout();
  const isHolder = data?.me.role === ROLE.RIGHTS_HOLDER;
  // Each statement issued for one of the caller's holders: a notice and a fresh list.
  const statementEvents = useLiveRefetch({ query: PortalStatementEvents, pause: !isHolder, delay: 150 }, () => reexecute({ requestPolicy: 'network-only' }));
  const live = { count: statementEvents.count, amount: statementEvents.last?.statementEvents.statement?.amount ?? null };
  const [noticeDismissed, setNoticeDismissed] = useState(0);

  if (!data) {
    return (
      <main class="container">
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  const statements = data.statements.edges.map((e) => e.node);
  const works = data.works.edges.map((e) => e.node);
  const showNotice = !!live && live.count > noticeDismissed;

  return (
    <main class="container portal-page">
      <section class="who">
        <div>
          <strong>{data.myHolders.map((h) => h.name).join(', ') || data.me.user?.name}</strong>
          <small>
            {t(`role.${data.me.role}`)} · {data.me.organisation.name}
          </small>
        </div>
        <button type="button" class="secondary outline small" onClick={logout} disabled={loggingOut}>
          {t('home.logout')}
        </button>
      </section>

      <nav class="crumbs">
        <h1>{t('portal.title')}</h1>
        <LiveBadge />
      </nav>
      {!isHolder && <p class="muted">{t('portal.notHolder')}</p>}

      {showNotice && (
        <div class="notice" role="status" data-testid="statement-notice">
          <span>
            <strong>{t('portal.newStatement')}</strong>
            {live?.amount && <> · <Money amount={live.amount} /></>}
          </span>
          <button type="button" class="secondary outline small" onClick={() => setNoticeDismissed(live!.count)} aria-label={t('common.close')}>
            ×
          </button>
        </div>
      )}

      <section aria-labelledby="portal-earnings">
        <h2 id="portal-earnings">{t('portal.earnings')}</h2>
        <Earnings points={data.holderRevenue} />
      </section>

      <section aria-labelledby="portal-statements">
        <h2 id="portal-statements">
          {t('portal.statements')} <small class="muted">({data.statements.totalCount})</small>
        </h2>
        <Statements statements={statements} showHolder={data.myHolders.length > 1} />
        <AnnualAccounts holders={data.myHolders} years={statementYears(statements)} />
      </section>

      <section aria-labelledby="portal-works">
        <h2 id="portal-works">
          {t('portal.works')} <small class="muted">({data.works.totalCount})</small>
        </h2>
        <WorkList works={works} />
      </section>
    </main>
  );
}
