import { useLiveState } from '../lib/api';
import { useI18n } from '../app/i18n';

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
