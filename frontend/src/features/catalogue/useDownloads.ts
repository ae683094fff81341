// Statement and account downloads (PDF, CSV) with the bearer token, for the portal and the runs page.
import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { DownloadError, downloadDocument } from './royalties';
import '../catalogue/catalogue.css';

/** Download buttons share one state: which document is being fetched, and the last failure. */
export function useDownloads() {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function download(key: string, url: string, fallbackName: string) {
    setBusy(key);
    setError(null);
    try {
      await downloadDocument(url, fallbackName);
    } catch (e) {
      const status = e instanceof DownloadError ? e.status : 0;
      setError(status ? t('portal.downloadFailedStatus', { status }) : t('portal.downloadFailed'));
    } finally {
      setBusy(null);
    }
  }
  return { busy, error, download };
}
