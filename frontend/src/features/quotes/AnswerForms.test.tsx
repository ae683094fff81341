import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { AnswerPanel, AnswerSummary } from './AnswerForms';

afterEach(cleanup);

function type(testId: string, value: string) {
  fireEvent.input(screen.getByTestId(testId), { target: { value } });
}

describe('the producer’s answer', () => {
  it('accepts only with a name and "bon pour accord", as the server compares it', async () => {
    const onAccept = vi.fn(async () => ({}));
    render(<AnswerPanel onAccept={onAccept} onRefuse={async () => ({})} />);
    fireEvent.click(screen.getByTestId('accept-open'));
    fireEvent.click(screen.getByTestId('accept-confirm'));
    expect(screen.getByTestId('field-error').getAttribute('data-field')).toBe('name');
    type('accept-name', ' Nathalie Lemaire ');
    type('accept-mention', 'lu et approuvé');
    fireEvent.click(screen.getByTestId('accept-confirm'));
    expect(screen.getByTestId('field-error').getAttribute('data-field')).toBe('mention');
    expect(onAccept).not.toHaveBeenCalled();
    type('accept-mention', 'Bon pour ACCORD');
    fireEvent.click(screen.getByTestId('accept-confirm'));
    await waitFor(() => expect(onAccept).toHaveBeenCalledWith('Nathalie Lemaire', 'Bon pour ACCORD'));
  });

  it('shows the server’s refusal on its field', async () => {
    const error = { graphQLErrors: [{ message: 'Écrivez « bon pour accord » pour accepter.', extensions: { code: 'VALIDATION', field: 'mention' } }] };
    render(<AnswerPanel onAccept={async () => ({ error: error as never })} onRefuse={async () => ({})} />);
    fireEvent.click(screen.getByTestId('accept-open'));
    type('accept-name', 'N. L.');
    type('accept-mention', 'bon pour accord');
    fireEvent.click(screen.getByTestId('accept-confirm'));
    await waitFor(() => expect(screen.getByTestId('field-error').textContent).toContain('bon pour accord'));
  });

  it('refuses with a reason', async () => {
    const onRefuse = vi.fn(async () => ({}));
    render(<AnswerPanel onAccept={async () => ({})} onRefuse={onRefuse} />);
    fireEvent.click(screen.getByTestId('refuse-open'));
    fireEvent.click(screen.getByTestId('refuse-confirm'));
    expect(screen.getByTestId('field-error').getAttribute('data-field')).toBe('reason');
    type('refuse-reason', 'Trop cher');
    fireEvent.click(screen.getByTestId('refuse-confirm'));
    await waitFor(() => expect(onRefuse).toHaveBeenCalledWith('Trop cher'));
  });

  it('says who accepted and when; the address only when the API gives it', () => {
    render(<AnswerSummary answer={{ acceptance: { name: 'Nathalie Lemaire', at: '2026-11-30T09:15:00Z', address: null, documentSha256: 'ab12' } }} />);
    const text = screen.getByTestId('acceptance').textContent ?? '';
    expect(text).toContain('Nathalie Lemaire');
    expect(text).toContain('30/11/2026 10:15');
    expect(text).not.toContain('depuis');
  });
});
