import { useLiveState } from './api';
import { useI18n } from './i18n';
import { linkTo } from './router';

/** The state of the websocket that brings other sessions' changes. */
export function LiveBadge() {
  const { t } = useI18n();
  const live = useLiveState();
  return (
    <span class={`live live-${live}`} data-testid="live-status" data-state={live} role="status">
      {t(`live.${live}`)}
    </span>
  );
}

/** The production page's views: its details, its planning and the tracking of its hours. */
export function ProductionTabs({ id, current }: { id: string; current: 'details' | 'planning' | 'tracking' }) {
  const { t } = useI18n();
  const tabs = [
    { key: 'details', href: `/productions/${id}`, label: t('production.details') },
    { key: 'planning', href: `/productions/${id}/planning`, label: t('planning.tab') },
    { key: 'tracking', href: `/productions/${id}/tracking`, label: t('tracking.tab') },
  ] as const;
  return (
    <nav class="tabs" aria-label={t('production.views')}>
      {tabs.map((tab) => (
        <a
          key={tab.key}
          href={tab.href}
          onClick={linkTo(tab.href)}
          aria-current={tab.key === current ? 'page' : undefined}
          data-testid={`tab-${tab.key}`}
        >
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
