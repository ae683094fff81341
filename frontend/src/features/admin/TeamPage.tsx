import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { roleLabelKey } from './accounts';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { LoadingOrError } from '../../ui';
import { canAdminister, canManage } from '../../lib/roles';
import { InviteForm } from './InviteForm';
import { ApiTokens } from './ApiTokens';

const TeamQuery = graphql(`
  query Team {
    me {
      role
    }
    members(first: 200) {
      totalCount
      edges {
        node {
          id
          role
          createdAt
          user {
            id
            name
            email
          }
          client {
            id
            name
          }
          technician {
            id
            name
          }
          holders {
            id
            name
          }
        }
      }
    }
  }
`);

/** /admin/users: the organisation's members; for an administrator, invitations and API tokens too. */
export function TeamPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: TeamQuery });

  return (
    <main class="container admin-page">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
      </nav>
      <h1>{t('admin.title')}</h1>
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : !canManage(data.me.role) ? (
        <p class="error" data-testid="admin-forbidden">
          {t('admin.forbidden')}
        </p>
      ) : (
        <>
          {canAdminister(data.me.role) ? <InviteForm /> : <p class="muted small-print">{t('admin.readOnly')}</p>}
          <section aria-labelledby="members-title">
            <h2 id="members-title">{t('admin.members')}</h2>
            <p class="muted" data-testid="member-count">
              {t('admin.memberCount', { n: data.members.totalCount })}
            </p>
            <ul class="member-list" data-testid="members">
              {data.members.edges.map(({ node: m }) => (
                <li key={m.id} data-testid="member-row" data-role={m.role}>
                  <div class="member-who">
                    <strong>{m.user.name}</strong>
                    <small class="muted">{m.user.email}</small>
                  </div>
                  <div class="member-role">
                    <span class="badge">{t(roleLabelKey(m.role))}</span>
                    {m.client && <small class="muted">{t('admin.clientOf', { name: m.client.name })}</small>}
                    {m.technician && <small class="muted">{t('admin.technicianOf', { name: m.technician.name })}</small>}
                    {m.holders.length > 0 && (
                      <small class="muted" data-testid="member-holders">
                        {t('admin.represents', { names: m.holders.map((h) => h.name).join(', ') })}
                      </small>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
          {canAdminister(data.me.role) && <ApiTokens />}
        </>
      )}
    </main>
  );
}
