import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { tokens } from '../../lib/api';
import { QUEUE_KEY } from './slipQueue';
import { readOfflineData } from './offlineData';
import { SlipFormPage } from './SlipFormPage';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

// A token whose subject is the signed-in user: the outbox sends only their slips.
const token = `h.${btoa(JSON.stringify({ sub: 'user-1' })).replace(/=+$/, '')}.s`;

// What the server says of the slip being typed (checkSlip); a test may replace it.
let checkAnswer: (input: Record<string, unknown>) => unknown = () => ({
  data: { checkSlip: { __typename: 'SlipCheck', workedMinutes: 360, nightMinutes: 0, sundayOrHoliday: false, warnings: [] } },
});

function api(body: { query: string; variables?: Record<string, unknown> }) {
  if (body.query.includes('query CheckSlip')) return checkAnswer(body.variables?.input as Record<string, unknown>);
  if (body.query.includes('query SlipFormData')) {
    return {
      data: {
        me: { __typename: 'Me', role: 'TECHNICIAN', technician: { __typename: 'Technician', id: 't1', name: 'Nicolas Garnier' } },
        productions: {
          __typename: 'ProductionConnection',
          edges: [{ __typename: 'ProductionEdge', node: { __typename: 'Production', id: 'p1', title: 'Les Heures claires', status: 'IN_POST' } }],
        },
        operations: {
          __typename: 'OperationConnection',
          edges: [{ __typename: 'OperationEdge', node: { __typename: 'Operation', id: 'o1', label: 'Mixage' } }],
        },
        rooms: { __typename: 'RoomConnection', edges: [] },
      },
    };
  }
  if (body.query.includes('query SlipFormTasks')) {
    return { data: { production: { __typename: 'Production', id: 'p1', tasks: [] } } };
  }
  throw new Error(`unexpected query ${body.query}`);
}

function renderForm(network = true) {
  const client = new Client({
    url: 'http://localhost/graphql',
    preferGetMethod: false,
    exchanges: [fetchExchange],
    fetch: async (_input, init) => {
      if (!network) throw new TypeError('Failed to fetch');
      return json(api(JSON.parse(String(init?.body))));
    },
  });
  return render(
    <Provider value={client}>
      <SlipFormPage />
    </Provider>,
  );
}

describe('slip form, checked by the server as it is filled', () => {
  beforeEach(() => {
    localStorage.clear();
    tokens.set({ accessToken: token, refreshToken: 'r' });
  });
  afterEach(() => {
    cleanup();
    checkAnswer = () => ({ data: { checkSlip: { __typename: 'SlipCheck', workedMinutes: 360, nightMinutes: 0, sundayOrHoliday: false, warnings: [] } } });
  });

  it('shows the server’s worked time and its warnings before sending', async () => {
    history.replaceState(null, '', '/slips/new?production=p1&operation=o1&date=2026-11-22&start=18:00&end=09:00&break=0');
    const asked: Record<string, unknown>[] = [];
    checkAnswer = (input) => {
      asked.push(input);
      return {
        data: {
          checkSlip: {
            __typename: 'SlipCheck',
            workedMinutes: 900,
            nightMinutes: 480,
            sundayOrHoliday: true,
            warnings: [
              { __typename: 'SlipWarning', code: 'SESSION_OVER_10H', message: 'Séance de 15 h (au-delà de 10 h)', minutes: 900, limitMinutes: 600 },
              { __typename: 'SlipWarning', code: 'DAY_OVER_12H', message: 'Journée de 15 h (au-delà de 12 h)', minutes: 900, limitMinutes: 720 },
            ],
          },
        },
      };
    };
    renderForm();
    await waitFor(() => expect(screen.getAllByTestId('slip-warning')).toHaveLength(2), { timeout: 3000 });
    expect(screen.getByTestId('slip-worked').textContent).toBe('15\u00a0h');
    expect(screen.getAllByTestId('slip-warning').map((w) => w.textContent)).toEqual(['Séance de 15 h (au-delà de 10 h)', 'Journée de 15 h (au-delà de 12 h)']);
    expect(asked.at(-1)).toMatchObject({ productionId: 'p1', operationId: 'o1', date: '2026-11-22', start: '18:00', end: '09:00', breakMinutes: 0 });
  });

  it('keeps a negative break as typed and shows the refusal on the break field, not a silent 0', async () => {
    history.replaceState(null, '', '/slips/new?production=p1&operation=o1&date=2026-11-20&start=09:00&end=18:00&break=60');
    const breaks: unknown[] = [];
    checkAnswer = (input) => {
      breaks.push(input.breakMinutes);
      return (input.breakMinutes as number) < 0
        ? { data: null, errors: [{ message: 'La pause ne peut pas être négative.', extensions: { code: 'VALIDATION', field: 'breakMinutes' } }] }
        : { data: { checkSlip: { __typename: 'SlipCheck', workedMinutes: 480, nightMinutes: 0, sundayOrHoliday: false, warnings: [] } } };
    };
    renderForm();
    await waitFor(() => expect((screen.getByTestId('slip-production') as HTMLSelectElement).value).toBe('p1'));
    fireEvent.input(screen.getByTestId('slip-break'), { target: { value: '-30' } });
    expect((screen.getByTestId('slip-break') as HTMLInputElement).value).toBe('-30');
    await waitFor(() => expect(screen.getByTestId('slip-error-breakMinutes').textContent).toBe('La pause ne peut pas être négative.'), { timeout: 3000 });
    expect(breaks).toContain(-30);
    expect(screen.getByTestId('slip-break').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('slip-duration-problem').textContent).toBe('La pause ne peut pas être négative.');
    // Sending is refused by the form itself: nothing goes to the outbox.
    fireEvent.click(screen.getByTestId('slip-submit'));
    expect(screen.getByTestId('slip-error-breakMinutes').textContent).toBe('La pause ne peut pas être négative.');
    expect(JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '{"pending":[]}').pending).toEqual([]);
  });
});

