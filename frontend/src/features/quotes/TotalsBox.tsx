// A document's totals: HT, VAT per rate (on the sum of that rate's nets), TTC, and the deposit.
import { Fragment } from 'preact';
import type { TotalsFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { formatMoney } from '../../lib/format';
import { Money } from '../../ui';
import { centsString, rateString, type Totals } from './pricing';

/** The API's totals, or the editor's own (pricing.ts) as Money strings. */
export function totalsOf(t: Totals): TotalsFieldsFragment {
  return {
    ht: centsString(t.ht),
    vat: centsString(t.vat),
    ttc: centsString(t.ttc),
    byRate: t.byRate.map((r) => ({ rate: rateString(r.rate), base: centsString(r.base), vat: centsString(r.vat) })),
  };
}

export function TotalsBox({ totals, deposit, incomplete = 0 }: { totals: TotalsFieldsFragment; deposit?: { percent: string; amount: string } | null; incomplete?: number }) {
  const { t, lang } = useI18n();
  const pct = (r: string) => (lang === 'fr' ? r.replace('.', ',') : r);
  return (
    <section class="totals-box" aria-live="polite" data-testid="totals">
      <dl>
        <dt>{t('quote.totalHt')}</dt>
        <dd>
          <Money amount={totals.ht} testId="total-ht" />
        </dd>
        {totals.byRate.map((r) => (
          <Fragment key={r.rate}>
            <dt>{t('quote.vatAt', { rate: pct(r.rate), base: formatMoney(r.base, lang) })}</dt>
            <dd>
              <Money amount={r.vat} testId={`total-vat-${r.rate}`} />
            </dd>
          </Fragment>
        ))}
        <dt class="ttc">{t('quote.totalTtc')}</dt>
        <dd class="ttc">
          <Money amount={totals.ttc} testId="total-ttc" />
        </dd>
        {deposit && deposit.amount !== '0.00' && (
          <>
            <dt>{t('quote.depositOf', { p: `${pct(deposit.percent)}${lang === 'fr' ? '\u00a0%' : '%'}` })}</dt>
            <dd>
              <Money amount={deposit.amount} testId="deposit" />
            </dd>
          </>
        )}
      </dl>
      {incomplete > 0 && <p class="muted small-print">{t('quote.incomplete', { n: incomplete })}</p>}
    </section>
  );
}
