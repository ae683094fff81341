// The accountant's export: the sales journal of a period as CSV or XLSX, downloaded with the
// bearer token like every other document (/documents/sales-journal/{from}_{to}.csv|.xlsx).
import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { addMonths, endOfMonth, startOfMonth, todayParis } from '../../lib/dates';
import { useDownloads } from '../catalogue/useDownloads';
import { periodOk, salesJournalName, salesJournalPath, type JournalFormat } from './invoices';

export function SalesJournal() {
  const { t } = useI18n();
  const today = todayParis();
  // The month just ended is what an accountant books first; the current month is one change away.
  const [from, setFrom] = useState(startOfMonth(today));
  const [to, setTo] = useState(endOfMonth(today));
  const { busy, error, download } = useDownloads();
  const ok = periodOk(from, to);
  const get = (format: JournalFormat) => download(format, salesJournalPath(from, to, format), salesJournalName(from, to, format));
  return (
    <section class="card-form sales-journal" data-testid="sales-journal">
      <h2>{t('journal.title')}</h2>
      <p class="muted small-print">{t('journal.hint')}</p>
      <div class="period">
        <label>
          {t('journal.from')}
          <input type="date" value={from} max={to} onInput={(e) => setFrom(e.currentTarget.value)} data-testid="journal-from" aria-invalid={ok ? undefined : true} />
        </label>
        <label>
          {t('journal.to')}
          <input type="date" value={to} min={from} onInput={(e) => setTo(e.currentTarget.value)} data-testid="journal-to" aria-invalid={ok ? undefined : true} />
        </label>
      </div>
      <p class="page-actions">
        <button type="button" class="secondary outline" onClick={() => { setFrom(startOfMonth(addMonths(today, -1))); setTo(endOfMonth(addMonths(today, -1))); }} data-testid="journal-last-month">
          ← {t('journal.lastMonth')}
        </button>
      </p>
      {!ok && (
        <p class="error" role="alert">
          {t('journal.period')}
        </p>
      )}
      <div class="downloads">
        <button type="button" disabled={!ok || busy != null} aria-busy={busy === 'csv'} onClick={() => get('csv')} data-testid="journal-csv" data-href={salesJournalPath(from, to, 'csv')}>
          {t('journal.csv')}
        </button>
        <button type="button" class="secondary" disabled={!ok || busy != null} aria-busy={busy === 'xlsx'} onClick={() => get('xlsx')} data-testid="journal-xlsx" data-href={salesJournalPath(from, to, 'xlsx')}>
          {t('journal.xlsx')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
