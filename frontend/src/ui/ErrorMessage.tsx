import { useI18n } from '../app/i18n';
import { describeError, type ErrorLike } from '../lib/errors';
import { Loading } from './Loading';

/**
 * An API error as a paragraph in the user's language: the server writes its typed errors in
 * the caller's language; a network failure (no answer at all) gets the app's own sentence
 * instead of the browser's ("Failed to fetch"). Nothing without an error.
 */
export function ErrorMessage({ error, testId, muted }: { error: ErrorLike | null | undefined; testId?: string; muted?: boolean }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p class={muted ? 'muted' : 'error'} role="alert" data-testid={testId}>
      {describeError(error, t)}
    </p>
  );
}

/**
 * What a page shows before its data: the loading line while the query runs, else its error
 * (or the generic one when the query ended with neither data nor error).
 */
export function LoadingOrError({ fetching, error }: { fetching: boolean; error: ErrorLike | null | undefined }) {
  const { t } = useI18n();
  if (fetching) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  return <p class="error">{t('common.error')}</p>;
}
