import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { lazyPage } from './lazyPage';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Hello({ name }: { name: string }) {
  return <p data-testid="hello">Bonjour {name}</p>;
}

describe('lazy pages', () => {
  it('shows the loading line, then the page; a later visit draws at once', async () => {
    let arrive: (page: typeof Hello) => void = () => {};
    const load = vi.fn(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    const { Page } = lazyPage(load);
    render(<Page name="Léa" />);
    expect(screen.getByText('Chargement…')).toBeTruthy();
    arrive(Hello);
    await waitFor(() => expect(screen.getByTestId('hello').textContent).toBe('Bonjour Léa'));
    cleanup();
    render(<Page name="Jo" />);
    expect(screen.getByTestId('hello').textContent).toBe('Bonjour Jo');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says a chunk that cannot be fetched could not load, offers to reload, and tries again when the network is back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(Hello);
    const listen = vi.spyOn(window, 'addEventListener');
    const { Page } = lazyPage(load);
    render(<Page name="Léa" />);
    await waitFor(() => expect(screen.getByTestId('chunk-failed')).toBeTruthy());
    expect(screen.getByTestId('chunk-failed').textContent).toContain('Cette page n’a pas pu être chargée');
    expect(screen.getByTestId('chunk-reload').textContent).toBe('Recharger');
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
    await waitFor(() => expect(listen).toHaveBeenCalledWith('online', expect.any(Function)));
    await act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.getByTestId('hello').textContent).toBe('Bonjour Léa'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('preloads without ever rejecting', async () => {
    const failing = lazyPage(() => Promise.reject(new Error('offline')));
    await expect(failing.preload()).resolves.toBeUndefined();
  });
});
