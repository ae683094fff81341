// Deliveries: created from a production page with a spec copied from a broadcaster's template,
// taken through QC (a refused timecode, a blocking finding that refuses READY until fixed) to
// SENT while a second session follows live; then the board, on a desktop and on a phone. The
// delivery is this spec's own; the board's late and at-risk groups are the demo's.
import { apiLogin, gql } from '../support/api.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, DESKTOP, EMAIL, PHONE } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot, shotPath } from '../support/shots.mjs';
import { assertFitsWidth, assertNotReloaded, loginUI, markNoReload, waitAttr, waitCount, waitLive } from '../support/ui.mjs';

// A 25 fps demo production, a spec copied from the French broadcaster's template.
const DELIVERY_PRODUCTION = 'Le Goût du sel';
const DELIVERY_TEMPLATE = 'fr-broadcaster-hd-pad';
const DELIVERY_SHOT = shotPath('postprod-e2e-delivery.png');
const DELIVERIES_PHONE_SHOT = shotPath('postprod-e2e-deliveries-phone.png');

/** Waits until the delivery page shows `status` (the raw enum in data-status). */
async function waitStatus(page, status, who, timeout = 10_000) {
  await waitAttr(page, '[data-testid="delivery-status"]', 'data-status', { is: status }, `${who} does not show ${status}`, timeout);
}

/** The production to deliver: the demo's 25 fps one by its title, else any at 25 fps. */
async function production25(t, token) {
  const { productions } = await gql('{ productions(first: 100) { edges { node { id title spec { technicalProfile { frameRate } } } } } }', {}, token);
  const at25 = productions.edges.map((e) => e.node).filter((p) => p.spec.technicalProfile.frameRate === '25');
  const prod = at25.find((p) => p.title === DELIVERY_PRODUCTION) ?? at25[0];
  if (!prod) throw new Error('no 25 fps production in the demo');
  t.log(`production "${prod.title}" (${prod.id})`);
  return prod;
}

/**
 * Session A creates the delivery through the production page (a spec copied from a template,
 * its compatibility shown first) and takes it to QC; returns its id.
 */
async function createToQC(t, a, token, prod) {
  t.begin('deliveries: session A opens the production page and the "new delivery" form');
  await loginUI(a, EMAIL);
  await a.goto(`${BASE_URL}/productions/${prod.id}`);
  await a.getByTestId('production-deliveries').waitFor({ timeout: 10_000 });
  await a.getByTestId('new-delivery').click();

  t.begin(`deliveries: in A, copy the template "${DELIVERY_TEMPLATE}" and see the compatibility report before creating`);
  await a.getByTestId('new-delivery-template').selectOption(DELIVERY_TEMPLATE);
  await a.getByTestId('new-delivery-clone').click();
  await waitAttr(a, '[data-testid="new-delivery-form"] [data-testid="compat-report"]', 'data-ok', { not: '' }, 'no compatibility report for the copied spec', 15_000);
  await a
    .waitForFunction(() => document.querySelector('[data-testid="new-delivery-spec"]')?.value, null, { timeout: 10_000 })
    .catch(() => {
      throw new Error('the copied spec is not selected');
    });
  const specId = await a.getByTestId('new-delivery-spec').inputValue();
  const report = a.locator('[data-testid="new-delivery-form"] [data-testid="compat-report"]');
  t.log(`compatibility: ok=${await report.getAttribute('data-ok')}, ${await report.getAttribute('data-blocking')} blocking, ${await report.getByTestId('compat-issue').count()} issue(s)`);
  const due = addDays(todayParis(), 5);
  await a.getByTestId('new-delivery-due').fill(due);

  t.begin('deliveries: in A, create the delivery; the app opens its page');
  await a.getByTestId('new-delivery-submit').click();
  await a.waitForURL(/\/deliveries\/[^/]+$/, { timeout: 10_000 });
  const deliveryId = decodeURIComponent(new URL(a.url()).pathname.split('/').pop());
  await waitStatus(a, 'PENDING', 'A');
  const { delivery } = await gql(
    'query ($id: ID!) { delivery(id: $id) { status dueDate atRisk spec { id templateKey } production { id } items { id } } }',
    { id: deliveryId },
    token,
  );
  if (delivery.production.id !== prod.id || delivery.spec.id !== specId || delivery.spec.templateKey !== DELIVERY_TEMPLATE || delivery.dueDate !== due) {
    throw new Error(`the API has ${JSON.stringify(delivery)}`);
  }
  if (!delivery.atRisk) throw new Error('a delivery due in 5 days is not at risk');
  t.log(`delivery ${deliveryId}: ${delivery.items.length} item(s), due ${due}`);

  t.begin('deliveries: in A, move it IN_PROGRESS then QC with the status buttons');
  await a.getByTestId('to-IN_PROGRESS').click();
  await waitStatus(a, 'IN_PROGRESS', 'A');
  await a.getByTestId('to-QC').click();
  await waitStatus(a, 'QC', 'A');
  const label = (await a.getByTestId('delivery-status').textContent())?.trim();
  if (label !== 'En contrôle qualité') throw new Error(`the status reads "${label}"`);
  await waitLive(a);
  return deliveryId;
}

