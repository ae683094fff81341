import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { groupRevenue } from '../catalogue/royalties';
import { PortalPage } from './PortalPage';
import { RevenueChart } from './RevenueChart';

const portalData = {
  me: { __typename: 'Me', role: 'RIGHTS_HOLDER', user: { __typename: 'User', id: 'u1', name: 'Bernard Dufour' }, organisation: { __typename: 'Organisation', id: 'o1', name: 'Démo' } },
  myHolders: [{ __typename: 'RightsHolder', id: 'h1', name: 'Hélène Vasseur' }],
  works: {
    __typename: 'WorkConnection',
    totalCount: 1,
    edges: [
      {
        __typename: 'WorkEdge',
        node: {
          __typename: 'Work',
          id: 'w1',
          title: 'Marée basse',
          year: 2017,
          kind: 'TV_FICTION',
          isan: '',
          shares: [{ __typename: 'RightsShare', id: 's1', media: 'SVOD', territory: 'WORLD', validFrom: null, validTo: null, basisPoints: 500 }],
        },
      },
    ],
  },
  holderRevenue: [
    { __typename: 'RevenuePoint', period: '2024-T4', media: 'TV', territory: 'FR', amount: '1818.91' },
    { __typename: 'RevenuePoint', period: '2025-T2', media: 'SVOD', territory: 'WORLD', amount: '2106.11' },
  ],
  statements: {
    __typename: 'StatementConnection',
    totalCount: 1,
    edges: [
      {
        __typename: 'StatementEdge',
        node: {
          __typename: 'Statement',
          id: 'd3f018bf-0000-0000-0000-000000000000',
          amount: '-1234.56',
          previousAmount: null,
          issuedAt: '2025-07-15T08:00:00Z',
          pdfUrl: 'http://localhost/documents/statements/d3f018bf.pdf',
          csvUrl: 'http://localhost/documents/statements/d3f018bf.csv',
          holder: { __typename: 'RightsHolder', id: 'h1', name: 'Hélène Vasseur' },
          run: { __typename: 'DistributionRun', id: 'r1', periodStart: '2025-01-01', periodEnd: '2025-06-30' },
          lines: [],
        },
      },
    ],
  },
};

function renderPortal() {
  const fetchImpl: typeof fetch = async () =>
    new Response(JSON.stringify({ data: portalData }), { headers: { 'content-type': 'application/json' } });
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch: fetchImpl });
  return render(
    <Provider value={client}>
      <PortalPage />
    </Provider>,
  );
}

describe('rights-holder portal', () => {
  afterEach(cleanup);

  it('draws a bar per media and quarter with a legend in French', () => {
    const { container } = render(
      <RevenueChart
        chart={groupRevenue([
          { period: '2024-T4', media: 'TV', territory: 'FR', amount: '1818.91' },
          { period: '2024-T4', media: 'SVOD', territory: 'WORLD', amount: '4369.66' },
          { period: '2025-T2', media: 'SVOD', territory: 'WORLD', amount: '2106.11' },
        ])}
      />,
    );
    expect(container.querySelectorAll('svg rect[data-testid="chart-bar"]').length).toBe(3);
    expect(container.querySelector('.chart-legend')?.textContent).toBe('TélévisionVàD par abonnement');
    expect([...container.querySelectorAll('.x-label')].map((e) => e.textContent)).toEqual(['T4 2024', 'T1 2025', 'T2 2025']);
  });

  it('lists the statements with their amount in French and their downloads', async () => {
    renderPortal();
    await waitFor(() => expect(screen.getByTestId('statement-amount').textContent).toBe('-1\u202f234,56\u00a0€'));
    expect(screen.getByTestId('statement-pdf').textContent).toBe('PDF');
    expect(screen.getByTestId('statement-csv').textContent).toBe('CSV');
    expect(screen.getAllByTestId('chart-bar').length).toBe(2);
    expect(screen.getByTestId('annual-pdf').textContent).toBe('Compte 2025 (PDF)');
    expect(screen.getByTestId('portal-work').textContent).toContain('VàD par abonnement · Monde · 5\u00a0%');
  });
});
