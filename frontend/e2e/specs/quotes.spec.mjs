// Quotes and amendments end to end: the coordinator builds a quote from the plan on a desktop
// (totals as they type, the server's errors on their fields) and sends it; the producer, on a
// phone, sees it arrive live and accepts it with their name and "bon pour accord"; the
// coordinator sees "Accepté" live. Then approved time beyond what was sold proposes an
// amendment, which the coordinator sends and the producer accepts the same way. Screenshots
// of the editor and of the producer's page at 360 and 1440 px, in French and English.
//
// Data: the spec builds its own production (of the producer's client, Hirondelle), task and
// slip, and adds a sale price for its operation only when none is in force.
import { apiLogin, gql } from '../support/api.mjs';
import { freeSunday, unique } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, EMAIL, PHONE, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, assertNotReloaded, loginUI, markNoReload, waitAttr, waitLive } from '../support/ui.mjs';

const PRODUCER_EMAIL = 'producer@demo.test';
const WIDE = { viewport: { width: 1440, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' };
const NARROW = { ...PHONE, viewport: { width: 360, height: 780 } };

/** A production of the producer's client with one task of one day on `operation`, priced. */
async function build(coord, producer) {
  const mine = await gql('{ productions(first: 1) { edges { node { client { id name } } } } }', {}, producer);
  const client = mine.productions.edges[0]?.node.client;
  if (!client) throw new Error(`${PRODUCER_EMAIL} sees no production, hence no client`);
  const title = unique('Devis e2e');
  const { createProduction: prod } = await gql(
    'mutation ($input: ProductionInput!) { createProduction(input: $input) { id title } }',
    { input: { title, kind: 'DOCUMENTARY', status: 'IN_POST', clientId: client.id, director: 'Réalisation E2E', runtimeMinutes: 52, deliveryDeadline: addDays(todayParis(), 60) } },
    coord,
  );
  const { operations } = await gql('{ operations(first: 100) { edges { node { id code label } } } }', {}, coord);
  const ops = operations.edges.map((e) => e.node);
  const op = ops.find((o) => o.code === 'GRADING') ?? ops[0];
  const today = todayParis();
  const { salePrices } = await gql(
    'query ($d: Date) { salePrices(first: 200, filter: { target: OPERATION, activeOn: $d }) { edges { node { operation { id } unitPrice } } } }',
    { d: today },
    coord,
  );
  let price = salePrices.edges.map((e) => e.node).find((p) => p.operation?.id === op.id)?.unitPrice;
  if (!price) {
    price = '650.00';
    await gql(
      'mutation ($i: SalePriceInput!) { createSalePrice(input: $i) { id } }',
      { i: { target: 'OPERATION', operationId: op.id, unit: 'DAY', hoursPerDay: 8, unitPrice: price, effectiveFrom: addDays(today, -30) } },
      coord,
    );
  }
  const { workingDays } = await gql('query ($f: Date!, $t: Date!) { workingDays(from: $f, to: $t) }', { f: addDays(today, 1), t: addDays(today, 14) }, coord);
  await gql(
    'mutation ($p: ID!, $i: TaskInput!) { createTask(productionId: $p, input: $i) { id } }',
    { p: prod.id, i: { operationId: op.id, title: `${op.label} e2e`, startDate: workingDays[0], endDate: workingDays[0], plannedDays: 1 } },
    coord,
  );
  return { prod, op, price, client };
}

/** Approves `hours` of work on the operation by a technician, on a Sunday free for them. */
async function approveWork(coord, prod, op, hours) {
  const { technicians } = await gql('{ technicians(first: 1) { edges { node { id } } } }', {}, coord);
  const tech = technicians.edges[0].node.id;
  const busy = async (d) => {
    const { slips } = await gql('query ($d: Date!, $t: ID) { slips(first: 20, filter: { from: $d, to: $d, technicianId: $t }) { totalCount } }', { d, t: tech }, coord);
    return slips.totalCount > 0;
  };
  const day = await freeSunday(async (d) => !(await busy(d)), 'free for the technician');
  const end = `${String(10 + hours).padStart(2, '0')}:00`;
  const { submitSlip } = await gql(
    'mutation ($i: SlipInput!) { submitSlip(input: $i) { id } }',
    { i: { clientId: crypto.randomUUID(), productionId: prod.id, operationId: op.id, technicianId: tech, date: day, start: '10:00', end, breakMinutes: 0 } },
    coord,
  );
  await gql('mutation ($id: ID!) { approveSlip(id: $id) { id status } }', { id: submitSlip.id }, coord);
  return day;
}

/** Text of an element by test id, spaces normalised. */
async function text(page, testId) {
  return normaliseSpaces((await page.getByTestId(testId).first().textContent()) ?? '');
}

/** Every visible button, select and button-like link of the main area is at least 44 px tall. */
async function assertTargets(page, what) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main select, main a[role="button"], main .tabs a')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, h: el.getBoundingClientRect().height }))
      .filter((x) => x.h < 43.5)
      .map((x) => `${x.el.tagName.toLowerCase()}[${x.el.getAttribute('data-testid') ?? x.el.textContent?.trim().slice(0, 20)}] ${x.h.toFixed(0)}px`),
  );
  if (small.length) throw new Error(`${what}: tap targets under 44 px: ${small.join(', ')}`);
}

