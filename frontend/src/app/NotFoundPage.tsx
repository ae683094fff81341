import { useI18n } from './i18n';
import { linkTo } from '../lib/navigation';

/** What an address the app does not have shows, instead of silently showing the home page. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <main class="container not-found" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p class="muted">{t('notFound.text')}</p>
      <p>
        <a href="/" onClick={linkTo('/')} role="button" data-testid="not-found-home">
          {t('notFound.home')}
        </a>
      </p>
    </main>
  );
}
