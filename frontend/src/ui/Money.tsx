import { useI18n } from '../app/i18n';
import { formatMoney } from '../lib/format';

/** An amount (the API's decimal string) in euros, in the user's language; never through a float. */
export function Money({ amount, testId, class: className }: { amount: string; testId?: string; class?: string }) {
  const { lang } = useI18n();
  return (
    <span class={className ? `money ${className}` : 'money'} data-testid={testId}>
      {formatMoney(amount, lang)}
    </span>
  );
}
