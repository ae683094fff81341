import { useI18n } from '../app/i18n';
import { formatMoney } from '../lib/format';

/**
 * An amount (the API's decimal string) in euros, in the user's language; never through a float.
 * A cost the caller may not see comes as null: it shows as a dash.
 */
export function Money({ amount, testId, class: className }: { amount: string | null | undefined; testId?: string; class?: string }) {
  const { lang } = useI18n();
  return (
    <span class={className ? `money ${className}` : 'money'} data-testid={testId}>
      {amount == null ? '—' : formatMoney(amount, lang)}
    </span>
  );
}