/** Screenshots a page in French and English at its current size; returns the paths. */
async function shots(page, name, ready) {
  const out = [];
  for (const lang of ['fr', 'en']) {
    await page.evaluate((l) => localStorage.setItem('postprod.lang', l), lang);
    await page.reload();
    await ready();
    await assertFitsWidth(page, `${name} (${lang})`);
    out.push(await screenshot(page, tmpPath(`postprod-e2e-quotes-${name}-${lang}.png`)));
  }
  await page.evaluate(() => localStorage.setItem('postprod.lang', 'fr'));
  return out;
}

/** The producer accepts what the page shows (a quote or an amendment) with the form. */
async function accept(p, name) {
  await p.getByTestId('accept-open').tap();
  await p.getByTestId('accept-name').fill(name);
  await p.getByTestId('accept-mention').fill('bon accord');
  await p.getByTestId('accept-confirm').tap();
  await p.locator('[data-testid="field-error"][data-field="mention"]').waitFor({ timeout: 5_000 });
  await p.getByTestId('accept-mention').fill('  Bon pour ACCORD ');
  await p.getByTestId('accept-confirm').tap();
  await p.getByTestId('acceptance').waitFor({ timeout: 10_000 });
  const said = await text(p, 'acceptance');
  if (!said.includes(name)) throw new Error(`the acceptance says "${said}", not the producer's name`);
}

