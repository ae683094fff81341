import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import './tabs.css';

/** The production page's views: its details, its planning, the tracking of its hours and its team. */
export function ProductionTabs({ id, current }: { id: string; current: 'details' | 'planning' | 'tracking' | 'team' | 'quotes' }) {
  const { t } = useI18n();
  const tabs = [
    { key: 'details', href: `/productions/${id}`, label: t('production.details') },
    { key: 'planning', href: `/productions/${id}/planning`, label: t('planning.tab') },
    { key: 'tracking', href: `/productions/${id}/tracking`, label: t('tracking.tab') },
    { key: 'team', href: `/productions/${id}/team`, label: t('team.tab') },
    { key: 'quotes', href: `/productions/${id}/quotes`, label: t('quotes.tab') },
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
