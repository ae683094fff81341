import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Client, fetchExchange } from '@urql/core';
import { Provider } from '@urql/preact';
import { InvoicePage } from './InvoicePage';

const line = (id: string, patch: Record<string, unknown> = {}) => ({
  __typename: 'InvoiceLine', id, position: 1, operation: null, description: 'Acompte de 30 % sur le devis D-2026-00012 v1', quantity: '1', unit: 'FLAT', hoursPerDay: 8,
  unitPrice: '300.00', discountPercent: null, discountAmount: null, vatRate: '20', vatExemptionCode: null, vatExemptionReason: null, net: '300.00', ...patch,
});

function invoice(patch: Record<string, unknown> = {}) {
  return {
    __typename: 'Invoice', id: 'i1', kind: 'DEPOSIT', status: 'PARTIALLY_PAID', number: 'F-2026-00042', issueDate: '2026-03-01', dueDate: '2026-03-31', overdue: true,
    client: { __typename: 'Client', id: 'c1', name: 'Hirondelle Films' }, production: { __typename: 'Production', id: 'p1', title: 'Marée basse' },
    totals: { __typename: 'Totals', ht: '300.00', vat: '60.00', ttc: '360.00', byRate: [{ __typename: 'VatTotal', rate: '20', base: '300.00', vat: '60.00' }] },
    balance: '260.00', documentUrl: '/documents/invoices/i1.pdf', quote: { __typename: 'Quote', id: 'q1', reference: 'D-2026-00012 v1' }, depositPercent: '30',
    serviceFrom: null, serviceTo: null, purchaseOrder: '', notes: '', lines: [line('l1')], deductions: [], prepaid: '0.00', amountDue: '360.00',
    payments: [{ __typename: 'Payment', id: 'pay1', paidOn: '2026-03-05', amount: '100.00', method: 'TRANSFER', reference: 'VIR 42' }],
    creditNotes: [], latePenalties: '1.23', recoveryIndemnity: '40.00', xmlUrl: '/documents/invoices/i1.xml', reminderUrl: '/documents/invoices/i1/reminder.pdf', issuedAt: '2026-03-01T10:00:00Z',
    ...patch,
  };
}

function renderPage(role: string, inv: ReturnType<typeof invoice>) {
  const fetchImpl: typeof fetch = async (_url, init) => {
    const { query } = JSON.parse(String(init?.body ?? '{}')) as { query: string };
    const data = query.includes('query InvoicePage') ? { me: { __typename: 'Me', role }, invoice: inv } : { operations: { __typename: 'OperationConnection', edges: [] } };
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  };
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange], fetch: fetchImpl, preferGetMethod: false });
  return render(
    <Provider value={client}>
      <InvoicePage id="i1" />
    </Provider>,
  );
}

describe('the invoice page', () => {
  afterEach(cleanup);

  it('shows an issued invoice to the staff: labels, balance, late days, payments, files and forms', async () => {
    renderPage('ACCOUNTANT', invoice());
    await screen.findByTestId('invoice-figures');
    expect(screen.getByTestId('invoice-status').textContent).toBe('Payée en partie');
    expect(screen.getByTestId('invoice-title').textContent).toContain('Acompte F-2026-00042');
    expect(screen.getByTestId('balance').textContent).toBe('260,00\u00a0€');
    expect(screen.getByTestId('overdue-banner').textContent).toMatch(/jours? de retard/);
    expect(screen.getByTestId('payment-row').textContent).toContain('Virement');
    expect(screen.getByTestId('download-reminder')).toBeTruthy();
    expect(screen.getByTestId('download-xml').getAttribute('data-href')).toBe('/documents/invoices/i1.xml');
    expect(document.body.textContent).not.toMatch(/PARTIALLY_PAID|TRANSFER|DEPOSIT/);
    fireEvent.click(screen.getByTestId('record-payment'));
    expect((screen.getByTestId('payment-amount') as HTMLInputElement).value).toBe('260.00');
    expect(screen.getByTestId('make-credit-note')).toBeTruthy();
  });

  it('gives a producer the figures and files, no forms', async () => {
    renderPage('PRODUCER', invoice());
    await screen.findByTestId('invoice-figures');
    expect(screen.queryByTestId('record-payment')).toBeNull();
    expect(screen.queryByTestId('make-credit-note')).toBeNull();
    expect(screen.getByTestId('download-pdf')).toBeTruthy();
  });

  it('edits a draft: live totals, a 0 % line asks its exemption before saving', async () => {
    renderPage('COORDINATOR', invoice({ status: 'DRAFT', number: null, overdue: false, issueDate: null, dueDate: null, payments: [], latePenalties: null, recoveryIndemnity: null, documentUrl: null, xmlUrl: null, reminderUrl: null, kind: 'STANDARD' }));
    await screen.findByTestId('invoice-editor');
    expect(screen.getByTestId('total-ttc').textContent).toBe('360,00\u00a0€');
    fireEvent.change(screen.getByTestId('line-vat'), { target: { value: '0' } });
    await waitFor(() => expect(screen.getByTestId('line-exemption')).toBeTruthy());
    expect(screen.getByTestId('total-ttc').textContent).toBe('300,00\u00a0€');
    fireEvent.click(screen.getByTestId('invoice-save'));
    await waitFor(() => expect(document.querySelector('[data-field="lines.0.vatExemptionReason"]')).not.toBeNull());
    expect([...(screen.getByTestId('line-exemption') as HTMLSelectElement).options].map((o) => o.textContent)).toContain('Autoliquidation (preneur assujetti)');
    fireEvent.click(screen.getByTestId('invoice-issue'));
    expect(screen.getByTestId('confirm-issue').textContent).toContain('numéro définitif');
  });
});
