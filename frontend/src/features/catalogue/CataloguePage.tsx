import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { HolderKind } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useDebounced } from '../../lib/hooks';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { HOLDER_KINDS } from './royalties';
import { EMPTY_WORK } from './works';
import { WorkForm } from './WorkForm';
import './catalogue.css';
import { EmptyState, LoadingOrError } from '../../ui';
import { canManage, isStaff } from '../../lib/roles';

const CatalogueWorksQuery = graphql(`
  query CatalogueWorks($search: String) {
    me {
      role
    }
    works(first: 100, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          title
          originalTitle
          year
          kind
          isan
          residualHolder {
            id
            name
          }
        }
      }
    }
  }
`);

const CatalogueHoldersQuery = graphql(`
  query CatalogueHolders {
    me {
      role
    }
    rightsHolders(first: 200) {
      totalCount
      edges {
        node {
          id
          name
          kind
          isCompany
          email
          address
        }
      }
    }
  }
`);

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

export type CatalogueTab = 'works' | 'holders' | 'import' | 'runs';

const TABS: readonly { key: CatalogueTab; href: string; label: Key }[] = [
  { key: 'works', href: '/catalogue', label: 'catalogue.tabWorks' },
  { key: 'holders', href: '/catalogue/holders', label: 'catalogue.tabHolders' },
  { key: 'import', href: '/catalogue/import', label: 'catalogue.tabImport' },
  { key: 'runs', href: '/catalogue/runs', label: 'catalogue.tabRuns' },
];

/** The head of every catalogue page: back home, the title and the catalogue's sections. */
export function CatalogueNav({ current }: { current: CatalogueTab | null }) {
  const { t } = useI18n();
  return (
    <>
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
      </nav>
      <nav class="tabs catalogue-tabs" aria-label={t('catalogue.title')}>
        {TABS.map((tab) => (
          <a
            key={tab.key}
            href={tab.href}
            onClick={linkTo(tab.href)}
            aria-current={tab.key === current ? 'page' : undefined}
            data-testid={`catalogue-tab-${tab.key}`}
          >
            {t(tab.label)}
          </a>
        ))}
      </nav>
    </>
  );
}

/** Shown instead of a catalogue page to the roles that do not manage the catalogue. */
export function StaffOnly() {
  const { t } = useI18n();
  return (
    <main class="container">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
      </nav>
      <p class="error" data-testid="catalogue-forbidden">
        {t('catalogue.forbidden')}
      </p>
    </main>
  );
}

export function CataloguePage({ tab = 'works' }: { tab?: 'works' | 'holders' }) {
  return tab === 'holders' ? <Holders /> : <Works />;
}

