// /quotes: the organisation's quotes for the staff (paginated with "Plus"); for a producer,
// first what waits for their answer, then every quote sent to them. Live through the
// caller's notifications (a quote sent, accepted or refused notifies someone).
import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { QuoteStatus } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { ROLE, canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { EmptyState, ErrorMessage, LiveBadge, LoadingOrError } from '../../ui';
import { QuoteList } from './QuoteRows';
import { QUOTE_STATUSES } from './quotes';
import { isQuoteNotification } from './live';
import './quotes.css';

const QuotesPageQuery = graphql(`
  query QuotesPage($first: Int!, $after: String, $filter: QuoteFilter) {
    quotes(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...QuoteRow
        }
      }
    }
  }
`);

const ToAnswerQuery = graphql(`
  query QuotesToAnswer {
    quotes(first: 50, filter: { status: SENT }) {
      edges {
        node {
          ...QuoteRow
        }
      }
    }
    amendments(first: 50, filter: { status: SENT }) {
      edges {
        node {
          ...AmendmentRow
        }
      }
    }
  }
`);

const QuoteNotifications = graphql(`
  subscription QuoteNotifications {
    notificationEvents {
      id
      kind
      notification {
        id
        kind
      }
    }
  }
`);

const QuotesMeQuery = graphql(`
  query QuotesMe {
    me {
      role
    }
  }
`);

const PAGE = 20;

/** One page of the list; the last one offers the next. */
function Chunk({ after, filter, last, onMore, tick }: { after: string | null; filter: { status?: QuoteStatus; expiringWithinDays?: number }; last: boolean; onMore: (cursor: string) => void; tick: number }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: QuotesPageQuery, variables: { first: PAGE, after, filter }, requestPolicy: tick ? 'network-only' : 'cache-and-network' });
  if (!data) return <LoadingOrError fetching={fetching} error={error} />;
  const quotes = data.quotes.edges.map((e) => e.node);
  return (
    <>
      {after == null && (
        <p class="muted" data-testid="quote-count">
          {t('quotes.count', { n: data.quotes.totalCount })}
        </p>
      )}
      {after == null && quotes.length === 0 ? <EmptyState>{t('quotes.empty')}</EmptyState> : <QuoteList quotes={quotes} />}
      {last && data.quotes.pageInfo.hasNextPage && data.quotes.pageInfo.endCursor && (
        <button type="button" class="secondary outline more" onClick={() => onMore(data.quotes.pageInfo.endCursor!)} data-testid="quotes-more">
          {t('quotes.more')}
        </button>
      )}
    </>
  );
}

function ToAnswer({ tick }: { tick: number }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ToAnswerQuery, requestPolicy: tick ? 'network-only' : 'cache-and-network' });
  return (
    <section class="quotes-to-answer" data-testid="to-answer">
      <h2>{t('quotes.toAnswer')}</h2>
      <p class="muted small-print">{t('quotes.toAnswerHint')}</p>
      {!data ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : data.quotes.edges.length + data.amendments.edges.length === 0 ? (
        <EmptyState>{t('quotes.nothingToAnswer')}</EmptyState>
      ) : (
        <QuoteList quotes={data.quotes.edges.map((e) => e.node)} amendments={data.amendments.edges.map((e) => e.node)} />
      )}
    </section>
  );
}

export function QuotesPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<QuoteStatus | ''>('');
  const [soon, setSoon] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [tick, setTick] = useState(0);
  const [{ data: me, error }] = useQuery({ query: QuotesMeQuery });
  const role = me?.me.role;
  useLiveRefetch({ query: QuoteNotifications, refetchOn: (e) => isQuoteNotification(e.notificationEvents.notification?.kind), delay: 150 }, () => setTick((n) => n + 1));
  const filter = { ...(status ? { status } : {}), ...(soon ? { expiringWithinDays: 7 } : {}) };
  const key = `${status}|${soon}|${tick}`;

  function change(next: () => void) {
    next();
    setCursors([null]);
  }

  return (
    <main class="container wide quotes-page">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <LiveBadge />
      </nav>
      <h1>{t('quotes.title')}</h1>
      <ErrorMessage error={error} />
      {canManage(role) && (
        <nav class="page-actions">
          <a href="/settings/prices" onClick={linkTo('/settings/prices')} role="button" class="secondary outline" data-testid="sale-prices-link">
            {t('prices.title')}
          </a>
        </nav>
      )}
      {role === ROLE.PRODUCER && <ToAnswer key={tick} tick={tick} />}
      <h2>{t('quotes.all')}</h2>
      <div class="quote-filters">
        <label>
          {t('quotes.filterStatus')}
          <select value={status} onChange={(e) => change(() => setStatus(e.currentTarget.value as QuoteStatus | ''))} data-testid="quote-status-filter">
            <option value="">{t('quotes.anyStatus')}</option>
            {QUOTE_STATUSES.filter((s) => role !== ROLE.PRODUCER || s !== 'DRAFT').map((s) => (
              <option key={s} value={s}>
                {t(`quote.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" role="switch" checked={soon} onChange={(e) => change(() => setSoon(e.currentTarget.checked))} data-testid="quote-soon-filter" />
          {t('quotes.expiringSoon')}
        </label>
      </div>
      {cursors.map((c, i) => (
        <Chunk key={`${key}|${c ?? ''}`} after={c} filter={filter} last={i === cursors.length - 1} onMore={(next) => setCursors([...cursors, next])} tick={tick} />
      ))}
    </main>
  );
}