describe('slip form', () => {
  beforeEach(() => {
    localStorage.clear();
    tokens.set({ accessToken: token, refreshToken: 'r' });
    history.replaceState(null, '', '/slips/new?production=p1&operation=o1&date=2026-11-20&start=20:00&end=02:30&break=30');
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is prefilled from its address and shows the length of a night session', async () => {
    renderForm();
    await waitFor(() => expect((screen.getByTestId('slip-production') as HTMLSelectElement).value).toBe('p1'));
    expect((screen.getByTestId('slip-start') as HTMLInputElement).value).toBe('20:00');
    expect(screen.getByTestId('slip-duration').textContent).toContain('6\u00a0h');
    expect(screen.getByTestId('slip-overnight').textContent).toBe('Fin le lendemain');
    fireEvent.click(screen.getByTestId('slip-break-60'));
    expect(screen.getByTestId('slip-duration').textContent).toContain('5\u00a0h\u00a030');
  });

  it('shows the server’s validation error next to its field, and keeps nothing in the outbox', async () => {
    const sent: Record<string, unknown>[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
        sent.push(JSON.parse(String(init?.body)).variables.input);
        return json({
          data: null,
          errors: [{ message: 'Cette séance chevauche votre bon du 20/11/2026 18:00–23:00 sur « Pipo ».', extensions: { code: 'VALIDATION', field: 'start' } }],
        });
      }),
    );
    renderForm();
    await waitFor(() => expect((screen.getByTestId('slip-production') as HTMLSelectElement).value).toBe('p1'));
    const clientId = screen.getByTestId('slip-form').getAttribute('data-client-id');
    fireEvent.click(screen.getByTestId('slip-submit'));
    await waitFor(() => expect(screen.getByTestId('slip-error-start').textContent).toContain('chevauche'));
    expect(screen.getByTestId('slip-start').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ clientId, productionId: 'p1', operationId: 'o1', date: '2026-11-20', start: '20:00', end: '02:30', breakMinutes: 30 });
    expect(JSON.parse(localStorage.getItem(QUEUE_KEY)!)).toEqual({ pending: [], failed: [] });
  });

  it('keeps the slip in the outbox when offline', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      renderForm();
      await waitFor(() => expect((screen.getByTestId('slip-production') as HTMLSelectElement).value).toBe('p1'));
      expect(screen.getByTestId('slip-offline')).toBeTruthy();
      fireEvent.input(screen.getByTestId('slip-notes'), { target: { value: 'Prémix bobine 3' } });
      fireEvent.click(screen.getByTestId('slip-submit'));
      await waitFor(() => expect(location.pathname).toBe('/my-slips'));
      const stored = JSON.parse(localStorage.getItem(QUEUE_KEY)!);
      expect(stored.pending).toHaveLength(1);
      expect(stored.pending[0]).toMatchObject({ owner: 'user-1', summary: { production: 'Les Heures claires', operation: 'Mixage' }, input: { notes: 'Prémix bobine 3' } });
      expect(fetchMock).not.toHaveBeenCalled();
    } finally {
      onLine.mockRestore();
    }
  });

  it('keeps its lists when they load, and opens from them without a network', async () => {
    renderForm();
    await waitFor(() => expect(readOfflineData('user-1')?.operations).toEqual([{ id: 'o1', label: 'Mixage' }]));
    expect(readOfflineData('user-1')).toMatchObject({ productions: [{ id: 'p1', title: 'Les Heures claires' }], rooms: [], tasks: { p1: [] } });
    cleanup();

    // A cold start offline: nothing in memory, every request fails.
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      renderForm(false);
      await waitFor(() => expect((screen.getByTestId('slip-production') as HTMLSelectElement).value).toBe('p1'));
      expect(screen.getByTestId('slip-offline-data').textContent).toMatch(/^Hors ligne — données du \d{2}\/\d{2}\/\d{4}/);
      expect((screen.getByTestId('slip-operation') as HTMLSelectElement).value).toBe('o1');
      fireEvent.click(screen.getByTestId('slip-submit'));
      await waitFor(() => expect(location.pathname).toBe('/my-slips'));
      const stored = JSON.parse(localStorage.getItem(QUEUE_KEY)!);
      expect(stored.pending[0]).toMatchObject({ summary: { production: 'Les Heures claires', operation: 'Mixage' }, input: { productionId: 'p1', operationId: 'o1' } });
    } finally {
      onLine.mockRestore();
    }
  });
});
