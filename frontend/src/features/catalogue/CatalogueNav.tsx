// The catalogue's tabs, and what a role outside the staff sees instead of it.
import { useI18n, type Key } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import './catalogue.css';

export type CatalogueTab = 'works' | 'holders' | 'import' | 'runs';

const TABS: readonly { key: CatalogueTab; href: string; label: Key }[] = [
  { key: 'works', href: '/catalogue', label: 'catalogue.tabWorks' },
  { key: 'holders', href: '/catalogue/holders', label: 'catalogue.tabHolders' },
  { key: 'import', href: '/catalogue/import', label: 'catalogue.tabImport' },
  { key: 'runs', href: '/catalogue/runs', label: 'catalogue.tabRuns' },
];

/** The head of every catalogue page: back home, the title and the catalogue's sections. */
export function CatalogueNav({ current }: { current: CatalogueTab | null }) {
  const { t } = useI18n();
  return (
    <>
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
      </nav>
      <nav class="tabs catalogue-tabs" aria-label={t('catalogue.title')}>
        {TABS.map((tab) => (
          <a
            key={tab.key}
            href={tab.href}
            onClick={linkTo(tab.href)}
            aria-current={tab.key === current ? 'page' : undefined}
            data-testid={`catalogue-tab-${tab.key}`}
          >
            {t(tab.label)}
          </a>
        ))}
      </nav>
    </>
  );
}

/** Shown instead of a catalogue page to the roles that do not manage the catalogue. */
export function StaffOnly() {
  const { t } = useI18n();
  return (
    <main class="container">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
      </nav>
      <p class="error" data-testid="catalogue-forbidden">
        {t('catalogue.forbidden')}
      </p>
    </main>
  );
}
