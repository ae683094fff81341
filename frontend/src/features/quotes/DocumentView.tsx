// A sent quote or amendment as the producer reads it on a phone: lines as cards (a table on a
// wide screen), the totals, the conditions, the PDF.
import type { QuoteLineFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { Money } from '../../ui';
import { quantityText } from './quotes';
import { useDownloads } from '../catalogue/useDownloads';

function discountText(l: QuoteLineFieldsFragment, lang: 'fr' | 'en'): string | null {
  if (l.discountPercent != null) return `−${lang === 'fr' ? l.discountPercent.replace('.', ',') + '\u00a0%' : l.discountPercent + '%'}`;
  return null;
}

function pct(rate: string, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? `${rate.replace('.', ',')}\u00a0%` : `${rate}%`;
}

export function lineTitle(l: QuoteLineFieldsFragment): string {
  return l.description || l.operation?.label || '';
}

export function LinesView({ lines }: { lines: QuoteLineFieldsFragment[] }) {
  const { t, lang } = useI18n();
  const wide = useMediaQuery(WIDE);
  if (!wide) {
    return (
      <ul class="line-cards" data-testid="lines-view">
        {lines.map((l) => (
          <li key={l.id} class="line-view-card" data-testid="line-view">
            <div class="lv-top">
              <strong class="lv-title">{lineTitle(l)}</strong>
              <Money amount={l.net} class="lv-net" />
            </div>
            <div class="card-meta">
              {l.operation && l.description && <span>{l.operation.label} · </span>}
              {l.episode && <span>{t('quote.episodeShort', { n: l.episode.number })} · </span>}
              {t(`quote.kind.${l.kind}`)}
            </div>
            <div class="card-meta">
              {quantityText(l.quantity, l.unit, l.hoursPerDay, t, lang)} × <Money amount={l.unitPrice} />
              {discountText(l, lang) && <> {discountText(l, lang)}</>}
              {l.discountAmount != null && (
                <>
                  {' '}− <Money amount={l.discountAmount} />
                </>
              )}
              {' · '}
              {t('quote.vatRate')} {pct(l.vatRate, lang)}
            </div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div class="table-scroll">
      <table class="lines-table" data-testid="lines-view">
        <thead>
          <tr>
            <th>{t('quote.description')}</th>
            <th>{t('quote.kind')}</th>
            <th class="num">{t('quote.quantity')}</th>
            <th class="num">{t('quote.unitPrice')}</th>
            <th class="num">{t('quote.discount')}</th>
            <th class="num">{t('quote.vatRate')}</th>
            <th class="num">{t('quote.net')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} data-testid="line-view">
              <td>
                {lineTitle(l)}
                {(l.episode || (l.operation && l.description)) && (
                  <>
                    <br />
                    <small class="muted">
                      {l.operation && l.description ? l.operation.label : ''}
                      {l.episode ? ` ${t('quote.episodeShort', { n: l.episode.number })}` : ''}
                    </small>
                  </>
                )}
              </td>
              <td>{t(`quote.kind.${l.kind}`)}</td>
              <td class="num">{quantityText(l.quantity, l.unit, l.hoursPerDay, t, lang)}</td>
              <td class="num">
                <Money amount={l.unitPrice} />
              </td>
              <td class="num">{discountText(l, lang) ?? (l.discountAmount != null ? <Money amount={`-${l.discountAmount}`} /> : '—')}</td>
              <td class="num">{pct(l.vatRate, lang)}</td>
              <td class="num">
                <Money amount={l.net} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The PDF of a version or amendment (fetched with the bearer token); for a draft, the staff's preview. */
export function PdfLink({ url, name, draft }: { url: string | null | undefined; name: string; draft?: boolean }) {
  const { t } = useI18n();
  const { busy, error, download } = useDownloads();
  if (!url) return null;
  return (
    <>
      <button type="button" class="secondary outline" aria-busy={busy === 'pdf'} disabled={busy === 'pdf'} onClick={() => download('pdf', url, `${name}.pdf`)} data-testid="pdf-link" data-href={url}>
        {t(draft ? 'quote.pdfPreview' : 'quote.pdf')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
