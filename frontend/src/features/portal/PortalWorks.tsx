// The works the holder has rights in, with their shares.
import type { PortalQuery as PortalData } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { useI18n, type Key } from '../../app/i18n';
import { formatPercent, territoryLabel } from '../catalogue/royalties';
import '../catalogue/catalogue.css';
import { EmptyState } from '../../ui';
import { mediaKey } from '../catalogue/royalties';

type Work = PortalData['works']['edges'][number]['node'];

export function WorkList({ works }: { works: Work[] }) {
  const { t, lang } = useI18n();
  if (works.length === 0) return <EmptyState>{t('portal.noWorks')}</EmptyState>;
  return (
    <ul class="rows portal-works">
      {works.map((w) => (
        <li key={w.id} data-testid="portal-work">
          <div class="grow">
            <strong>{w.title}</strong>{' '}
            <small class="muted">
              {t(`kind.${w.kind}` as Key)}
              {w.year != null && <> · {w.year}</>}
              {w.isan && <> · ISAN {w.isan}</>}
            </small>
            <div class="badges share-badges">
              {w.shares.map((s) => (
                <span key={s.id} class="badge">
                  {t(mediaKey(s.media))} · {territoryLabel(s.territory, lang)} · {formatPercent(s.basisPoints, lang)}
                  {(s.validFrom || s.validTo) && (
                    <>
                      {' '}
                      ({s.validFrom ? formatDate(s.validFrom) : '…'} → {s.validTo ? formatDate(s.validTo) : '…'})
                    </>
                  )}
                </span>
              ))}
              {w.shares.length === 0 && <span class="muted small-text">{t('portal.residualOnly')}</span>}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
