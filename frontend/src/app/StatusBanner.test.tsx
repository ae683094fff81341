import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { reportAnswered, reportUnavailable, resetOutage } from '../lib/outage';
import { LiveBadge } from '../ui/LiveBadge';
import { StatusBanner } from './StatusBanner';

afterEach(() => {
  cleanup();
  resetOutage();
  vi.restoreAllMocks();
});

describe('status banner', () => {
  it('says offline, and what still works for the role', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<StatusBanner role="TECHNICIAN" />);
    expect(screen.getByTestId('offline-banner').textContent).toMatch(/^Hors ligne\. Vos bons de séance restent utilisables/);
    cleanup();
    render(<StatusBanner role="PRODUCER" />);
    expect(screen.getByTestId('offline-banner').textContent).toMatch(/^Hors ligne\. Les pages déjà chargées restent consultables/);
  });

  it('says the server is momentarily unavailable until it answers again', async () => {
    render(<StatusBanner role="COORDINATOR" />);
    expect(screen.queryByTestId('unavailable-banner')).toBeNull();
    await act(() => reportUnavailable(5_000));
    expect(screen.getByTestId('unavailable-banner').textContent).toBe('Serveur momentanément indisponible — nouvel essai dans quelques secondes.');
    await act(() => reportAnswered());
    expect(screen.queryByTestId('unavailable-banner')).toBeNull();
  });
});

describe('live badge', () => {
  it('shows nothing on a page without an open feed (never a grey "Hors ligne" while online)', () => {
    render(<LiveBadge />);
    expect(screen.queryByTestId('live-status')).toBeNull();
  });
});
