import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { canManage, isStaff, seesOwnOnly } from '../../lib/roles';
import { Loading, LoadingOrError } from '../../ui';
import type { Role } from '../../gql/graphql';
import { ProductionList } from './ProductionList';

const ProductionsViewerQuery = graphql(`
  query ProductionsViewer {
    me {
      ...Viewer
    }
  }
`);

/** The creation links above a list of productions: a new production, the clients. */
export function ProductionActions({ role }: { role: Role }) {
  const { t } = useI18n();
  if (!canManage(role) && !isStaff(role)) return null;
  return (
    <nav class="page-actions">
      {canManage(role) && (
        <a href="/productions/new" onClick={linkTo('/productions/new')} role="button" data-testid="new-production">
          {t('list.new')}
        </a>
      )}
      <a href="/clients" onClick={linkTo('/clients')} role="button" class="secondary outline" data-testid="link-clients">
        {t('list.clients')}
      </a>
    </nav>
  );
}

/** The productions working list on its own page, where "← Productions" leads back. */
export function ProductionsPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ProductionsViewerQuery });
  if (!data) {
    return <main class="container">{fetching ? <Loading /> : <LoadingOrError fetching={false} error={error} />}</main>;
  }
  const role = data.me.role;
  return (
    <main class="container">
      <h1>{seesOwnOnly(role) ? t('home.myProductions') : t('list.title')}</h1>
      <ProductionActions role={role} />
      <ProductionList role={role} />
    </main>
  );
}
