import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { TrackingPage } from './TrackingPage';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const op = (id: string, label: string) => ({ __typename: 'Operation', id, label });
const row = (figures: Record<string, unknown>) => ({
  __typename: 'TrackingRow',
  level: 'ON_TRACK',
  plannedMinutes: 0,
  approvedMinutes: 0,
  submittedMinutes: 0,
  actualMinutes: 0,
  remainingMinutes: 0,
  percentConsumed: null,
  projectedMinutes: 0,
  excessMinutes: 0,
  excessCost: null,
  actualCost: null,
  unattributedMinutes: 0,
  ...figures,
});

// "Montage son": a task planned 96 h with 50 h on it, and 39 h filed on the operation that no
// task could take. The summary's figures are the API's; they differ on purpose from any sum the
// app could make of the rows, to prove that the page shows them as given.
const sound = op('o-sound', 'Montage son');
const tracking = {
  __typename: 'Tracking',
  tasks: [
    {
      ...row({ plannedMinutes: 96 * 60, approvedMinutes: 50 * 60, actualMinutes: 50 * 60, remainingMinutes: 46 * 60, percentConsumed: 52, projectedMinutes: 90 * 60 }),
      task: { __typename: 'Task', id: 't-sound', title: 'Montage son', startDate: '2026-11-02', endDate: '2026-11-27', episode: null },
      operation: sound,
    },
  ],
  operations: [
    {
      ...row({
        level: 'OVERRUN',
        plannedMinutes: 96 * 60,
        approvedMinutes: 89 * 60,
        actualMinutes: 89 * 60,
        projectedMinutes: 129 * 60,
        excessMinutes: 33 * 60,
        unattributedMinutes: 39 * 60,
      }),
      operation: sound,
    },
  ],
  alerts: [
    {
      ...row({ level: 'OVERRUN', plannedMinutes: 96 * 60, actualMinutes: 89 * 60, projectedMinutes: 129 * 60, excessMinutes: 33 * 60, unattributedMinutes: 39 * 60 }),
      task: null,
      operation: sound,
    },
  ],
  summary: {
    __typename: 'TrackingSummary',
    level: 'OVERRUN',
    overrunCount: 1,
    warningCount: 0,
    plannedMinutes: 96 * 60,
    approvedMinutes: 89 * 60,
    submittedMinutes: 0,
    actualMinutes: 89 * 60,
    projectedMinutes: 129 * 60,
    unattributedMinutes: 39 * 60,
    actualCost: null,
    excessMinutes: 33 * 60,
    excessCost: null,
  },
};

function renderPage() {
  const client = new Client({
    url: 'http://localhost/graphql',
    preferGetMethod: false,
    exchanges: [fetchExchange],
    fetch: async () => json({ data: { production: { __typename: 'Production', id: 'p1', title: 'Les Heures claires', tracking } } }),
  });
  return render(
    <Provider value={client}>
      <TrackingPage id="p1" />
    </Provider>,
  );
}

describe('tracking page', () => {
  afterEach(cleanup);

  it('shows the API’s headline, alerts and total as given, with the time without a task, and a dash for costs it may not see', async () => {
    renderPage();
    await waitFor(() => expect(screen.getByTestId('tracking-headline')).toBeTruthy());
    expect(screen.getByTestId('tracking-headline').getAttribute('data-level')).toBe('OVERRUN');
    expect(screen.getByTestId('tracking-overruns').textContent).toBe('1 dépassement');
    expect(screen.queryByTestId('tracking-warnings')).toBeNull();
    expect(screen.getByTestId('summary-planned').textContent).toBe('96\u00a0h');
    expect(screen.getByTestId('summary-actual').textContent).toBe('89\u00a0h');
    expect(screen.getByTestId('summary-projected').textContent).toBe('129\u00a0h');
    expect(screen.getByTestId('summary-excess').textContent).toBe('+33\u00a0h');
    expect(screen.getByTestId('summary-unattributed').textContent).toBe('dont 39\u00a0h sans tâche');
    expect(screen.getByTestId('summary-actual-cost').textContent).toBe('—');
    expect(screen.getByTestId('summary-excess-cost').textContent).toBe('—');

    // "À surveiller": the operation row, named by its operation, not a task.
    const alerts = screen.getAllByTestId('tracking-alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].textContent).toContain('Montage son');
    expect(alerts[0].textContent).toContain('toute l’opération');
    expect(alerts[0].textContent).toContain('dont 39\u00a0h sans tâche');

    // The operation row says how much of it has no task; the total is the summary's.
    expect(screen.getByTestId('row-unattributed').textContent).toBe('dont 39\u00a0h sans tâche');
    const total = screen.getByTestId('tracking-total').textContent ?? '';
    expect(total).toContain('96\u00a0h');
    expect(total).toContain('129\u00a0h');
    expect(total).toContain('+33\u00a0h');
    expect(screen.getByTestId('tracking-unattributed-note').textContent).toContain('39\u00a0h');
  });
});
