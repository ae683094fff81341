import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { setLang } from '../app/i18n';
import { DateText, EmptyState, ErrorMessage, FieldError, LoadingOrError, Money, StatusBadge } from '.';

afterEach(() => {
  cleanup();
  setLang('fr');
});

describe('the UI kit', () => {
  it('shows the server’s message, and its own sentence for a network failure', () => {
    const { container, rerender } = render(<ErrorMessage error={{ graphQLErrors: [{ message: 'Délai dépassé', extensions: { code: 'VALIDATION' } }] }} />);
    expect(container.textContent).toBe('Délai dépassé');
    rerender(<ErrorMessage error={{ graphQLErrors: [], networkError: new TypeError('Failed to fetch') }} />);
    expect(container.textContent).not.toContain('Failed to fetch');
    expect(container.textContent).toContain('Le serveur ne répond pas');
    rerender(<ErrorMessage error={null} />);
    expect(container.textContent).toBe('');
  });

  it('shows loading, then the error', () => {
    const { container, rerender } = render(<LoadingOrError fetching error={undefined} />);
    expect(container.querySelector('[aria-busy="true"]')?.textContent).toBe('Chargement…');
    rerender(<LoadingOrError fetching={false} error={undefined} />);
    expect(container.textContent).toBe('Une erreur est survenue.');
  });

  it('translates a status, never showing its code', () => {
    const { container } = render(<StatusBadge kind="production" status="IN_POST" testId="s" />);
    const badge = container.querySelector('[data-testid="s"]')!;
    expect(badge.textContent).toBe('En post-production');
    expect(badge.getAttribute('data-status')).toBe('IN_POST');
    setLang('en');
    const { container: en } = render(<StatusBadge kind="delivery" status="QC" />);
    expect(en.textContent).not.toContain('QC_');
    expect(en.textContent).not.toBe('QC');
  });

  it('formats money and dates in the user’s language', () => {
    const { container } = render(
      <p>
        <Money amount="1234.5" /> <DateText date="2026-03-07" />
      </p>,
    );
    expect(container.textContent?.replace(/\s/g, ' ')).toBe('1 234,50 € 07/03/2026');
  });

  it('puts a field error under its field only', () => {
    const error = { field: 'timecodeIn', message: 'Timecode invalide' };
    const { container } = render(
      <div>
        <FieldError name="timecodeIn" error={error} />
        <FieldError name="timecodeOut" error={error} />
      </div>,
    );
    const shown = container.querySelectorAll('[data-testid="field-error"]');
    expect(shown).toHaveLength(1);
    expect(shown[0].getAttribute('data-field')).toBe('timecodeIn');
  });

  it('says why a list is empty', () => {
    const { container } = render(<EmptyState action={<a href="/x">Créer</a>}>Rien ici.</EmptyState>);
    expect(container.textContent).toBe('Rien ici.Créer');
  });
});
