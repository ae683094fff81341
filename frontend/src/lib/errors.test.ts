import { describe, expect, it, vi } from 'vitest';
import { errorCode, errorMessage, fieldError } from './errors';

describe('fieldError', () => {
  it('names the input field the server blames', () => {
    const error = { graphQLErrors: [{ message: 'Timecode invalide', extensions: { code: 'VALIDATION', field: 'timecodeIn' } }] };
    expect(fieldError(error)).toEqual({ field: 'timecodeIn', message: 'Timecode invalide' });
  });

  it('has no field for other errors, and nothing without an error', () => {
    expect(fieldError({ graphQLErrors: [{ message: 'Interdit' }] })).toEqual({ field: '', message: 'Interdit' });
    expect(fieldError({ graphQLErrors: [], networkError: new Error('Failed to fetch') })).toEqual({
      field: '',
      message: 'Le serveur ne répond pas : vérifiez la connexion, puis réessayez.',
    });
    expect(fieldError(undefined)).toBeNull();
  });
});

describe('errorMessage and errorCode', () => {
  it('read the first error', () => {
    const error = { graphQLErrors: [{ message: 'Introuvable', extensions: { code: 'NOT_FOUND' } }] };
    expect(errorMessage(error)).toBe('Introuvable');
    expect(errorCode(error)).toBe('NOT_FOUND');
    expect(errorCode({ graphQLErrors: [{ message: 'Indisponible', extensions: { code: 'UNAVAILABLE' } }] })).toBe('UNAVAILABLE');
    // Never the browser's English: the app's sentence, offline or not.
    expect(errorMessage({ graphQLErrors: [], networkError: new Error('Failed to fetch') })).toBe('Le serveur ne répond pas : vérifiez la connexion, puis réessayez.');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      expect(errorMessage({ graphQLErrors: [], networkError: new Error('Failed to fetch') })).toMatch(/^Hors ligne : cette page/);
    } finally {
      onLine.mockRestore();
    }
    expect(errorCode({ graphQLErrors: [], networkError: new Error('offline') })).toBeNull();
    expect(errorMessage(undefined)).toBeNull();
  });
});
