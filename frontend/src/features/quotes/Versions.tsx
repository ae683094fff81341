// A quote's versions, newest first, and what changed line by line from an older one to the one shown.
import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { QuoteDetailFragment, QuoteLineFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { formatDateTime } from '../../lib/format';
import { linkTo } from '../../lib/navigation';
import { EmptyState, LoadingOrError, Money, StatusBadge } from '../../ui';
import { changeFieldKey, quantityText } from './quotes';
import { lineTitle } from './DocumentView';

const QuoteChangesQuery = graphql(`
  query QuoteChanges($id: ID!, $from: ID!) {
    quote(id: $id) {
      id
      changes(from: $from) {
        kind
        fields
        before {
          ...QuoteLineFields
        }
        after {
          ...QuoteLineFields
        }
      }
    }
  }
`);

function LineSummary({ l }: { l: QuoteLineFieldsFragment }) {
  const { t, lang } = useI18n();
  return (
    <span>
      {quantityText(l.quantity, l.unit, l.hoursPerDay, t, lang)} × <Money amount={l.unitPrice} /> = <Money amount={l.net} />
    </span>
  );
}

function Changes({ id, from, fromVersion }: { id: string; from: string; fromVersion: number }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: QuoteChangesQuery, variables: { id, from } });
  if (!data) return <LoadingOrError fetching={fetching} error={error} />;
  const changes = data.quote.changes;
  return (
    <div class="changes" data-testid="changes">
      <h3>{t('quote.compareTitle', { from: fromVersion })}</h3>
      {changes.length === 0 ? (
        <EmptyState>{t('quote.noChanges')}</EmptyState>
      ) : (
        <ul class="rows">
          {changes.map((c, i) => {
            const line = c.after ?? c.before!;
            return (
              <li key={i} class={`change change-${c.kind.toLowerCase()}`} data-testid="change" data-kind={c.kind}>
                <span class={`badge change-badge-${c.kind.toLowerCase()}`}>{t(`quote.change.${c.kind}`)}</span>
                <span class="grow">
                  <strong>{lineTitle(line)}</strong>
                  {c.kind === 'CHANGED' && c.fields.length > 0 && <small class="muted"> ({c.fields.map((f) => t(changeFieldKey(f))).join(', ')})</small>}
                  <br />
                  {c.before && c.kind === 'CHANGED' && (
                    <small class="muted">
                      {t('quote.before')} <LineSummary l={c.before} />
                      <br />
                    </small>
                  )}
                  <small>
                    {c.kind === 'CHANGED' && <>{t('quote.after')} </>}
                    <LineSummary l={line} />
                  </small>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function Versions({ quote }: { quote: QuoteDetailFragment }) {
  const { t, lang } = useI18n();
  const older = quote.versions.filter((v) => v.version < quote.version);
  const [from, setFrom] = useState<string>('');
  if (quote.versions.length < 2) return null;
  const fromVersion = quote.versions.find((v) => v.id === from)?.version ?? 0;
  return (
    <section class="versions" data-testid="versions">
      <h2>{t('quote.versions')}</h2>
      <ul class="rows">
        {quote.versions.map((v) => (
          <li key={v.id} data-testid="version" data-version={v.version} aria-current={v.id === quote.id ? 'true' : undefined}>
            <span class="grow">
              {v.id === quote.id ? (
                <strong>{t('quote.versionN', { n: v.version })}</strong>
              ) : (
                <a href={`/quotes/${v.id}`} onClick={linkTo(`/quotes/${v.id}`)}>
                  {t('quote.versionN', { n: v.version })}
                </a>
              )}
              {v.sentAt && <small class="muted"> · {t('quote.sentAt', { at: formatDateTime(v.sentAt, lang) })}</small>}
            </span>
            <StatusBadge kind="quote" status={v.status} />
          </li>
        ))}
      </ul>
      {older.length > 0 && (
        <label class="compare-pick">
          {t('quote.compareWith')}
          <select value={from} onChange={(e) => setFrom(e.currentTarget.value)} data-testid="compare-from">
            <option value="">—</option>
            {older.map((v) => (
              <option key={v.id} value={v.id}>
                {t('quote.versionN', { n: v.version })}
              </option>
            ))}
          </select>
        </label>
      )}
      {from && <Changes id={quote.id} from={from} fromVersion={fromVersion} />}
    </section>
  );
}
