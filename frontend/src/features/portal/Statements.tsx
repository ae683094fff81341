// The holder's statements, their lines and downloads, and the annual accounts.
import type { PortalQuery as PortalData } from '../../gql/graphql';
import { formatDateTime, formatMoney, formatRange } from '../../lib/format';
import { useI18n, type Lang, type T } from '../../app/i18n';
import { annualAccountPath, centsToMoney, formatPercent, moneyToCents, territoryLabel } from '../catalogue/royalties';
import '../catalogue/catalogue.css';
import { EmptyState, Money } from '../../ui';
import { useDownloads } from '../catalogue/useDownloads';
import { mediaKey } from '../catalogue/royalties';

type Statement = PortalData['statements']['edges'][number]['node'];

export function Statements({ statements, showHolder }: { statements: Statement[]; showHolder: boolean }) {
  const { t, lang } = useI18n();
  const { busy, error, download } = useDownloads();
  if (statements.length === 0) return <EmptyState>{t('portal.noStatements')}</EmptyState>;
  return (
    <>
      {error && (
        <p class="error" role="alert" data-testid="download-error">
          {error}
        </p>
      )}
      <ul class="statement-list">
        {statements.map((s) => {
          const short = s.id.slice(0, 8);
          const previous = s.previousAmount;
          return (
            <li key={s.id} class="statement-card" data-testid="statement-item" data-statement-id={s.id}>
              <div class="statement-head">
                <div>
                  <strong>{formatRangeTitle(s.run.periodStart, s.run.periodEnd, lang, t)}</strong>
                  <small class="muted">
                    {showHolder && <>{s.holder.name} · </>}
                    {s.issuedAt ? t('portal.issuedAt', { at: formatDateTime(s.issuedAt, lang) }) : t('portal.notIssued')}
                  </small>
                </div>
                <strong class="money statement-amount" data-testid="statement-amount">
                  <Money amount={s.amount} />
                </strong>
              </div>
              {previous != null && (
                <p class="small-print muted">
                  {t('portal.previousAmount', {
                    amount: formatMoney(previous, lang),
                    diff: formatMoney(centsToMoney(moneyToCents(s.amount) - moneyToCents(previous)), lang),
                  })}
                </p>
              )}
              <div class="statement-actions">
                <button
                  type="button"
                  class="small"
                  onClick={() => download(`pdf-${s.id}`, s.pdfUrl, `releve-${short}.pdf`)}
                  disabled={busy !== null}
                  aria-busy={busy === `pdf-${s.id}`}
                  data-testid="statement-pdf"
                >
                  PDF
                </button>
                <button
                  type="button"
                  class="secondary small"
                  onClick={() => download(`csv-${s.id}`, s.csvUrl, `releve-${short}.csv`)}
                  disabled={busy !== null}
                  aria-busy={busy === `csv-${s.id}`}
                  data-testid="statement-csv"
                >
                  CSV
                </button>
              </div>
              <details>
                <summary>{t('portal.lines', { n: s.lines.length })}</summary>
                <StatementLines lines={s.lines} />
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function formatRangeTitle(from: string, to: string, lang: Lang, t: T): string {
  return t('portal.statementOf', { range: formatRange(from, to, lang) });
}

function StatementLines({ lines }: { lines: Statement['lines'] }) {
  const { t, lang } = useI18n();
  return (
    <div class="table-scroll">
      <table class="royalty-table">
        <thead>
          <tr>
            <th>{t('catalogue.work')}</th>
            <th>{t('catalogue.media')}</th>
            <th>{t('catalogue.territory')}</th>
            <th class="num">{t('catalogue.share')}</th>
            <th class="num">{t('portal.net')}</th>
            <th class="num">{t('portal.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>{l.work.title}</td>
              <td>{t(mediaKey(l.media))}</td>
              <td>{territoryLabel(l.territory, lang)}</td>
              <td class="num nowrap" data-label={t('catalogue.share')}>{l.residual ? t('portal.residual') : formatPercent(l.basisPoints, lang)}</td>
              <td class="num money" data-label={t('portal.net')}><Money amount={l.net} /></td>
              <td class="num money" data-label={t('portal.amount')}><Money amount={l.amount} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AnnualAccounts({ holders, years }: { holders: PortalData['myHolders']; years: number[] }) {
  const { t } = useI18n();
  const { busy, error, download } = useDownloads();
  if (years.length === 0 || holders.length === 0) return null;
  return (
    <div class="annual-accounts">
      <h3>{t('portal.annual')}</h3>
      <p class="muted small-print">{t('portal.annualHint')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {holders.map((h) => (
        <div key={h.id} class="annual-row">
          {holders.length > 1 && <span>{h.name}</span>}
          {years.map((y) => {
            const key = `${h.id}-${y}`;
            return (
              <span key={y} class="annual-year">
                <button
                  type="button"
                  class="secondary outline small"
                  onClick={() => download(key, annualAccountPath(h.id, y), `compte-annuel-${y}.pdf`)}
                  disabled={busy !== null}
                  aria-busy={busy === key}
                  data-testid="annual-pdf"
                  data-year={y}
                >
                  {t('portal.annualYear', { year: y })}
                </button>
                <button
                  type="button"
                  class="secondary outline small"
                  onClick={() => download(`${key}-csv`, annualAccountPath(h.id, y, 'csv'), `compte-annuel-${y}.csv`)}
                  disabled={busy !== null}
                  aria-busy={busy === `${key}-csv`}
                  data-testid="annual-csv"
                  data-year={y}
                >
                  {t('portal.annualYearCsv', { year: y })}
                </button>
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
}