export default defineSpec({
  name: 'quotes',
  title: 'a quote from the plan sent, accepted on a phone live, then an overrun amendment accepted',
  async run(t) {
    t.begin('quotes: a production of the producer’s client with one planned day, priced');
    const coord = await apiLogin(EMAIL);
    const producerToken = await apiLogin(PRODUCER_EMAIL);
    const { prod, op, price } = await build(coord, producerToken);
    t.log(`"${prod.title}", ${op.label} at ${price} € a day`);
    const shotsTaken = [];

    t.begin('quotes: the producer (360 px) opens "Devis" and waits');
    const { page: p } = await t.open('producer', NARROW);
    await loginUI(p, PRODUCER_EMAIL);
    await p.getByTestId('nav-quotes').tap();
    await p.waitForURL(/\/quotes$/, { timeout: 10_000 });
    await p.getByTestId('to-answer').waitFor({ timeout: 10_000 });
    await waitLive(p);
    await markNoReload(p);

    t.begin('quotes: the coordinator (1440 px) makes a quote from the plan');
    const { page: c } = await t.open('coordinator', WIDE);
    await loginUI(c, EMAIL);
    await c.goto(`${BASE_URL}/productions/${prod.id}`);
    await c.getByTestId('tab-quotes').click();
    await c.waitForURL(/\/quotes$/, { timeout: 10_000 });
    await c.getByTestId('new-quote').click();
    await c.getByTestId('quote-from-plan').click();
    await c.waitForURL(/\/quotes\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    const quoteId = c.url().split('/').pop();
    await c.getByTestId('quote-editor').waitFor({ timeout: 10_000 });
    const lines = await c.getByTestId('line-row').count();
    if (lines !== 1) throw new Error(`the quote from the plan has ${lines} lines, expected one per task (1)`);
    const qty = await c.getByTestId('line-quantity').inputValue();
    if (Number(qty.replace(',', '.')) !== 1) throw new Error(`the line from a one-day task says ${qty}`);

    t.begin('quotes: totals follow the typing; the server’s errors land on their fields');
    await c.getByTestId('line-quantity').fill('0,5');
    const half = (Number(price) / 2).toFixed(2);
    const ht = await text(c, 'total-ht');
    if (ht.replace(/\s/g, '') !== `${half.replace('.', ',')}€`) throw new Error(`after typing 0,5 the total HT reads "${ht}", expected ${half} €`);
    await c.getByTestId('line-unit').selectOption('FLAT');
    await c.getByTestId('quote-save').click();
    await c.locator('[data-testid="field-error"][data-field="lines.0.unit"]').waitFor({ timeout: 10_000 });
    await c.getByTestId('line-unit').selectOption('DAY');
    await c.getByTestId('quote-paymentDays').fill('90'); // the server allows 60 days at most
    await c.getByTestId('quote-save').click();
    await c.locator('[data-testid="field-error"][data-field="paymentDays"]').waitFor({ timeout: 10_000 });
    await c.getByTestId('quote-paymentDays').fill('30');
    await c.getByTestId('quote-save').click();
    await waitText(c, 'quote-notice', 'Enregistré.');
    await assertTargets(c, 'the editor at 1440 px');

    t.begin('quotes: the coordinator sends it');
    c.once('dialog', (d) => d.accept());
    await c.getByTestId('quote-send').click();
    await waitAttr(c, '[data-testid="quote-page"]', 'data-status', { is: 'SENT' }, 'the sent quote');
    const ref = await text(c, 'quote-ref');
    if (!/^D-\d{4}-\d{5} v1$/.test(ref)) throw new Error(`the sent quote's reference is "${ref}"`);
    await waitLive(c);
    await markNoReload(c);

    t.begin('quotes: it arrives live on the producer’s phone');
    const row = p.locator(`[data-testid="to-answer"] [data-testid="quote-row"][data-id="${quoteId}"]`);
    await row.waitFor({ timeout: 15_000 });
    await assertNotReloaded(p, 'the producer’s quotes');
    await assertFitsWidth(p, 'the producer’s quotes at 360 px');
    await row.locator('a').tap();
    await p.waitForURL(new RegExp(`/quotes/${quoteId}$`), { timeout: 10_000 });
    await p.getByTestId('lines-view').waitFor({ timeout: 10_000 });
    const ttc = await text(p, 'total-ttc');
    if (ttc !== (await text(c, 'total-ttc'))) throw new Error(`the producer reads ${ttc} TTC, the coordinator ${await text(c, 'total-ttc')}`);
    await assertFitsWidth(p, 'the producer’s quote at 360 px');
    await assertTargets(p, 'the producer’s quote at 360 px');

    t.begin('quotes: the producer accepts with their name and "bon pour accord"');
    await waitLive(p);
    await accept(p, 'Nathalie Lemaire');

    t.begin('quotes: the coordinator sees "Accepté" live');
    await waitAttr(c, '[data-testid="quote-page"]', 'data-status', { is: 'ACCEPTED' }, 'the coordinator’s quote', 15_000);
    const badge = await text(c, 'quote-status');
    if (badge !== 'Accepté') throw new Error(`the coordinator's badge reads "${badge}"`);
    await c.getByTestId('acceptance').waitFor({ timeout: 5_000 });
    await assertNotReloaded(c, 'the coordinator’s quote');

    t.begin('quotes: approved time beyond what was sold (half a day) proposes an amendment');
    const day = await approveWork(coord, prod, op, 6);
    t.log(`6 h approved on ${day}`);
    await c.goto(`${BASE_URL}/productions/${prod.id}/tracking`);
    await c.getByTestId('overrun-banner').waitFor({ timeout: 15_000 });
    const sold = await text(c, 'sold-minutes');
    if (!sold.startsWith('4')) throw new Error(`the tracking says "${sold}" sold, expected 4 h`);
    await c.getByTestId('propose-amendment').first().click();
    await c.waitForURL(/\/amendments\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    const amendmentId = c.url().split('/').pop();
    await c.getByTestId('amendment-editor').waitFor({ timeout: 10_000 });
    if ((await c.getByTestId('line-row').count()) < 1) throw new Error('the proposed amendment has no line');
    await c.getByTestId('amendment-proposed').waitFor({ timeout: 5_000 });
    c.once('dialog', (d) => d.accept());
    await c.getByTestId('amendment-send').click();
    await waitAttr(c, '[data-testid="amendment-page"]', 'data-status', { is: 'SENT' }, 'the sent amendment');

    t.begin('quotes: the producer sees the amendment live on the accepted quote and accepts it');
    const arow = p.locator(`[data-testid="amendment-row"][data-id="${amendmentId}"]`);
    await arow.waitFor({ timeout: 15_000 });
    await arow.locator('a').tap();
    await p.waitForURL(new RegExp(`/amendments/${amendmentId}$`), { timeout: 10_000 });
    await p.getByTestId('lines-view').waitFor({ timeout: 10_000 });
    await assertFitsWidth(p, 'the producer’s amendment at 360 px');
    await accept(p, 'Nathalie Lemaire');
    await waitAttr(c, '[data-testid="amendment-page"]', 'data-status', { is: 'ACCEPTED' }, 'the coordinator’s amendment', 15_000);

    t.begin('quotes: screenshots of the producer’s page (360, 1440) and the editor (1440, 360), fr and en');
    await p.goto(`${BASE_URL}/quotes/${quoteId}`);
    const producerReady = () => p.getByTestId('acceptance').waitFor({ timeout: 10_000 });
    shotsTaken.push(...(await shots(p, 'producer-360', producerReady)));
    await p.setViewportSize({ width: 1440, height: 900 });
    shotsTaken.push(...(await shots(p, 'producer-1440', producerReady)));
    const { quoteFromPlan: draft } = await gql('mutation ($p: ID!) { quoteFromPlan(productionId: $p) { id } }', { p: prod.id }, coord);
    await c.goto(`${BASE_URL}/quotes/${draft.id}`);
    const editorReady = () => c.getByTestId('quote-editor').waitFor({ timeout: 10_000 });
    await editorReady();
    shotsTaken.push(...(await shots(c, 'editor-1440', editorReady)));
    await c.setViewportSize({ width: 360, height: 780 });
    shotsTaken.push(...(await shots(c, 'editor-360', editorReady)));
    await assertTargets(c, 'the editor at 360 px');
    await gql('mutation ($id: ID!) { discardQuote(id: $id) }', { id: draft.id }, coord);
    t.log(`screenshots: ${shotsTaken.join(' ')}`);
  },
});

/** Waits until the element's text, spaces normalised, is `want`. */
async function waitText(page, testId, want, timeout = 10_000) {
  try {
    await page.waitForFunction(
      ([id, w]) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim() === w,
      [testId, want],
      { timeout },
    );
  } catch {
    throw new Error(`${testId} reads "${await text(page, testId)}", expected "${want}"`);
  }
}
