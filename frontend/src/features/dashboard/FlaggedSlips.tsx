// "Bons à vérifier": the slips of the last two weeks that count and carry a warning (a session
// over 10 h, a day over 12 h, a short rest, a week over 48 h), newest first, page by page. The
// server flags them; nothing is refused, the coordinator looks and decides.
import { useEffect, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { SlipWarnings } from '../slips/SlipFormParts';
import { SlipWhen } from '../slips/SlipWhen';
import { EmptyState, LoadingOrError, StatusBadge } from '../../ui';
import '../slips/slips.css';
import './dashboard.css';

export const FLAGGED_PAGE = 20;

const DashboardFlaggedQuery = graphql(`
  query DashboardFlagged($first: Int!, $after: String) {
    flaggedSlips(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SlipSummaryFields
          technician {
            id
            name
          }
        }
      }
    }
  }
`);

/** One page of flagged slips; the last page offers the next. `version` changes: read again. */
function FlaggedPage({ after, version, last, onMore }: { after: string | null; version: number; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DashboardFlaggedQuery,
    variables: { first: FLAGGED_PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version]);
  if (!data) return <LoadingOrError fetching={fetching} error={error} />;
  const slips = data.flaggedSlips.edges.map((e) => e.node);
  if (after === null && slips.length === 0) return <EmptyState>{t('dashboard.noFlagged')}</EmptyState>;
  const { hasNextPage, endCursor } = data.flaggedSlips.pageInfo;
  return (
    <>
      <ul class="flagged-list">
        {slips.map((s) => (
          <li key={s.id} class="flagged-slip" data-testid="flagged-slip" data-slip-id={s.id}>
            <div class="flagged-head">
              <strong>{s.technician.name}</strong>
              <StatusBadge kind="slip" status={s.status} />
            </div>
            <div>
              {s.production.title} · {s.task?.title ?? s.operation.label}
            </div>
            <SlipWhen date={s.date} start={s.start} end={s.end} workedMinutes={s.workedMinutes} />
            <SlipWarnings warnings={s.warnings} testId="flagged-warning" />
          </li>
        ))}
      </ul>
      {last && hasNextPage && endCursor && (
        <button type="button" class="secondary outline small more" onClick={() => onMore(endCursor)} data-testid="flagged-more">
          {t('dashboard.flaggedMore')}
        </button>
      )}
    </>
  );
}

/** The panel: every page asked so far, each read again when a slip event arrives (`version`). */
export function FlaggedSlips({ version }: { version: number }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section class="dash-panel" data-testid="flagged-slips">
      <h2>{t('dashboard.flagged')}</h2>
      <p class="muted small-print">{t('dashboard.flaggedHint')}</p>
      {cursors.map((c, i) => (
        <FlaggedPage key={c ?? ''} after={c} version={version} last={i === cursors.length - 1} onMore={(next) => setCursors((cs) => [...cs, next])} />
      ))}
    </section>
  );
}
