import { useI18n } from '../app/i18n';

/** The one loading line of the app (Pico draws a spinner for aria-busy). */
export function Loading() {
  const { t } = useI18n();
  return <p aria-busy="true">{t('common.loading')}</p>;
}
