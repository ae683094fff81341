// The organisation's API tokens: create one (shown once), revoke one.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { DateText, EmptyState, LoadingOrError } from '../../ui';
import { CopyField } from './CopyField';

const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        name
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      name
      revokedAt
    }
  }
`);

export function ApiTokens() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiTokensQuery });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [createState, create] = useMutation(CreateApiTokenMutation);
  const [, revoke] = useMutation(RevokeApiTokenMutation);

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const res = await create({ name: name.trim() });
    const out = res.data?.createApiToken;
    if (out) {
      setCreated({ name: out.apiToken.name, token: out.token });
      setName('');
      reexecute({ requestPolicy: 'network-only' });
    } else {
      setMessage({ ok: false, text: describeError(res.error, t) });
    }
  }

  async function onRevoke(id: string, tokenName: string) {
    if (!confirm(t('admin.confirmRevoke', { name: tokenName }))) return;
    setMessage(null);
    const res = await revoke({ id });
    setMessage(res.data ? { ok: true, text: t('admin.revoked', { name: tokenName }) } : { ok: false, text: describeError(res.error, t) });
  }

  const list = data?.apiTokens ?? [];
  return (
    <section aria-labelledby="tokens-title" data-testid="api-tokens">
      <h2 id="tokens-title">{t('admin.tokens')}</h2>
      <p class="muted small-print">{t('admin.tokensHint')}</p>
      {created && (
        <div class="notice token-once" role="status" data-testid="token-created">
          <p>
            <strong>{t('admin.tokenValue', { name: created.name })}</strong>
            <br />
            {t('admin.tokenOnce')}
          </p>
          <CopyField value={created.token} label={t('admin.tokenValue', { name: created.name })} testId="token-value" />
          <button type="button" class="secondary outline small" onClick={() => setCreated(null)} data-testid="token-dismiss">
            {t('common.close')}
          </button>
        </div>
      )}
      <form class="inline-row" onSubmit={submit} noValidate data-testid="token-form">
        <label>
          {t('admin.newToken')}
          <input
            value={name}
            placeholder={t('admin.tokenNamePlaceholder')}
            maxLength={100}
            onInput={(e) => setName(e.currentTarget.value)}
            data-testid="token-name"
          />
        </label>
        <button type="submit" class="small" disabled={createState.fetching || !name.trim()} aria-busy={createState.fetching} data-testid="token-create">
          {t('admin.createToken')}
        </button>
      </form>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="token-message">
          {message.text}
        </p>
      )}
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : list.length === 0 ? (
        <EmptyState>{t('admin.noTokens')}</EmptyState>
      ) : (
        <ul class="member-list token-list">
          {list.map((tok) => (
            <li key={tok.id} data-testid="token-row" data-revoked={tok.revokedAt ? 'true' : 'false'} class={tok.revokedAt ? 'revoked' : undefined}>
              <div class="member-who">
                <strong>{tok.name}</strong>
                <small class="muted">
                  {t('admin.tokenCreated')} <DateText time={tok.createdAt} /> · {t('admin.tokenLastUsed')} :{' '}
                  {tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang) : t('admin.tokenNever')}
                </small>
              </div>
              <div class="member-role">
                {tok.revokedAt ? (
                  <span class="badge token-revoked" data-testid="token-state">
                    {t('admin.tokenRevoked', { at: formatDateTime(tok.revokedAt, lang) })}
                  </span>
                ) : (
                  <>
                    <span class="badge token-active" data-testid="token-state">
                      {t('admin.tokenActive')}
                    </span>
                    <button type="button" class="secondary outline small" onClick={() => onRevoke(tok.id, tok.name)} data-testid="token-revoke">
                      {t('admin.revoke')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
