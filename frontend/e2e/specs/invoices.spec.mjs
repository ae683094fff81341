// PENDING — needs the invoicing backend (wt-invcore, wt-facturx, wt-invdocs). Move it to
// e2e/specs/ once `go build ./cmd/postprod && e2e/serve-and-run.sh` passes it; written against
// the contract (graph/invoices.graphqls, the /documents routes of issue 15) and the app's test ids.
//
// Issue 15's browser test: the coordinator (1440 px) invoices the deposit of an accepted quote
// from the production's Devis tab, issues it (the confirmation says it becomes final; it gets
// F-YYYY-NNNNN), records a partial payment (the amount prefilled with the balance, lowered);
// the producer on a 360 px phone sees it under "Factures" with its balance and downloads the
// Factur-X PDF; the accountant exports the month's sales journal as CSV and XLSX.
// Screenshots at 360 and 1440 px, French and English.
//
// Data: the spec builds its own production of the producer's client and a one-line quote,
// sent by the coordinator and accepted by the producer through the API.
import { readFileSync } from 'node:fs';
import { apiLogin, gql } from '../support/api.mjs';
import { unique } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, EMAIL, PHONE, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, loginUI, waitAttr } from '../support/ui.mjs';

const PRODUCER_EMAIL = 'producer@demo.test';
const ACCOUNTANT_EMAIL = 'accountant@demo.test';
const WIDE = { viewport: { width: 1440, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true };
const NARROW = { ...PHONE, viewport: { width: 360, height: 780 }, acceptDownloads: true };

async function text(page, testId) {
  return normaliseSpaces((await page.getByTestId(testId).first().textContent()) ?? '');
}

/** "1 234,56 €" → "1234.56". */
function amountOf(s) {
  return s.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
}

/** A production of the producer's client and an accepted quote of one line of 1 000 € HT at 20 %, deposit 30 %. */
async function acceptedQuote(coord, producer) {
  const mine = await gql('{ productions(first: 1) { edges { node { client { id name } } } } }', {}, producer);
  const client = mine.productions.edges[0]?.node.client;
  if (!client) throw new Error(`${PRODUCER_EMAIL} sees no production, hence no client`);
  const { createProduction: prod } = await gql(
    'mutation ($input: ProductionInput!) { createProduction(input: $input) { id title } }',
    { input: { title: unique('Factures e2e'), kind: 'DOCUMENTARY', status: 'IN_POST', clientId: client.id, director: 'Réalisation E2E', runtimeMinutes: 52, deliveryDeadline: addDays(todayParis(), 60) } },
    coord,
  );
  const { createQuote: q } = await gql('mutation ($i: CreateQuoteInput!) { createQuote(input: $i) { id } }', { i: { productionId: prod.id, validUntil: addDays(todayParis(), 30) } }, coord);
  await gql(
    'mutation ($id: ID!, $i: QuoteInput!) { updateQuote(id: $id, input: $i) { id } }',
    { id: q.id, i: { depositPercent: '30', lines: [{ kind: 'FLAT', description: 'Étalonnage (forfait)', quantity: '1', unit: 'FLAT', unitPrice: '1000.00', vatRate: '20' }] } },
    coord,
  );
  await gql('mutation ($id: ID!) { sendQuote(id: $id) { id status } }', { id: q.id }, coord);
  await gql('mutation ($id: ID!, $i: AcceptInput!) { acceptQuote(id: $id, input: $i) { id status } }', { id: q.id, i: { name: 'Productrice E2E', mention: 'Bon pour accord' } }, producer);
  return { prod, quoteId: q.id, client };
}

async function shots(page, name, ready) {
  const out = [];
  for (const lang of ['fr', 'en']) {
    await page.evaluate((l) => localStorage.setItem('postprod.lang', l), lang);
    await page.reload();
    await ready();
    await assertFitsWidth(page, `${name} (${lang})`);
    out.push(await screenshot(page, tmpPath(`postprod-e2e-invoices-${name}-${lang}.png`)));
  }
  await page.evaluate(() => localStorage.setItem('postprod.lang', 'fr'));
  await page.reload();
  await ready();
  return out;
}

async function savedDownload(page, testId, name) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId(testId).first().click()]);
  const path = tmpPath(name);
  await download.saveAs(path);
  return { path, file: download.suggestedFilename() };
}

