import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useDebounced } from '../../lib/hooks';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { EMPTY_WORK } from './works';
import { WorkForm } from './WorkForm';
import './catalogue.css';
import { EmptyState, LoadingOrError } from '../../ui';
import { canManage, isStaff } from '../../lib/roles';
import { CatalogueNav, StaffOnly } from './CatalogueNav';
import { NewHolder, PortalAccess } from './HolderForms';

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
