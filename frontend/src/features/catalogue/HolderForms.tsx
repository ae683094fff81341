// Creating a rights holder, and giving one access to the portal.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { HolderKind } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useI18n, type Key } from '../../app/i18n';
import { HOLDER_KINDS } from './royalties';
import './catalogue.css';
import { EmptyState, LoadingOrError } from '../../ui';

const CreateRightsHolderMutation = graphql(`
  mutation CreateRightsHolder($input: RightsHolderInput!) {
    createRightsHolder(input: $input) {
      id
      name
      kind
      isCompany
      email
      address
    }
  }
`);

const HolderAccountsQuery = graphql(`
  query HolderAccounts {
    members(first: 200, role: RIGHTS_HOLDER) {
      edges {
        node {
          id
          user {
            id
            name
            email
          }
        }
      }
    }
  }
`);

const LinkHolderUserMutation = graphql(`
  mutation LinkHolderUser($holderId: ID!, $userId: ID!) {
    linkHolderUser(holderId: $holderId, userId: $userId) {
      id
    }
  }
`);

export function NewHolder({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<HolderKind>('AUTHOR');
  const [isCompany, setIsCompany] = useState(false);
  const [email, setEmail] = useState('');
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, create] = useMutation(CreateRightsHolderMutation);

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const res = await create({ input: { name: name.trim(), kind, isCompany, email: email.trim(), address: address.trim() } });
    if (res.data) {
      setMessage({ ok: true, text: t('catalogue.holderCreated', { name: res.data.createRightsHolder.name }) });
      setName('');
      setEmail('');
      setAddress('');
      setIsCompany(false);
      onCreated();
    } else {
      setMessage({ ok: false, text: describeError(res.error, t) });
    }
  }

  return (
    <details class="card-form">
      <summary>{t('catalogue.newHolder')}</summary>
      <form onSubmit={submit} data-testid="holder-form">
        <div class="form-grid">
          <label>
            {t('catalogue.holderName')}
            <input required value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="holder-name" />
          </label>
          <label>
            {t('catalogue.holderKind')}
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as HolderKind)} data-testid="holder-kind">
              {HOLDER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`catalogue.holderKind.${k}` as Key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('catalogue.email')}
            <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
          </label>
          <label>
            {t('catalogue.address')}
            <input value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
          </label>
        </div>
        <label class="check">
          <input type="checkbox" checked={isCompany} onChange={(e) => setIsCompany(e.currentTarget.checked)} />
          {t('catalogue.company')}
        </label>
        {message && (
          <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit" class="small" disabled={state.fetching || !name.trim()} aria-busy={state.fetching} data-testid="holder-submit">
          {t('catalogue.createHolder')}
        </button>
      </form>
    </details>
  );
}

/** Lets a rights-holder account see a holder's works, earnings and statements in its portal. */
export function PortalAccess({ holder, onClose }: { holder: { id: string; name: string }; onClose: () => void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: HolderAccountsQuery });
  const [userId, setUserId] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, link] = useMutation(LinkHolderUserMutation);
  const accounts = data?.members.edges.map((e) => e.node) ?? [];

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const res = await link({ holderId: holder.id, userId });
    if (res.data) {
      const user = accounts.find((m) => m.user.id === userId)?.user.name ?? '';
      setMessage({ ok: true, text: t('catalogue.workPortalDone', { user, name: holder.name }) });
    } else {
      setMessage({ ok: false, text: describeError(res.error, t) });
    }
  }

  return (
    <form class="portal-access" onSubmit={submit} noValidate data-testid="portal-access-form">
      <p class="muted small-print">{t('catalogue.workPortalHint', { name: holder.name })}</p>
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : accounts.length === 0 ? (
        <EmptyState>{t('catalogue.workPortalNone')}</EmptyState>
      ) : (
        <label>
          {t('catalogue.workPortalUser')}
          <select value={userId} onChange={(e) => setUserId(e.currentTarget.value)} data-testid="portal-access-user">
            <option value="">{t('catalogue.workPortalChoose')}</option>
            {accounts.map((m) => (
              <option key={m.user.id} value={m.user.id}>
                {m.user.name} ({m.user.email})
              </option>
            ))}
          </select>
        </label>
      )}
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="portal-access-message">
          {message.text}
        </p>
      )}
      <div class="action-buttons">
        <button type="submit" class="small" disabled={state.fetching || !userId} aria-busy={state.fetching} data-testid="portal-access-submit">
          {t('catalogue.workPortalGive')}
        </button>
        <button type="button" class="secondary outline small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
