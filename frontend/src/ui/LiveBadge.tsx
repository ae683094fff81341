import { useActiveSubscriptions, useLiveState } from '../lib/api';
import { useI18n } from '../app/i18n';

/**
 * The state of the websocket that brings other sessions' changes to this page. A page with no
 * open feed (none for this role, or the server refused it) is not live and shows no badge,
 * rather than a grey "Hors ligne" while the network is fine.
 */
export function LiveBadge() {
  const { t } = useI18n();
  const live = useLiveState();
  const feeds = useActiveSubscriptions();
  if (feeds === 0) return null;
  return (
    <span class={`live live-${live}`} data-testid="live-status" data-state={live} role="status">
      {t(`live.${live}`)}
    </span>
  );
}
