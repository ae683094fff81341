import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { WorkPageQuery } from '../../gql/graphql';
import { useI18n, type Key } from '../../app/i18n';
import { workFormValues } from './works';
import { CatalogueNav, StaffOnly } from './CatalogueNav';
import { WorkForm } from './WorkForm';
import './catalogue.css';
import { LoadingOrError } from '../../ui';
import { canManage, isStaff } from '../../lib/roles';
import { SharesEditor } from './WorkShares';
import { CommissionsEditor } from './WorkCommissions';
import { Expenses } from './WorkExpenses';

export const WorkSharesDoc = graphql(`
  fragment WorkShares on Work {
    id
    shares {
      id
      holder {
        id
        name
      }
      media
      territory
      validFrom
      validTo
      basisPoints
    }
  }
`);

const WorkPageQuery = graphql(`
  query WorkPage($id: ID!) {
    me {
      role
    }
    work(id: $id) {
      id
      title
      originalTitle
      kind
      year
      runtimeMinutes
      episodes
      isan
      production {
        id
        title
      }
      residualHolder {
        id
        name
      }
      ...WorkShares
      commissions {
        media
        basisPoints
      }
      expenses {
        id
        kind
        label
        amount
        recouped
        remaining
        incurredOn
      }
    }
    ...HolderChoices
  }
`);

export type WorkData = WorkPageQuery['work'];
export type Holder = WorkPageQuery['rightsHolders']['edges'][number]['node'];

export function WorkPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkPageQuery, variables: { id } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (data && !isStaff(data.me.role)) return <StaffOnly />;
  if (!data) {
    return (
      <main class="container catalogue-page">
        <CatalogueNav current={null} />
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }
  const w = data.work;
  const canEdit = canManage(data.me.role);
  const holders = data.rightsHolders.edges.map((e) => e.node);
  return (
    <main class="container catalogue-page work-page">
      <CatalogueNav current={null} />
      <p class="muted kicker">{t('catalogue.worksTitle')}</p>
      <div class="work-head">
        <h1 data-testid="work-title">{w.title}</h1>
        {canEdit && !editing && (
          <button
            type="button"
            class="secondary small"
            onClick={() => {
              setEditing(true);
              setSaved(false);
            }}
            data-testid="work-edit"
          >
            {t('catalogue.workEdit')}
          </button>
        )}
      </div>
      {saved && (
        <p class="ok" role="status" data-testid="work-saved">
          {t('catalogue.workSaved')}
        </p>
      )}
      {editing && (
        <section class="card-form" aria-labelledby="work-edit-title">
          <h2 id="work-edit-title">{t('catalogue.workEditTitle')}</h2>
          <WorkForm
            workId={w.id}
            initial={workFormValues(w)}
            onDone={() => {
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      )}
      <dl class="work-facts">
        {w.originalTitle && w.originalTitle !== w.title && (
          <>
            <dt>{t('catalogue.originalTitle')}</dt>
            <dd>{w.originalTitle}</dd>
          </>
        )}
        <dt>{t('production.kind')}</dt>
        <dd>
          {t(`kind.${w.kind}` as Key)}
          {w.year != null && <> · {w.year}</>}
          {w.runtimeMinutes != null && <> · {t('production.minutes', { n: w.runtimeMinutes })}</>}
          {w.episodes != null && <> · {t('catalogue.episodes', { n: w.episodes })}</>}
        </dd>
        {w.isan && (
          <>
            <dt>ISAN</dt>
            <dd class="mono">{w.isan}</dd>
          </>
        )}
        {w.production && (
          <>
            <dt>{t('catalogue.production')}</dt>
            <dd>{w.production.title}</dd>
          </>
        )}
        <dt>{t('catalogue.residualHolder')}</dt>
        <dd>{w.residualHolder.name}</dd>
      </dl>

      <SharesEditor work={w} holders={holders} canEdit={canEdit} />
      <CommissionsEditor work={w} canEdit={canEdit} />
      <Expenses work={w} canEdit={canEdit} onAdded={() => reexecute({ requestPolicy: 'network-only' })} />
    </main>
  );
}