function Works() {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  const apply = useDebounced(() => setSearch(input.trim()), 250);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CatalogueWorksQuery, variables: { search: search || null } });

  if (data && !isStaff(data.me.role)) return <StaffOnly />;
  const works = data?.works.edges.map((e) => e.node) ?? [];
  return (
    <main class="container catalogue-page">
      <CatalogueNav current="works" />
      <h1>{t('catalogue.worksTitle')}</h1>
      {data && canManage(data.me.role) && <NewWork onCreated={() => reexecute({ requestPolicy: 'network-only' })} />}
      <input
        type="search"
        placeholder={t('catalogue.searchPlaceholder')}
        aria-label={t('catalogue.search')}
        value={input}
        onInput={(e) => {
          setInput(e.currentTarget.value);
          apply();
        }}
        data-testid="works-search"
      />
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          <p class="muted" aria-live="polite" data-testid="works-count">
            {t('catalogue.workCount', { n: data.works.totalCount })}
            {fetching && ' …'}
          </p>
          {works.length === 0 ? (
            <EmptyState>{t('catalogue.noWorks')}</EmptyState>
          ) : (
            <ul class="cards">
              {works.map((w) => {
                const href = `/catalogue/works/${w.id}`;
                return (
                  <li key={w.id} data-testid="work-item">
                    <a href={href} onClick={linkTo(href)}>
                      <span class="card-title">{w.title}</span>
                      <span class="card-meta">
                        {t(`kind.${w.kind}` as Key)}
                        {w.year != null && <> · {w.year}</>}
                        {w.originalTitle && w.originalTitle !== w.title && <> · {w.originalTitle}</>}
                      </span>
                      <span class="card-meta">
                        {t('catalogue.residualHolder')} : {w.residualHolder.name}
                        {w.isan && <> · ISAN {w.isan}</>}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
          {data.works.totalCount > works.length && <p class="muted">{t('catalogue.truncated', { n: works.length, total: data.works.totalCount })}</p>}
        </>
      )}
    </main>
  );
}

function Holders() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CatalogueHoldersQuery });
  const [linking, setLinking] = useState<string | null>(null);
  if (data && !isStaff(data.me.role)) return <StaffOnly />;
  const holders = data?.rightsHolders.edges.map((e) => e.node) ?? [];
  const manager = canManage(data?.me.role);
  return (
    <main class="container catalogue-page">
      <CatalogueNav current="holders" />
      <h1>{t('catalogue.holdersTitle')}</h1>
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          {canManage(data.me.role) && <NewHolder onCreated={() => reexecute({ requestPolicy: 'network-only' })} />}
          <p class="muted">{t('catalogue.holderCount', { n: data.rightsHolders.totalCount })}</p>
          <div class="table-scroll">
            <table class="royalty-table" data-testid="holders-table">
              <thead>
                <tr>
                  <th>{t('catalogue.holderName')}</th>
                  <th>{t('catalogue.holderKind')}</th>
                  <th>{t('catalogue.email')}</th>
                  <th>{t('catalogue.address')}</th>
                </tr>
              </thead>
              <tbody>
                {holders.map((h) => [
                  <tr key={h.id} data-testid="holder-row">
                    <td>
                      {h.name}
                      {h.isCompany && <small class="muted"> · {t('catalogue.company')}</small>}
                      {/* In the first column, so that it shows on a phone without scrolling the table. */}
                      {manager && (
                        <button
                          type="button"
                          class="secondary outline small holder-portal-button"
                          aria-expanded={linking === h.id}
                          onClick={() => setLinking(linking === h.id ? null : h.id)}
                          data-testid="holder-portal"
                        >
                          {t('catalogue.workPortalAccess')}
                        </button>
                      )}
                    </td>
                    <td>{t(`catalogue.holderKind.${h.kind}` as Key)}</td>
                    <td>{h.email || t('common.none')}</td>
                    <td>{h.address || t('common.none')}</td>
                  </tr>,
                  manager && linking === h.id && (
                    <tr key={`${h.id}-portal`} class="holder-portal-row">
                      <td colSpan={4}>
                        <PortalAccess holder={h} onClose={() => setLinking(null)} />
                      </td>
                    </tr>
                  ),
                ])}
              </tbody>
            </table>
          </div>
        </>
      )}
    </main>
  );
}

function NewHolder({ onCreated }: { onCreated: () => void }) {
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

function NewWork({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  // A new key empties the form after each creation.
  const [round, setRound] = useState(0);
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  return (
    <details class="card-form" data-testid="work-new">
      <summary>{t('catalogue.workNew')}</summary>
      {created && (
        <p class="ok" role="status" data-testid="work-created">
          {t('catalogue.workCreated', { title: created.title })}{' '}
          <a href={`/catalogue/works/${created.id}`} onClick={linkTo(`/catalogue/works/${created.id}`)}>
            {t('catalogue.work')} →
          </a>
        </p>
      )}
      <WorkForm
        key={round}
        initial={EMPTY_WORK}
        onDone={(w) => {
          setCreated(w);
          setRound((n) => n + 1);
          onCreated();
        }}
      />
    </details>
  );
}

/** Lets a rights-holder account see a holder's works, earnings and statements in its portal. */
function PortalAccess({ holder, onClose }: { holder: { id: string; name: string }; onClose: () => void }) {
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
