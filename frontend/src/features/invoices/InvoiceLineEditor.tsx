// A draft invoice's lines, one card each, the net recomputed as the person types (the quote
// editor's rules: features/quotes/lines.ts and pricing.ts); a 0 % line asks for its exemption.
// The server's errors land on their line's field ("lines.2.vatExemptionReason").
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { FieldError, Money, invalidIf, type FieldProblem } from '../../ui';
import { UNITS, VAT_RATES, draftNet, linePath, moveLine, type DiscountMode } from '../quotes/lines';
import { VAT_EXEMPTIONS, type ExemptionId } from './invoices';
import { emptyInvoiceLine, isZeroRated, type InvoiceLineDraft } from './lines';
import '../quotes/quotes.css';

const InvoiceOperationChoices = graphql(`
  query InvoiceOperationChoices {
    operations(first: 200) {
      edges {
        node {
          id
          label
        }
      }
    }
  }
`);

function rateLabel(rate: string, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? `${rate.replace('.', ',')}\u00a0%` : `${rate}%`;
}

function LineCard({ index, count, line, operations, error, onChange, onMove, onRemove }: { index: number; count: number; line: InvoiceLineDraft; operations: { id: string; label: string }[]; error: FieldProblem | null; onChange: (patch: Partial<InvoiceLineDraft>) => void; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  const { t, lang } = useI18n();
  const path = (f: string) => linePath(index, f);
  const net = draftNet(line);
  const discountField = line.discountMode === 'percent' ? 'discountPercent' : 'discountAmount';
  const day = line.unit === 'DAY' || line.unit === 'HALF_DAY';
  const zero = isZeroRated(line);
  return (
    <li class="line-card" data-testid="line-row" data-index={index}>
      <div class="line-head">
        <strong>{t('quote.lineN', { n: index + 1 })}</strong>
        <span class="line-tools">
          <button type="button" class="secondary outline icon-btn" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('quote.moveUp')} title={t('quote.moveUp')}>
            ↑
          </button>
          <button type="button" class="secondary outline icon-btn" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('quote.moveDown')} title={t('quote.moveDown')}>
            ↓
          </button>
          <button type="button" class="secondary outline icon-btn" onClick={onRemove} aria-label={t('quote.removeLine')} title={t('quote.removeLine')} data-testid="line-remove">
            ✕
          </button>
        </span>
      </div>
      <div class="line-grid">
        <label class="span-2">
          {t('quote.operation')}
          <select value={line.operationId} onChange={(e) => onChange({ operationId: e.currentTarget.value })} data-testid="line-operation" {...invalidIf(path('operationId'), error)}>
            <option value="">{t('quote.noOperation')}</option>
            {operations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          <FieldError name={path('operationId')} error={error} />
        </label>
        <label class="span-all">
          {t('quote.description')}
          <input value={line.description} onInput={(e) => onChange({ description: e.currentTarget.value })} data-testid="line-description" {...invalidIf(path('description'), error)} />
          <FieldError name={path('description')} error={error} />
        </label>
        <label>
          {t('quote.quantity')}
          <input inputMode="decimal" value={line.quantity} onInput={(e) => onChange({ quantity: e.currentTarget.value })} data-testid="line-quantity" {...invalidIf(path('quantity'), error)} />
          <FieldError name={path('quantity')} error={error} />
        </label>
        <label>
          {t('quote.unit')}
          <select value={line.unit} onChange={(e) => onChange({ unit: e.currentTarget.value as InvoiceLineDraft['unit'] })} data-testid="line-unit">
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`quote.unit.${u}`)}
              </option>
            ))}
          </select>
        </label>
        {day && (
          <label>
            {t('quote.hoursPerDay')}
            <input inputMode="numeric" value={line.hoursPerDay} onInput={(e) => onChange({ hoursPerDay: e.currentTarget.value })} data-testid="line-hours" {...invalidIf(path('hoursPerDay'), error)} />
            <FieldError name={path('hoursPerDay')} error={error} />
          </label>
        )}
        <label>
          {t('quote.unitPrice')}
          <input inputMode="decimal" value={line.unitPrice} onInput={(e) => onChange({ unitPrice: e.currentTarget.value })} data-testid="line-unitPrice" {...invalidIf(path('unitPrice'), error)} />
          <FieldError name={path('unitPrice')} error={error} />
        </label>
        <label class="discount">
          {t('quote.discount')}
          <span class="discount-pair">
            <select value={line.discountMode} onChange={(e) => onChange({ discountMode: e.currentTarget.value as DiscountMode })} data-testid="line-discount-mode" aria-label={t('quote.discount')}>
              <option value="none">{t('quote.discountNone')}</option>
              <option value="percent">{t('quote.discountPercent')}</option>
              <option value="amount">{t('quote.discountAmount')}</option>
            </select>
            {line.discountMode !== 'none' && (
              <input inputMode="decimal" value={line.discount} onInput={(e) => onChange({ discount: e.currentTarget.value })} aria-label={t('quote.discountValue')} data-testid="line-discount" {...invalidIf(path(discountField), error)} />
            )}
          </span>
          <FieldError name={path(discountField)} error={error} />
        </label>
        <label>
          {t('quote.vatRate')}
          <select value={line.vatRate} onChange={(e) => onChange({ vatRate: e.currentTarget.value })} data-testid="line-vat" {...invalidIf(path('vatRate'), error)}>
            {!(VAT_RATES as readonly string[]).includes(line.vatRate) && <option value={line.vatRate}>{rateLabel(line.vatRate, lang)}</option>}
            {VAT_RATES.map((r) => (
              <option key={r} value={r}>
                {rateLabel(r, lang)}
              </option>
            ))}
          </select>
          <FieldError name={path('vatRate')} error={error} />
        </label>
        {zero && (
          <label class="exemption">
            {t('invoice.exemption')}
            <select value={line.exemption} onChange={(e) => onChange({ exemption: e.currentTarget.value as ExemptionId | '' })} data-testid="line-exemption" {...invalidIf(path('vatExemptionReason'), error)}>
              <option value="">{t('invoice.chooseExemption')}</option>
              {VAT_EXEMPTIONS.map((x) => (
                <option key={x.id} value={x.id}>
                  {t(`invoice.exemption.${x.id}`)}
                </option>
              ))}
            </select>
            <small class="muted">{t('invoice.exemptionHint')}</small>
            <FieldError name={path('vatExemptionReason')} error={error} />
            <FieldError name={path('vatExemptionCode')} error={error} />
          </label>
        )}
        <div class="line-net">
          <span class="muted">{t('quote.net')}</span>
          <strong data-testid="line-net">{net == null ? '—' : <Money amount={net} />}</strong>
        </div>
      </div>
    </li>
  );
}

/** Edits `lines` through `onChange`; the caller keeps and saves them. */
export function InvoiceLineEditor({ lines, error, onChange }: { lines: InvoiceLineDraft[]; error: FieldProblem | null; onChange: (lines: InvoiceLineDraft[]) => void }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: InvoiceOperationChoices });
  const operations = (data?.operations.edges ?? []).map((e) => e.node);
  const set = (i: number, patch: Partial<InvoiceLineDraft>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <section class="line-editor">
      <h2>{t('invoice.lines')}</h2>
      <FieldError name="lines" error={error} />
      {lines.length === 0 && <p class="muted">{t('invoice.noLines')}</p>}
      <ol class="line-list">
        {lines.map((l, i) => (
          <LineCard key={l.uid} index={i} count={lines.length} line={l} operations={operations} error={error} onChange={(p) => set(i, p)} onMove={(by) => onChange(moveLine(lines, i, by) as InvoiceLineDraft[])} onRemove={() => onChange(lines.filter((_, j) => j !== i))} />
        ))}
      </ol>
      <button type="button" class="secondary" onClick={() => onChange([...lines, emptyInvoiceLine()])} data-testid="add-line">
        + {t('invoice.addLine')}
      </button>
    </section>
  );
}
