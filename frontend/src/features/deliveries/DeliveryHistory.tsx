// The history of a delivery's status changes.
import { useI18n } from '../../app/i18n';
import { DateText, EmptyState, StatusBadge } from '../../ui';
import type { Detail } from './deliveryDetail';

export function History({ delivery: d }: { delivery: Detail }) {
  const { t } = useI18n();
  // Most recent first: what just happened is what one looks for.
  const history = [...d.history].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <section>
      <h2>{t('delivery.history')}</h2>
      {history.length === 0 ? (
        <EmptyState>{t('delivery.noHistory')}</EmptyState>
      ) : (
        <ol class="rows history-rows" data-testid="delivery-history">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} data-testid="history-entry" data-to={h.to}>
              <span class="grow">
                <StatusBadge kind="delivery" status={h.from} /> → <StatusBadge kind="delivery" status={h.to} />
                <br />
                <small class="muted">
                  <DateText time={h.at} />
                  {h.by ? ` · ${t('delivery.by', { name: h.by.name })}` : ''}
                </small>
                {(h.method || h.reference) && (
                  <>
                    <br />
                    <small>
                      {h.method}
                      {h.method && h.reference ? ' — ' : ''}
                      {h.reference}
                    </small>
                  </>
                )}
                {h.reasons && (
                  <>
                    <br />
                    <small class="notes">{h.reasons}</small>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
