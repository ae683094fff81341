// The API's errors as the app shows them. The server writes its messages in the caller's
// language (Accept-Language) and names the offending input field in `extensions.field`.
import { getLang, translate, type T } from '../app/i18n';

/** The schema's ErrorCode enum (graph/schema.graphqls), sent in extensions.code. */
export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL', 'UNAVAILABLE', 'RESYNC'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorLike {
  graphQLErrors: { message: string; extensions?: Record<string, unknown> }[];
  networkError?: Error;
}

function offline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * The app's sentence for a request that got no answer at all, in the user's language, never
 * the browser's ("Failed to fetch"): offline, or the server out of reach.
 */
export function networkMessage(t: T = (key, vars) => translate(getLang(), key, vars)): string {
  return t(offline() ? 'common.offlinePage' : 'common.networkError');
}

/** The message of the first GraphQL error (already in the caller's language), or the app's own for a network error. */
export function errorMessage(error: ErrorLike | undefined | null): string | null {
  if (!error) return null;
  return error.graphQLErrors[0]?.message ?? (error.networkError ? networkMessage() : null);
}

/**
 * The first error of a mutation as { field, message }: `field` is the input field the
 * server names in `extensions.field` ("timecodeIn"…), "" when none. Null without an error.
 */
export function fieldError(error: ErrorLike | undefined | null): { field: string; message: string } | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) {
    const f = first.extensions?.field;
    return { field: typeof f === 'string' ? f : '', message: first.message };
  }
  return { field: '', message: error.networkError ? networkMessage() : '' };
}


/** The typed code of the first GraphQL error (extensions.code), or null. */
export function errorCode(error: ErrorLike | undefined | null): ErrorCode | null {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : null;
}

/**
 * The sentence to show for an error, in the user's language: the server's message (it writes
 * them in the caller's language), the app's own for a network failure (rather than the
 * browser's "Failed to fetch"; offline, it says so), or the generic one.
 */
export function describeError(error: ErrorLike | undefined | null, t: T): string {
  if (error && error.graphQLErrors.length === 0 && error.networkError) return networkMessage(t);
  return errorMessage(error) || t('common.error');
}
