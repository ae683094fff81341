// An issued document's files, fetched with the bearer token (features/catalogue/useDownloads):
// the Factur-X PDF, the CII XML alone, and the reminder letter of an overdue invoice.
import { useI18n } from '../../app/i18n';
import { useDownloads } from '../catalogue/useDownloads';

export function Downloads({ name, pdf, xml, reminder }: { name: string; pdf?: string | null; xml?: string | null; reminder?: string | null }) {
  const { t } = useI18n();
  const { busy, error, download } = useDownloads();
  if (!pdf && !xml && !reminder) return null;
  const button = (key: string, url: string | null | undefined, file: string, label: string, cls: string) =>
    url && (
      <button type="button" class={cls} disabled={busy != null} aria-busy={busy === key} onClick={() => download(key, url, file)} data-testid={`download-${key}`} data-href={url}>
        {label}
      </button>
    );
  return (
    <>
      <div class="downloads">
        {button('pdf', pdf, `${name}.pdf`, t('invoice.pdf'), '')}
        {button('xml', xml, `${name}.xml`, t('invoice.xml'), 'secondary outline')}
        {button('reminder', reminder, `relance-${name}.pdf`, t('invoice.reminder'), 'secondary')}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
