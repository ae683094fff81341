// Quotes and amendments as lists: a table on a wide screen, cards on a phone.
import type { AmendmentRowFragment, QuoteRowFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { linkTo } from '../../lib/navigation';
import { DateText, Money, StatusBadge } from '../../ui';

export function quoteRef(q: Pick<QuoteRowFragment, 'reference' | 'version'>, t: ReturnType<typeof useI18n>['t']): string {
  return q.reference ?? t('quotes.draftRef', { v: q.version });
}

export function amendmentRef(a: Pick<AmendmentRowFragment, 'number'>, t: ReturnType<typeof useI18n>['t']): string {
  return a.number ?? t('amendment.draftRef');
}

/** The validity date, flagged when a sent one ends within a week. */
export function Validity({ date, soon }: { date: string; soon: boolean }) {
  const { t } = useI18n();
  return (
    <span class="nowrap">
      <DateText date={date} />
      {soon && (
        <>
          {' '}
          <span class="badge quote-soon" data-testid="expires-soon">
            {t('quotes.expiresSoon')}
          </span>
        </>
      )}
    </span>
  );
}

interface Row {
  id: string;
  href: string;
  ref: string;
  title: string;
  production: string;
  client: string;
  status: QuoteRowFragment['status'];
  validUntil: string;
  soon: boolean;
  ht: string;
  ttc: string;
  kind: 'quote' | 'amendment';
}

function quoteRow(q: QuoteRowFragment, t: ReturnType<typeof useI18n>['t']): Row {
  return { id: q.id, href: `/quotes/${q.id}`, ref: quoteRef(q, t), title: q.title, production: q.production.title, client: q.client.name, status: q.status, validUntil: q.validUntil, soon: q.expiresSoon, ht: q.totals.ht, ttc: q.totals.ttc, kind: 'quote' };
}

function amendmentRow(a: AmendmentRowFragment, t: ReturnType<typeof useI18n>['t']): Row {
  return { id: a.id, href: `/amendments/${a.id}`, ref: amendmentRef(a, t), title: a.title, production: a.production.title, client: a.client.name, status: a.status, validUntil: a.validUntil, soon: a.expiresSoon, ht: a.totals.ht, ttc: a.totals.ttc, kind: 'amendment' };
}

/** Quote versions as rows; `production` false inside a production's page. */
export function QuoteList({ quotes, amendments = [], production = true }: { quotes: QuoteRowFragment[]; amendments?: AmendmentRowFragment[]; production?: boolean }) {
  const { t } = useI18n();
  const wide = useMediaQuery(WIDE);
  const rows = [...quotes.map((q) => quoteRow(q, t)), ...amendments.map((a) => amendmentRow(a, t))];
  if (!wide) {
    return (
      <ul class="cards quote-cards">
        {rows.map((r) => (
          <li key={r.id} data-testid={`${r.kind}-row`} data-id={r.id} data-status={r.status}>
            <a href={r.href} onClick={linkTo(r.href)}>
              <span class="qc-top">
                <strong>{r.ref}</strong>
                <StatusBadge kind="quote" status={r.status} />
              </span>
              <span class="card-title">{r.title || r.production}</span>
              {production && <span class="card-meta">{r.title ? `${r.production} · ${r.client}` : r.client}</span>}
              <span class="qc-bottom">
                <span>
                  <Money amount={r.ttc} /> <small class="muted">{t('quotes.ttc')}</small>
                </span>
                <Validity date={r.validUntil} soon={r.soon} />
              </span>
            </a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div class="table-scroll">
      <table class="quote-table">
        <thead>
          <tr>
            <th>{t('quotes.reference')}</th>
            {production && <th>{t('quotes.production')}</th>}
            {production && <th>{t('quotes.client')}</th>}
            <th>{t('quotes.status')}</th>
            <th class="num">{t('quotes.ht')}</th>
            <th class="num">{t('quotes.ttc')}</th>
            <th>{t('quotes.validity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`${r.kind}-row`} data-id={r.id} data-status={r.status}>
              <td>
                <a href={r.href} onClick={linkTo(r.href)}>
                  {r.ref}
                </a>
                {r.title && (
                  <>
                    <br />
                    <small class="muted">{r.title}</small>
                  </>
                )}
              </td>
              {production && <td>{r.production}</td>}
              {production && <td>{r.client}</td>}
              <td>
                <StatusBadge kind="quote" status={r.status} />
              </td>
              <td class="num">
                <Money amount={r.ht} />
              </td>
              <td class="num">
                <Money amount={r.ttc} />
              </td>
              <td>
                <Validity date={r.validUntil} soon={r.soon} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