/**
 * In QC, with B watching: a refused timecode, a blocking finding that refuses READY until it is
 * fixed, then READY and SENT; B sees each step without reloading.
 */
async function qcToSent(t, a, b, token, deliveryId) {
  const finding = '[data-testid="qc-finding"]';
  await waitCount(b, finding, 0, 'B before any finding');

  t.begin('deliveries: in A, a timecode with 25 frames at 25 fps is refused on its field');
  await a.getByTestId('qc-tc-in').fill('00:10:00:25');
  await a.getByTestId('qc-tc-out').fill('00:10:02:12');
  await a.getByTestId('qc-severity').selectOption('BLOCKING');
  await a.getByTestId('qc-category').selectOption('AUDIO');
  await a.getByTestId('qc-description').fill('Décrochage du son stéréo (canal gauche muet)');
  await a.getByTestId('qc-submit').click();
  const tcError = a.locator('[data-testid="qc-form"] [data-testid="field-error"][data-field="timecodeIn"]');
  try {
    await tcError.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error('no error under the TC in field');
  }
  t.log(`field error: "${(await tcError.textContent())?.trim()}"`);
  if ((await a.getByTestId('qc-tc-in').getAttribute('aria-invalid')) !== 'true') throw new Error('the TC in field is not marked invalid');
  await waitCount(a, finding, 0, 'A after the refused finding');

  t.begin('deliveries: in A, add the blocking audio finding 00:10:00:00 → 00:10:02:12; B sees it live');
  await a.getByTestId('qc-tc-in').fill('00:10:00:00');
  await a.getByTestId('qc-submit').click();
  await waitCount(a, finding, 1, 'A after adding the finding');
  if (await tcError.count()) throw new Error('the TC in error is still shown');
  const row = a.locator(finding).first();
  if ((await row.getAttribute('data-severity')) !== 'BLOCKING' || !(await row.textContent()).includes('00:10:02:12')) {
    throw new Error(`the finding reads "${await row.textContent()}"`);
  }
  await waitCount(b, finding, 1, 'B does not show the new finding', 15_000);
  await waitAttr(b, finding, 'data-fixed', { is: 'false' }, 'B shows the finding as fixed');

  t.begin('deliveries: in A, READY is refused while the finding is open; the status stays QC');
  await a.getByTestId('to-READY').click();
  const refusal = a.getByTestId('transition-error');
  await refusal.waitFor({ state: 'visible', timeout: 10_000 });
  const refusalText = (await refusal.textContent()) ?? '';
  if (!/bloquant/i.test(refusalText)) throw new Error(`the refusal does not mention the blocking finding: "${refusalText}"`);
  t.log(`refused: "${refusalText.trim()}"`);
  await waitStatus(a, 'QC', 'A');
  if ((await gql('query ($id: ID!) { delivery(id: $id) { status } }', { id: deliveryId }, token)).delivery.status !== 'QC') {
    throw new Error('the API does not say QC any more');
  }

  t.begin('deliveries: in A, mark the finding fixed, then READY; B sees READY live');
  await a.getByTestId('finding-fix').click();
  await waitAttr(a, finding, 'data-fixed', { is: 'true' }, 'A does not show the finding fixed');
  await waitAttr(b, finding, 'data-fixed', { is: 'true' }, 'B does not show the finding fixed', 15_000);
  await a.getByTestId('to-READY').click();
  await waitStatus(a, 'READY', 'A');
  if (await refusal.count()) throw new Error('the old refusal is still shown');
  await waitStatus(b, 'READY', 'B', 15_000);

  t.begin('deliveries: in A, SENT with method "Aspera" and a reference; B sees SENT live');
  const reference = `https://aspera.example.test/pkg/${deliveryId.slice(0, 8)}`;
  await a.getByTestId('to-SENT').click();
  await a.getByTestId('send-method').fill('Aspera');
  await a.getByTestId('send-reference').fill(reference);
  await a.getByTestId('send-submit').click();
  await waitStatus(a, 'SENT', 'A');
  await waitStatus(b, 'SENT', 'B', 15_000);
  const sentB = (await b.getByTestId('delivery-sent').textContent()) ?? '';
  if (!sentB.includes('Aspera') || !sentB.includes(reference)) throw new Error(`B shows the shipment as "${sentB}"`);
  await waitCount(b, '[data-testid="history-entry"]', 4, 'B’s history');
  await assertNotReloaded(b, 'B');
  const api = (await gql('query ($id: ID!) { delivery(id: $id) { status sentMethod sentReference history { to method } } }', { id: deliveryId }, token)).delivery;
  if (api.status !== 'SENT' || api.sentMethod !== 'Aspera' || api.sentReference !== reference) throw new Error(`the API has ${JSON.stringify(api)}`);
}

