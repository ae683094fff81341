// Per kind, whether the caller also gets it by email. The kinds that always email (an
// invitation, a password reset) are shown as such, with nothing to switch.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { NotificationKind } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../lib/errors';
import { linkTo } from '../../lib/navigation';
import { LoadingOrError } from '../../ui';
import { kindLabelKey, sortKinds } from './kinds';
import './notifications.css';

const PreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
      locked
    }
  }
`);

const SetPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
      locked
    }
  }
`);

const INBOX_PATH = '/notifications';

export function PreferencesPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: PreferencesQuery, requestPolicy: 'cache-and-network' });
  const [, save] = useMutation(SetPreferenceMutation);
  // The choice being saved, shown at once; dropped when the server answers (its value then shows).
  const [pending, setPending] = useState<Partial<Record<NotificationKind, boolean>>>({});
  const [problem, setProblem] = useState<{ kind: NotificationKind; message: string } | null>(null);
  const [saved, setSaved] = useState<NotificationKind | null>(null);

  async function toggle(kind: NotificationKind, email: boolean) {
    setProblem(null);
    setSaved(null);
    setPending((p) => ({ ...p, [kind]: email }));
    const res = await save({ kind, email });
    setPending((p) => {
      const { [kind]: _done, ...rest } = p;
      return rest;
    });
    if (res.data) setSaved(kind);
    else setProblem({ kind, message: describeError(res.error, t) });
  }

  const prefs = data ? sortKinds(data.notificationPreferences) : null;
  return (
    <main class="container inbox-page">
      <p class="inbox-back">
        <a href={INBOX_PATH} onClick={linkTo(INBOX_PATH)} data-testid="preferences-back">
          ← {t('notifications.backToInbox')}
        </a>
      </p>
      <h1>{t('notifications.preferences')}</h1>
      <p class="muted">{t('notifications.preferencesHint')}</p>
      {!prefs ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : (
        <ul class="pref-list" data-testid="preferences">
          {prefs.map((p) => {
            const id = `pref-${p.kind}`;
            const checked = pending[p.kind] ?? p.email;
            return (
              <li key={p.kind} class="pref" data-testid="preference" data-kind={p.kind} data-locked={p.locked ? 'true' : 'false'}>
                <span class="pref-kind" id={`${id}-label`}>
                  {t(kindLabelKey(p.kind))}
                </span>
                {p.locked ? (
                  <span class="badge pref-locked" data-testid="preference-locked">
                    {t('notifications.alwaysEmailed')}
                  </span>
                ) : (
                  <label class="pref-switch">
                    <input
                      type="checkbox"
                      role="switch"
                      checked={checked}
                      disabled={p.kind in pending}
                      aria-describedby={`${id}-label`}
                      onChange={(e) => toggle(p.kind, e.currentTarget.checked)}
                      data-testid="preference-email"
                    />
                    {t('notifications.emailToo')}
                  </label>
                )}
                {problem?.kind === p.kind && (
                  <p class="error pref-status" role="alert" data-testid="preference-error">
                    {problem.message}
                  </p>
                )}
                {saved === p.kind && (
                  <p class="ok pref-status" role="status" data-testid="preference-saved">
                    {t('notifications.saved')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
