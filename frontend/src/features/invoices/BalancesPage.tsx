// /invoices/balances — what each client owes across its issued invoices (a producer: their own
// client), with "Plus" pages.
import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { linkTo } from '../../lib/navigation';
import { EmptyState, LoadingOrError, Money } from '../../ui';
import './invoices.css';

const BalancesQuery = graphql(`
  query ClientBalances($first: Int!, $after: String) {
    clientBalances(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          client {
            id
            name
          }
          invoiced
          credited
          paid
          balance
          overdue
        }
      }
    }
  }
`);

const PAGE = 50;

function Chunk({ after, last, onMore }: { after: string | null; last: boolean; onMore: (c: string) => void }) {
  const { t } = useI18n();
  const wide = useMediaQuery(WIDE);
  const [{ data, fetching, error }] = useQuery({ query: BalancesQuery, variables: { first: PAGE, after }, requestPolicy: 'cache-and-network' });
  if (!data) return <LoadingOrError fetching={fetching} error={error} />;
  const rows = data.clientBalances.edges.map((e) => e.node);
  if (after == null && rows.length === 0) return <EmptyState>{t('balances.empty')}</EmptyState>;
  const cols = ['invoiced', 'credited', 'paid', 'balance', 'overdue'] as const;
  return (
    <>
      {wide ? (
        <div class="table-scroll">
          <table class="balances-table">
            <thead>
              <tr>
                <th>{t('invoices.client')}</th>
                {cols.map((c) => (
                  <th key={c} class="num">
                    {t(`balances.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.client.id} data-testid="balance-row">
                  <td>{r.client.name}</td>
                  {cols.map((c) => (
                    <td key={c} class="num">
                      <Money amount={r[c]} testId={`balance-${c}`} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul class="cards">
          {rows.map((r) => (
            <li key={r.client.id} data-testid="balance-row">
              <div class="invoice-figures">
                <strong class="card-title">{r.client.name}</strong>
                <dl>
                  {cols.map((c) => (
                    <>
                      <dt class={c === 'balance' ? 'strong' : ''}>{t(`balances.${c}`)}</dt>
                      <dd class={c === 'balance' ? 'strong' : ''}>
                        <Money amount={r[c]} testId={`balance-${c}`} />
                      </dd>
                    </>
                  ))}
                </dl>
              </div>
            </li>
          ))}
        </ul>
      )}
      {last && data.clientBalances.pageInfo.hasNextPage && data.clientBalances.pageInfo.endCursor && (
        <button type="button" class="secondary outline more" onClick={() => onMore(data.clientBalances.pageInfo.endCursor!)} data-testid="balances-more">
          {t('invoices.more')}
        </button>
      )}
    </>
  );
}

export function BalancesPage() {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <main class="container wide invoices-page">
      <nav class="crumbs">
        <a href="/invoices" onClick={linkTo('/invoices')}>
          ← {t('invoice.back')}
        </a>
      </nav>
      <h1>{t('balances.title')}</h1>
      {cursors.map((c, i) => (
        <Chunk key={c ?? ''} after={c} last={i === cursors.length - 1} onMore={(next) => setCursors([...cursors, next])} />
      ))}
    </main>
  );
}