/**
 * Desktop: session A creates a delivery through the production page (a spec copied from a
 * template, its compatibility shown first), takes it to QC, records a blocking finding, is
 * refused READY, fixes the finding, goes READY then SENT; session B, on the same delivery
 * page, sees each step without reloading.
 */
async function deliveriesScenario(t) {
  t.begin(`deliveries: find "${DELIVERY_PRODUCTION}" (25 fps) through the API`);
  const token = await apiLogin(EMAIL);
  const prod = await production25(t, token);
  const { ctx: ctxA, page: a } = await t.open('deliveries-A', DESKTOP);
  const deliveryId = await createToQC(t, a, token, prod);

  t.begin('deliveries: session B (another login, same coordinator) opens the same delivery page');
  const { ctx: ctxB, page: b } = await t.open('deliveries-B', DESKTOP);
  await loginUI(b, EMAIL);
  await b.goto(`${BASE_URL}/deliveries/${deliveryId}`);
  await waitStatus(b, 'QC', 'B');
  await waitLive(b);
  await markNoReload(b);
  await qcToSent(t, a, b, token, deliveryId);

  t.begin(`deliveries: screenshot the delivery page at desktop size → ${DELIVERY_SHOT}`);
  await screenshot(a, DELIVERY_SHOT);

  t.begin('deliveries: the board opens from the home page and lists the delivery as sent');
  await a.goto(`${BASE_URL}/`);
  await a.getByTestId('link-deliveries').click();
  await a.waitForURL(/\/deliveries$/, { timeout: 10_000 });
  await waitAttr(a, `[data-testid="delivery-row"][data-delivery-id="${deliveryId}"]`, 'data-status', { is: 'SENT' }, 'the board does not list the delivery as sent');
  t.log(`board: ${await a.getByTestId('delivery-row').count()} deliveries in ${await a.getByTestId('delivery-group').count()} group(s)`);
  await ctxA.close();
  await ctxB.close();

  t.begin('deliveries: on a phone, the board is a compact list that fits the screen');
  const { ctx, page: phone } = await t.open('deliveries-phone', PHONE);
  await loginUI(phone, EMAIL);
  await phone.goto(`${BASE_URL}/deliveries`);
  await phone.locator(`[data-testid="delivery-row"][data-delivery-id="${deliveryId}"]`).waitFor({ timeout: 10_000 });
  if (await phone.locator('table').count()) throw new Error('the phone board shows a table');
  if (!(await phone.locator('[data-testid="delivery-group"][data-group="late"], [data-testid="delivery-group"][data-group="atRisk"]').count())) {
    throw new Error('no late or at-risk group (the demo has both)');
  }
  await assertFitsWidth(phone, 'the deliveries board');
  t.log(`phone board screenshot → ${await screenshot(phone, DELIVERIES_PHONE_SHOT, { fullPage: false })}`);
  await ctx.close();
}

export default defineSpec({
  name: 'deliveries',
  title: 'a delivery through QC to SENT in two sessions, the board on a desktop and a phone',
  async run(t) {
    await deliveriesScenario(t);
  },
});
