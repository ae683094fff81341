import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { setLang } from '../../app/i18n';
import { Bell } from './Bell';
import { setUnread } from './unread';

/** A client whose query answers `unread` and whose subscription then sends one event with `next`. */
function client(unread: number, next?: number) {
  return new Client({
    url: 'http://localhost/graphql',
    exchanges: [
      subscriptionExchange({
        forwardSubscription: () => ({
          subscribe(sink) {
            const id = setTimeout(() => {
              if (next === undefined) return;
              sink.next({
                data: {
                  notificationEvents: { __typename: 'NotificationEvent', id: '1', kind: 'notification.created', at: '2026-11-26T09:00:00Z', unreadCount: next, notification: null },
                },
              });
            }, 50);
            return { unsubscribe: () => clearTimeout(id) };
          },
        }),
      }),
      fetchExchange,
    ],
    fetch: async () =>
      new Response(JSON.stringify({ data: { notifications: { __typename: 'NotificationConnection', unreadCount: unread } } }), {
        headers: { 'content-type': 'application/json' },
      }),
  });
}

describe('the bell', () => {
  afterEach(() => {
    cleanup();
    setUnread(null);
    setLang('fr');
  });

  it('says how many are unread, in words for a screen reader, and leads to the inbox', async () => {
    render(
      <Provider value={client(3)}>
        <Bell current={false} />
      </Provider>,
    );
    await waitFor(() => expect(screen.getByTestId('bell-count').textContent).toBe('3'));
    const bell = screen.getByTestId('shell-notifications');
    expect(bell.getAttribute('aria-label')).toBe('3 notifications non lues');
    expect(bell.getAttribute('href')).toBe('/notifications');
  });

  it('follows the live count, and shows no badge at zero', async () => {
    setLang('en');
    render(
      <Provider value={client(0, 1)}>
        <Bell current={false} />
      </Provider>,
    );
    const bell = screen.getByTestId('shell-notifications');
    expect(screen.queryByTestId('bell-count')).toBeNull();
    expect(bell.getAttribute('aria-label')).toBe('Notifications');
    await waitFor(() => expect(screen.getByTestId('bell-count').textContent).toBe('1'));
    expect(bell.getAttribute('aria-label')).toBe('1 unread notification');
  });
});
