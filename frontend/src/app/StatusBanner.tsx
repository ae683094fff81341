// The shell's word on the connection, above every page: offline (and what still works for this
// role), or the server momentarily unavailable (a database outage: the session stays, requests are
// tried again by themselves). Nothing when all is well.
import { useOnline } from '../lib/hooks';
import { useOutage } from '../lib/outage';
import type { Role } from '../gql/graphql';
import { ROLE } from '../lib/roles';
import { useI18n } from './i18n';
import './banner.css';

export function StatusBanner({ role }: { role: Role | null | undefined }) {
  const { t } = useI18n();
  const online = useOnline();
  const { unavailable } = useOutage();
  const technician = role === ROLE.TECHNICIAN;
  if (!online) {
    return (
      <div class="status-banner offline" role="status" data-testid="offline-banner">
        <strong>{t('banner.offline')}</strong> {t(technician ? 'banner.offlineTechnician' : 'banner.offlineOthers')}
      </div>
    );
  }
  if (unavailable) {
    return (
      <div class="status-banner unavailable" role="status" data-testid="unavailable-banner">
        <strong>{t('banner.unavailable')}</strong>
        {technician && <> {t('banner.unavailableSlips')}</>}
      </div>
    );
  }
  return null;
}
