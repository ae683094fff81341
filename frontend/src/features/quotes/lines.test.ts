import { describe, expect, it } from 'vitest';
import { checkLines, draftNet, draftTotals, emptyLine, fromLine, lineOfField, moveLine, toLineInput, type LineDraft } from './lines';
import { centsString } from './pricing';

const t = (k: string) => k;

function line(over: Partial<LineDraft>): LineDraft {
  return { ...emptyLine(), ...over };
}

describe('line drafts', () => {
  it('computes as the person types, with French decimals', () => {
    const d = line({ quantity: '2,5', unitPrice: '333,33' });
    expect(draftNet(d)).toBe('833.33');
    expect(draftNet(line({ quantity: '2,', unitPrice: '10' }))).toBeNull();
  });
  it('totals skip the lines not yet readable and count them', () => {
    const { totals, incomplete } = draftTotals([
      line({ unitPrice: '0.13' }),
      line({ unitPrice: '0.13' }),
      line({ unitPrice: '0.13' }),
      line({ unitPrice: 'x' }),
    ]);
    expect(centsString(totals.vat)).toBe('0.08');
    expect(incomplete).toBe(1);
  });
  it('discounts in percent or euros', () => {
    expect(draftNet(line({ quantity: '3', unitPrice: '450', discountMode: 'percent', discount: '10' }))).toBe('1215.00');
    expect(draftNet(line({ quantity: '1', unitPrice: '1200', discountMode: 'amount', discount: '200' }))).toBe('1000.00');
    expect(draftNet(line({ quantity: '1', unitPrice: '1200', discountMode: 'amount', discount: '' }))).toBe('1200.00');
  });
  it('checks with the API field paths', () => {
    expect(checkLines([line({ unitPrice: '10' }), line({ unitPrice: '' })], t)).toEqual({ field: 'lines.1.unitPrice', message: 'quote.err.unitPrice' });
    expect(checkLines([line({ unitPrice: '10', quantity: '0' })], t)?.field).toBe('lines.0.quantity');
    expect(checkLines([line({ unitPrice: '10', vatRate: '19.6' })], t)?.field).toBe('lines.0.vatRate');
    expect(checkLines([line({ unitPrice: '10', hoursPerDay: '0' })], t)?.field).toBe('lines.0.hoursPerDay');
    expect(checkLines([line({ unitPrice: '10', unit: 'HOUR', hoursPerDay: '0' })], t)).toBeNull();
    expect(checkLines([line({ unitPrice: '10', discountMode: 'percent', discount: '120' })], t)?.field).toBe('lines.0.discountPercent');
    expect(checkLines([line({ unitPrice: '10', discountMode: 'amount', discount: '11' })], t)).toEqual({ field: 'lines.0.discountAmount', message: 'quote.err.discountOver' });
    expect(checkLines([line({ unitPrice: '10' })], t)).toBeNull();
  });
  it('sends normalised decimals and one discount at most', () => {
    const input = toLineInput(line({ key: 'k1', quantity: '2,50', unitPrice: '1 200,5', discountMode: 'percent', discount: '5,0', vatRate: '5.5', operationId: 'op' }));
    expect(input).toMatchObject({ key: 'k1', quantity: '2.5', unitPrice: '1200.50', discountPercent: '5', discountAmount: null, vatRate: '5.5', operationId: 'op', episodeId: null, hoursPerDay: 8 });
  });
  it('round-trips a stored line', () => {
    const d = fromLine({
      id: 'l1',
      key: 'k1',
      position: 1,
      operation: { id: 'op', label: 'Montage' },
      episode: null,
      kind: 'ROOM',
      description: 'Salle',
      quantity: '5',
      unit: 'DAY',
      hoursPerDay: 8,
      unitPrice: '650.00',
      discountPercent: null,
      discountAmount: '50.00',
      vatRate: '20',
      net: '3200.00',
    });
    expect(d.discountMode).toBe('amount');
    expect(draftNet(d)).toBe('3200.00');
    expect(toLineInput(d).discountAmount).toBe('50.00');
  });
  it('moves lines and reads field paths', () => {
    const a = line({ description: 'a' });
    const b = line({ description: 'b' });
    expect(moveLine([a, b], 0, 1).map((l) => l.description)).toEqual(['b', 'a']);
    expect(moveLine([a, b], 0, -1).map((l) => l.description)).toEqual(['a', 'b']);
    expect(lineOfField('lines.12.unitPrice')).toBe(12);
    expect(lineOfField('validUntil')).toBeNull();
  });
});
