import { useI18n } from '../../app/i18n';
import { formatMoney } from '../../lib/format';

/** A rate with its unit ("350,00 € / jour"); a dash when the caller may not see costs (null). */
export function Rate({ amount, per, testId }: { amount: string | null | undefined; per: 'day' | 'hour'; testId?: string }) {
  const { t, lang } = useI18n();
  if (amount == null) return <span class="rate muted">—</span>;
  return (
    <span class="rate money" data-testid={testId}>
      {t(per === 'day' ? 'resources.ratePerDay' : 'resources.ratePerHour', { amount: formatMoney(amount, lang) })}
    </span>
  );
}