export default defineSpec({
  name: 'invoices',
  title: 'a deposit invoiced, issued and partly paid; the producer downloads it on a phone; the accountant exports the sales journal',
  async run(t) {
    t.begin('invoices: an accepted quote of the producer’s client');
    const coord = await apiLogin(EMAIL);
    const producerToken = await apiLogin(PRODUCER_EMAIL);
    const { prod } = await acceptedQuote(coord, producerToken);
    const taken = [];

    t.begin('invoices: the coordinator invoices the deposit from the Devis tab');
    const { page: c } = await t.open('coordinator', WIDE);
    await loginUI(c, EMAIL);
    await c.goto(`${BASE_URL}/productions/${prod.id}/quotes`);
    await c.getByTestId('production-billing').waitFor({ timeout: 10_000 });
    await c.getByTestId('bill').click();
    await c.getByTestId('bill-DEPOSIT').check();
    const percent = await c.getByTestId('bill-percent').inputValue();
    if (percent !== '30') throw new Error(`the deposit % is prefilled with "${percent}", expected the quote's 30`);
    await c.getByTestId('bill-create').click();
    await c.waitForURL(/\/invoices\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    const invoiceId = c.url().split('/').pop();
    await c.getByTestId('invoice-editor').waitFor({ timeout: 10_000 });
    const ttc = amountOf(await text(c, 'total-ttc'));
    if (ttc !== '360.00') throw new Error(`the deposit's TTC reads ${ttc}, expected 30 % of 1 000 € HT + 20 % VAT = 360.00`);
    taken.push(...(await shots(c, 'draft-1440', () => c.getByTestId('invoice-editor').waitFor())));

    t.begin('invoices: a 0 % line asks its exemption, then the coordinator issues');
    const before = await c.getByTestId('line-row').count();
    await c.getByTestId('add-line').click();
    const added = c.getByTestId('line-row').nth(before);
    await added.getByTestId('line-description').fill('Livraison export');
    await added.getByTestId('line-unitPrice').fill('10');
    await added.getByTestId('line-vat').selectOption('0');
    await c.getByTestId('invoice-save').click();
    await c.locator(`[data-testid="field-error"][data-field="lines.${before}.vatExemptionReason"]`).waitFor({ timeout: 5_000 });
    await added.getByTestId('line-remove').click();
    await c.getByTestId('invoice-issue').click();
    const confirm = await text(c, 'confirm-issue');
    if (!/numéro définitif/.test(confirm)) throw new Error(`the issue confirmation says "${confirm}"`);
    await c.getByTestId('confirm-yes').click();
    await waitAttr(c, '[data-testid="invoice-status"]', 'data-status', { is: 'ISSUED' }, 'the issued invoice');
    const title = await text(c, 'invoice-title');
    const number = /F-\d{4}-\d{5}/.exec(title)?.[0];
    if (!number) throw new Error(`the issued invoice's title is "${title}", with no F-YYYY-NNNNN`);
    t.log(`issued ${number}`);

    t.begin('invoices: a partial payment');
    await c.getByTestId('record-payment').click();
    const prefilled = amountOf(await c.getByTestId('payment-amount').inputValue());
    if (prefilled !== '360.00') throw new Error(`the payment is prefilled with ${prefilled}, expected the balance 360.00`);
    await c.getByTestId('payment-amount').fill('400');
    await c.getByTestId('payment-submit').click();
    await c.locator('[data-testid="field-error"][data-field="amount"]').waitFor({ timeout: 5_000 });
    await c.getByTestId('payment-amount').fill('100');
    await c.getByTestId('payment-reference').fill('VIR E2E');
    await c.getByTestId('payment-submit').click();
    await waitAttr(c, '[data-testid="invoice-status"]', 'data-status', { is: 'PARTIALLY_PAID' }, 'the partly paid invoice');
    if (amountOf(await text(c, 'balance')) !== '260.00') throw new Error(`the balance reads ${await text(c, 'balance')}, expected 260.00`);
    taken.push(...(await shots(c, 'issued-1440', () => c.getByTestId('invoice-figures').waitFor())));

    t.begin('invoices: the producer, on a phone, sees it and downloads the PDF');
    const { page: p } = await t.open('producer', NARROW);
    await loginUI(p, PRODUCER_EMAIL);
    await p.getByTestId('nav-invoices').tap();
    await p.waitForURL(/\/invoices$/, { timeout: 10_000 });
    const row = p.locator(`[data-testid="invoice-row"][data-id="${invoiceId}"]`);
    await row.waitFor({ timeout: 10_000 });
    await p.getByTestId('producer-due').first().waitFor();
    await assertFitsWidth(p, 'the producer’s invoices at 360 px');
    taken.push(...(await shots(p, 'producer-list-360', () => row.waitFor())));
    await row.locator('a').tap();
    await p.waitForURL(new RegExp(`/invoices/${invoiceId}$`), { timeout: 10_000 });
    if (amountOf(await text(p, 'balance')) !== '260.00') throw new Error(`the producer reads a balance of ${await text(p, 'balance')}`);
    if ((await p.getByTestId('record-payment').count()) > 0) throw new Error('the producer is offered to record a payment');
    const pdf = await savedDownload(p, 'download-pdf', 'postprod-e2e-invoice.pdf');
    if (readFileSync(pdf.path).subarray(0, 4).toString() !== '%PDF') throw new Error(`"${pdf.file}" is not a PDF`);
    taken.push(...(await shots(p, 'producer-invoice-360', () => p.getByTestId('invoice-figures').waitFor())));

    t.begin('invoices: the accountant exports the month’s sales journal');
    const { page: a } = await t.open('accountant', WIDE);
    await loginUI(a, ACCOUNTANT_EMAIL);
    await a.goto(`${BASE_URL}/invoices`);
    await a.getByTestId('sales-journal').waitFor({ timeout: 10_000 });
    const csv = await savedDownload(a, 'journal-csv', 'postprod-e2e-journal.csv');
    const body = readFileSync(csv.path, 'utf8');
    if (!body.includes(number)) throw new Error(`the month's sales journal does not list ${number}`);
    const xlsx = await savedDownload(a, 'journal-xlsx', 'postprod-e2e-journal.xlsx');
    if (readFileSync(xlsx.path).subarray(0, 2).toString() !== 'PK') throw new Error(`"${xlsx.file}" is not an XLSX`);
    t.log(`screenshots: ${taken.join(', ')}`);
  },
});
