// Browser test against a running server: `BASE_URL=http://127.0.0.1:18080 npm run e2e`.
// The server must run with demo data (`postprod serve --demo`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:18080').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EMAIL = 'coordinator@demo.test';
const PASSWORD = 'postprod-demo';
// The README's screenshot is refreshed on demand (`make screenshot`), so a
// test run never dirties the tree.
const SCREENSHOT = process.env.SCREENSHOT
  ? resolve(process.cwd(), process.env.SCREENSHOT)
  : resolve(process.env.TMPDIR ?? '/tmp', 'postprod-e2e-home.png');
const FAILURE_SHOT = resolve(process.env.TMPDIR ?? '/tmp', 'postprod-e2e-failure.png');
// The Gantt's desktop screenshot goes to SCREENSHOT_DIR when set (e.g. docs/), else to the temp dir.
const GANTT_SHOT = resolve(
  process.env.SCREENSHOT_DIR ? resolve(process.cwd(), process.env.SCREENSHOT_DIR) : (process.env.TMPDIR ?? '/tmp'),
  process.env.SCREENSHOT_DIR ? 'screenshot-gantt.png' : 'postprod-e2e-gantt.png',
);
const TECH_EMAIL = 'tech@demo.test';
// The demo production with a chain of twelve dependent tasks, ten working days ahead of its deadline.
const CHAIN_PRODUCTION = 'Les Heures claires';
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' };

let step = 'start';
const log = (msg) => console.log(`e2e: ${msg}`);
function begin(name) {
  step = name;
  log(name);
}

async function gql(query, variables, token) {
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': 'fr' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${BASE_URL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status} from /graphql, not JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function apiLogin(email) {
  const { login } = await gql(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: email, p: PASSWORD },
  );
  return login.accessToken;
}

/** The number of conflicts involving a production, as the API reports it now. */
async function conflictCount(productionId, token) {
  const { conflicts } = await gql('{ conflicts { kind productions { id } } }', {}, token);
  return conflicts.filter((c) => c.productions.some((p) => p.id === productionId)).length;
}

/** Today on a Paris wall clock, YYYY-MM-DD. */
function todayParis() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function addDays(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// Pages to photograph if a step fails, and what their consoles said.
const watched = [];
function watch(page, name) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  watched.push({ page, name, errors });
  return page;
}

async function loginUI(page, email) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('production-item').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Waits until the element's attribute equals (`is`) or differs from (`not`) a value. */
async function waitAttr(page, selector, attr, { is, not }, what, timeout = 10_000) {
  try {
    await page.waitForFunction(
      ([sel, name, want, unwanted]) => {
        const v = document.querySelector(sel)?.getAttribute(name);
        return v != null && (want != null ? v === want : v !== unwanted);
      },
      [selector, attr, is ?? null, not ?? null],
      { timeout },
    );
  } catch {
    const now = await page.locator(selector).first().getAttribute(attr).catch(() => null);
    throw new Error(`${what}: ${selector} has ${attr}="${now}"`);
  }
}

/**
 * Desktop: two sessions of the coordinator on the planning of a production with a chain of
 * dependent tasks; one shifts the first task with cascade, the other sees the conflict count
 * change without reloading.
 */
async function planningScenario(browser) {
  begin(`planning: find "${CHAIN_PRODUCTION}" and its task chain through the API`);
  const token = await apiLogin(EMAIL);
  const { productions } = await gql(
    'query ($s: String) { productions(first: 5, filter: { search: $s }) { edges { node { id title } } } }',
    { s: CHAIN_PRODUCTION },
    token,
  );
  const prod = productions.edges.map((e) => e.node).find((p) => p.title === CHAIN_PRODUCTION);
  if (!prod) throw new Error(`no production "${CHAIN_PRODUCTION}" in the demo`);
  const tasksQuery = 'query ($id: ID!) { production(id: $id) { tasks { id title startDate endDate dependsOn { task { id } } } } }';
  const readTasks = async () => (await gql(tasksQuery, { id: prod.id }, token)).production.tasks;
  const tasks = await readTasks();
  const dependents = new Map();
  for (const t of tasks) for (const d of t.dependsOn) dependents.set(d.task.id, [...(dependents.get(d.task.id) ?? []), t.id]);
  const first = tasks.filter((t) => dependents.has(t.id)).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  if (!first) throw new Error(`"${CHAIN_PRODUCTION}" has no task with dependents`);
  const dependentId = dependents.get(first.id)[0];
  const dependent = tasks.find((t) => t.id === dependentId);
  log(`${tasks.length} tasks; first with dependents: "${first.title}" ${first.startDate}; dependent "${dependent.title}" ${dependent.startDate}`);
  const before = await conflictCount(prod.id, token);
  log(`conflicts involving the production before: ${before}`);

  begin('planning: session A (desktop) opens the production, then its planning tab');
  const ctxA = await browser.newContext(DESKTOP);
  const a = watch(await ctxA.newPage(), 'A');
  await loginUI(a, EMAIL);
  await a.getByTestId('production-item').filter({ hasText: CHAIN_PRODUCTION }).locator('a').click();
  await a.waitForURL(new RegExp(`/productions/${prod.id}$`), { timeout: 10_000 });
  await a.getByTestId('tab-planning').click();
  await a.waitForURL(new RegExp(`/productions/${prod.id}/planning$`), { timeout: 10_000 });
  const barA = (id) => a.locator(`[data-testid="task-bar"][data-task-id="${id}"]`);
  await barA(first.id).waitFor({ state: 'attached', timeout: 15_000 });
  const bars = await a.getByTestId('task-bar').count();
  if (bars !== tasks.length) throw new Error(`${bars} task bars for ${tasks.length} tasks`);
  if ((await barA(first.id).getAttribute('data-start')) !== first.startDate) throw new Error('the first bar does not show the task’s start');
  if (!(await a.getByTestId('today-line').count()) && !(await a.getByTestId('deadline-line').count())) {
    throw new Error('neither the today line nor the deadline line is drawn');
  }
  await a.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout: 15_000 });
  await a.waitForFunction((n) => document.querySelector('[data-testid="conflict-count"]')?.textContent === String(n), before, { timeout: 10_000 });

  begin('planning: session B (another login, same coordinator) opens the same planning by its address');
  const ctxB = await browser.newContext(DESKTOP);
  const b = watch(await ctxB.newPage(), 'B');
  await loginUI(b, EMAIL);
  await b.goto(`${BASE_URL}/productions/${prod.id}/planning`);
  await b.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout: 15_000 });
  await b.waitForFunction((n) => document.querySelector('[data-testid="conflict-count"]')?.textContent === String(n), before, { timeout: 10_000 });
  await b.evaluate(() => {
    window.__e2eNoReload = true;
  });

  begin('planning: in A, select the first task with dependents; cascade is on by default');
  await barA(first.id).click();
  await a.locator(`[data-testid="shift-panel"][data-task-id="${first.id}"]`).waitFor({ timeout: 5_000 });
  if (!(await a.getByTestId('shift-cascade').isChecked())) throw new Error('the cascade box is not checked by default');

  begin('planning: in A, "+1 j" moves the task and its dependent');
  await a.getByTestId('shift-plus').click();
  await waitAttr(a, `[data-testid="task-bar"][data-task-id="${first.id}"]`, 'data-start', { not: first.startDate }, 'the task did not move');
  await waitAttr(
    a,
    `[data-testid="task-bar"][data-task-id="${dependent.id}"]`,
    'data-start',
    { not: dependent.startDate },
    'the dependent task did not move',
  );
  let moved = await readTasks();
  const shown = {
    first: await barA(first.id).getAttribute('data-start'),
    dependent: await barA(dependent.id).getAttribute('data-start'),
  };
  const api = { first: moved.find((t) => t.id === first.id).startDate, dependent: moved.find((t) => t.id === dependent.id).startDate };
  if (shown.first !== api.first || shown.dependent !== api.dependent) {
    throw new Error(`the bars show ${JSON.stringify(shown)}, the API ${JSON.stringify(api)}`);
  }
  log(`"${first.title}" now starts ${api.first}, "${dependent.title}" ${api.dependent}`);

  // +1 may or may not change the conflicts (it depends on the other productions' bookings).
  // Keep shifting until it does: the chain's last task ends eleven working days before the
  // deadline (QC on 11/02/2027, delivery on 26/02/2027), so +12 in all always makes a
  // DEADLINE conflict (in the demo as seeded, +5 already makes a double booking).
  let after = await conflictCount(prod.id, token);
  let shifts = 1;
  while (after === before && shifts < 12) {
    const start = await barA(first.id).getAttribute('data-start');
    await a.getByTestId('shift-plus').click();
    await waitAttr(a, `[data-testid="task-bar"][data-task-id="${first.id}"]`, 'data-start', { not: start }, `shift #${shifts + 1} did nothing`);
    shifts++;
    after = await conflictCount(prod.id, token);
  }
  if (after === before) throw new Error(`the conflict count stayed at ${before} after shifting by ${shifts} working days`);
  log(`after +${shifts} working day(s) the API reports ${after} conflict(s) for the production`);
  await a.waitForFunction((n) => document.querySelector('[data-testid="conflict-count"]')?.textContent === String(n), after, { timeout: 10_000 });

  begin('planning: B shows the new conflict count and the moved bars without reloading');
  try {
    await b.waitForFunction((n) => document.querySelector('[data-testid="conflict-count"]')?.textContent === String(n), after, { timeout: 15_000 });
  } catch {
    throw new Error(`B's conflict count says "${await b.getByTestId('conflict-count').textContent()}", expected ${after}`);
  }
  moved = await readTasks();
  const expectedStart = moved.find((t) => t.id === first.id).startDate;
  await waitAttr(b, `[data-testid="task-bar"][data-task-id="${first.id}"]`, 'data-start', { is: expectedStart }, 'B does not show the moved task');
  if (!(await b.evaluate(() => window.__e2eNoReload === true))) throw new Error('B was reloaded');

  begin(`planning: screenshot the Gantt at desktop size → ${GANTT_SHOT}`);
  mkdirSync(dirname(GANTT_SHOT), { recursive: true });
  await a.screenshot({ path: GANTT_SHOT, fullPage: true });

  begin('planning: the resource board opens from the home page');
  await a.goto(`${BASE_URL}/`);
  await a.getByTestId('link-board').click();
  await a.waitForURL(/\/planning$/, { timeout: 10_000 });
  await a.getByTestId('board-row').first().waitFor({ timeout: 10_000 });
  log(`resource board: ${await a.getByTestId('board-row').count()} rows, ${await a.getByTestId('booking-chip').count()} booking(s) this week`);

  await ctxA.close();
  await ctxB.close();
}

/** Phone: the technician sees their coming bookings on "my schedule". */
async function technicianScenario(browser) {
  begin('my schedule: make sure the technician has a booking in the coming two weeks');
  const techToken = await apiLogin(TECH_EMAIL);
  const from = todayParis();
  const to = addDays(from, 14);
  const mine = await gql(
    'query ($f: Date!, $t: Date!) { me { technician { id name } } bookings(first: 200, filter: { from: $f, to: $t }) { totalCount } workingDays(from: $f, to: $t) }',
    { f: from, t: to },
    techToken,
  );
  if (!mine.me.technician) throw new Error(`${TECH_EMAIL} has no technician record`);
  // The demo plan is fixed in the calendar while today moves: add one when none falls in the window.
  if (mine.bookings.totalCount === 0) {
    const token = await apiLogin(EMAIL);
    const { productions } = await gql('{ productions(first: 50) { edges { node { id tasks { id } } } } }', {}, token);
    const task = productions.edges.flatMap((e) => e.node.tasks)[0];
    const day = mine.workingDays[0];
    await gql(
      'mutation ($input: BookingInput!) { createBooking(input: $input) { id } }',
      { input: { taskId: task.id, technicianId: mine.me.technician.id, startDate: day, endDate: day, status: 'PENCILLED', note: 'e2e' } },
      token,
    );
    log(`no booking between ${from} and ${to}: pencilled one on ${day}`);
  } else {
    log(`${mine.bookings.totalCount} booking(s) between ${from} and ${to}`);
  }

  begin(`my schedule: ${TECH_EMAIL} logs in on a phone and opens "my schedule" from the home page`);
  const ctx = await browser.newContext(PHONE);
  const page = watch(await ctx.newPage(), 'technician');
  await loginUI(page, TECH_EMAIL);
  await page.getByTestId('link-my-schedule').click();
  await page.waitForURL(/\/my-schedule$/, { timeout: 10_000 });
  const items = page.getByTestId('schedule-item');
  try {
    await items.first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error('no booking on "my schedule"');
  }
  log(`${await items.count()} booking(s) over ${await page.getByTestId('schedule-day').count()} day(s)`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) throw new Error(`"my schedule" is ${overflow}px wider than the phone`);
  await ctx.close();
}

// The delivery scenario: a 25 fps demo production, a spec copied from the French broadcaster's template.
const DELIVERY_PRODUCTION = 'Le Goût du sel';
const DELIVERY_TEMPLATE = 'fr-broadcaster-hd-pad';
const SHOT_DIR = process.env.SCREENSHOT_DIR ? resolve(process.cwd(), process.env.SCREENSHOT_DIR) : (process.env.TMPDIR ?? '/tmp');
const DELIVERY_SHOT = resolve(SHOT_DIR, process.env.SCREENSHOT_DIR ? 'screenshot-delivery.png' : 'postprod-e2e-delivery.png');
const DELIVERIES_PHONE_SHOT = resolve(SHOT_DIR, process.env.SCREENSHOT_DIR ? 'screenshot-deliveries-phone.png' : 'postprod-e2e-deliveries-phone.png');

/** Waits until the delivery page shows `status` (the raw enum in data-status). */
async function waitStatus(page, status, who, timeout = 10_000) {
  await waitAttr(page, '[data-testid="delivery-status"]', 'data-status', { is: status }, `${who} does not show ${status}`, timeout);
}

async function waitCount(page, selector, n, what, timeout = 10_000) {
  try {
    await page.waitForFunction(([sel, want]) => document.querySelectorAll(sel).length === want, [selector, n], { timeout });
  } catch {
    throw new Error(`${what}: ${await page.locator(selector).count()} × ${selector}, expected ${n}`);
  }
}

/**
 * Desktop: session A creates a delivery through the production page (a spec copied from a
 * template, its compatibility shown first), takes it to QC, records a blocking finding, is
 * refused READY, fixes the finding, goes READY then SENT; session B, on the same delivery
 * page, sees each step without reloading.
 */
async function deliveriesScenario(browser) {
  begin(`deliveries: find "${DELIVERY_PRODUCTION}" (25 fps) through the API`);
  const token = await apiLogin(EMAIL);
  const { productions } = await gql(
    '{ productions(first: 100) { edges { node { id title spec { technicalProfile { frameRate } } } } } }',
    {},
    token,
  );
  const at25 = productions.edges.map((e) => e.node).filter((p) => p.spec.technicalProfile.frameRate === '25');
  const prod = at25.find((p) => p.title === DELIVERY_PRODUCTION) ?? at25[0];
  if (!prod) throw new Error('no 25 fps production in the demo');
  log(`production "${prod.title}" (${prod.id})`);

  begin('deliveries: session A opens the production page and the "new delivery" form');
  const ctxA = await browser.newContext(DESKTOP);
  const a = watch(await ctxA.newPage(), 'deliveries-A');
  await loginUI(a, EMAIL);
  await a.goto(`${BASE_URL}/productions/${prod.id}`);
  await a.getByTestId('production-deliveries').waitFor({ timeout: 10_000 });
  await a.getByTestId('new-delivery').click();

  begin(`deliveries: in A, copy the template "${DELIVERY_TEMPLATE}" and see the compatibility report before creating`);
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
  log(`compatibility: ok=${await report.getAttribute('data-ok')}, ${await report.getAttribute('data-blocking')} blocking, ${await report.getByTestId('compat-issue').count()} issue(s)`);
  const due = addDays(todayParis(), 5);
  await a.getByTestId('new-delivery-due').fill(due);

  begin('deliveries: in A, create the delivery; the app opens its page');
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
  log(`delivery ${deliveryId}: ${delivery.items.length} item(s), due ${due}`);

  begin('deliveries: in A, move it IN_PROGRESS then QC with the status buttons');
  await a.getByTestId('to-IN_PROGRESS').click();
  await waitStatus(a, 'IN_PROGRESS', 'A');
  await a.getByTestId('to-QC').click();
  await waitStatus(a, 'QC', 'A');
  const label = (await a.getByTestId('delivery-status').textContent())?.trim();
  if (label !== 'En contrôle qualité') throw new Error(`the status reads "${label}"`);
  await a.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout: 15_000 });

  begin('deliveries: session B (another login, same coordinator) opens the same delivery page');
  const ctxB = await browser.newContext(DESKTOP);
  const b = watch(await ctxB.newPage(), 'deliveries-B');
  await loginUI(b, EMAIL);
  await b.goto(`${BASE_URL}/deliveries/${deliveryId}`);
  await waitStatus(b, 'QC', 'B');
  await b.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout: 15_000 });
  await b.evaluate(() => {
    window.__e2eNoReload = true;
  });
  const finding = '[data-testid="qc-finding"]';
  await waitCount(b, finding, 0, 'B before any finding');

  begin('deliveries: in A, a timecode with 25 frames at 25 fps is refused on its field');
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
  log(`field error: "${(await tcError.textContent())?.trim()}"`);
  if ((await a.getByTestId('qc-tc-in').getAttribute('aria-invalid')) !== 'true') throw new Error('the TC in field is not marked invalid');
  await waitCount(a, finding, 0, 'A after the refused finding');

  begin('deliveries: in A, add the blocking audio finding 00:10:00:00 → 00:10:02:12; B sees it live');
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

  begin('deliveries: in A, READY is refused while the finding is open; the status stays QC');
  await a.getByTestId('to-READY').click();
  const refusal = a.getByTestId('transition-error');
  await refusal.waitFor({ state: 'visible', timeout: 10_000 });
  const refusalText = (await refusal.textContent()) ?? '';
  if (!/bloquant/i.test(refusalText)) throw new Error(`the refusal does not mention the blocking finding: "${refusalText}"`);
  log(`refused: "${refusalText.trim()}"`);
  await waitStatus(a, 'QC', 'A');
  if ((await gql('query ($id: ID!) { delivery(id: $id) { status } }', { id: deliveryId }, token)).delivery.status !== 'QC') {
    throw new Error('the API does not say QC any more');
  }

  begin('deliveries: in A, mark the finding fixed, then READY; B sees READY live');
  await a.getByTestId('finding-fix').click();
  await waitAttr(a, finding, 'data-fixed', { is: 'true' }, 'A does not show the finding fixed');
  await waitAttr(b, finding, 'data-fixed', { is: 'true' }, 'B does not show the finding fixed', 15_000);
  await a.getByTestId('to-READY').click();
  await waitStatus(a, 'READY', 'A');
  if (await refusal.count()) throw new Error('the old refusal is still shown');
  await waitStatus(b, 'READY', 'B', 15_000);

  begin('deliveries: in A, SENT with method "Aspera" and a reference; B sees SENT live');
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
  if (!(await b.evaluate(() => window.__e2eNoReload === true))) throw new Error('B was reloaded');
  const api = (await gql('query ($id: ID!) { delivery(id: $id) { status sentMethod sentReference history { to method } } }', { id: deliveryId }, token)).delivery;
  if (api.status !== 'SENT' || api.sentMethod !== 'Aspera' || api.sentReference !== reference) throw new Error(`the API has ${JSON.stringify(api)}`);

  begin(`deliveries: screenshot the delivery page at desktop size → ${DELIVERY_SHOT}`);
  mkdirSync(dirname(DELIVERY_SHOT), { recursive: true });
  await a.screenshot({ path: DELIVERY_SHOT, fullPage: true });

  begin('deliveries: the board opens from the home page and lists the delivery as sent');
  await a.goto(`${BASE_URL}/`);
  await a.getByTestId('link-deliveries').click();
  await a.waitForURL(/\/deliveries$/, { timeout: 10_000 });
  await waitAttr(a, `[data-testid="delivery-row"][data-delivery-id="${deliveryId}"]`, 'data-status', { is: 'SENT' }, 'the board does not list the delivery as sent');
  log(`board: ${await a.getByTestId('delivery-row').count()} deliveries in ${await a.getByTestId('delivery-group').count()} group(s)`);
  await ctxA.close();
  await ctxB.close();

  begin('deliveries: on a phone, the board is a compact list that fits the screen');
  const ctx = await browser.newContext(PHONE);
  const phone = watch(await ctx.newPage(), 'deliveries-phone');
  await loginUI(phone, EMAIL);
  await phone.goto(`${BASE_URL}/deliveries`);
  await phone.locator(`[data-testid="delivery-row"][data-delivery-id="${deliveryId}"]`).waitFor({ timeout: 10_000 });
  if (await phone.locator('table').count()) throw new Error('the phone board shows a table');
  if (!(await phone.locator('[data-testid="delivery-group"][data-group="late"], [data-testid="delivery-group"][data-group="atRisk"]').count())) {
    throw new Error('no late or at-risk group (the demo has both)');
  }
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) throw new Error(`the deliveries board is ${overflow}px wider than the phone`);
  await phone.screenshot({ path: DELIVERIES_PHONE_SHOT, fullPage: false });
  log(`phone board screenshot → ${DELIVERIES_PHONE_SHOT}`);
  await ctx.close();
}

// Screenshots of the offline slip scenario, in the temp dir.
const SLIP_SHOT = resolve(process.env.TMPDIR ?? '/tmp', 'postprod-e2e-slip-offline.png');
const DASHBOARD_SHOT = resolve(process.env.TMPDIR ?? '/tmp', 'postprod-e2e-dashboard.png');

/** YYYY-MM-DD is a Sunday. */
function isSunday(date) {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
}

/**
 * Phone, then live on the coordinator's dashboard: a technician fills a slip with the network
 * off; it waits on the phone, goes out once when the network comes back (with the clientId it
 * was given in the form), and appears on the dashboard opened beforehand, without a reload.
 */
async function offlineSlipScenario(browser) {
  begin('slips: a production of the technician and a Sunday without any slip of theirs');
  const techToken = await apiLogin(TECH_EMAIL);
  const coordToken = await apiLogin(EMAIL);
  const mine = await gql('{ me { technician { name } } productions(first: 50) { edges { node { id title status } } } }', {}, techToken);
  const prod = mine.productions.edges.map((e) => e.node).find((p) => p.status !== 'CLOSED');
  if (!prod) throw new Error(`${TECH_EMAIL} has no open production`);
  const techName = mine.me.technician.name;
  // A Sunday two weeks ago or earlier: the demo only fills working days, and the server refuses overlaps.
  let day = addDays(todayParis(), -14);
  while (!isSunday(day)) day = addDays(day, -1);
  const slipsOn = async (date, token) =>
    (await gql('query ($d: Date!) { slips(first: 100, filter: { from: $d, to: $d }) { edges { node { id clientId notes status technician { name } } } } }', { d: date }, token)).slips.edges.map(
      (e) => e.node,
    );
  for (let i = 0; (await slipsOn(day, techToken)).length > 0; i++) {
    if (i >= 20) throw new Error('no Sunday without a slip in the last twenty weeks');
    day = addDays(day, -7);
  }
  const note = `e2e hors ligne ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  log(`"${prod.title}" on ${day} 10:00–12:00, note "${note}"`);

  begin('slips: the coordinator opens the dashboard (desktop) before the slip exists');
  const ctxC = await browser.newContext(DESKTOP);
  const c = watch(await ctxC.newPage(), 'dashboard');
  await loginUI(c, EMAIL);
  await c.getByTestId('link-dashboard').click();
  await c.waitForURL(/\/dashboard$/, { timeout: 10_000 });
  await c.getByTestId('waiting-slips').waitFor({ timeout: 10_000 });
  await c.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout: 15_000 });
  await c.evaluate(() => {
    window.__e2eNoReload = true;
  });
  if ((await c.getByTestId('waiting-slip').filter({ hasText: note }).count()) !== 0) throw new Error('the slip is on the dashboard before it was sent');

  begin(`slips: ${TECH_EMAIL} (phone) opens "Ma journée", then "Nouveau bon"`);
  const ctxT = await browser.newContext(PHONE);
  const p = watch(await ctxT.newPage(), 'technician-slip');
  await loginUI(p, TECH_EMAIL);
  await p.getByTestId('link-my-day').click();
  await p.waitForURL(/\/my-day$/, { timeout: 10_000 });
  await p.getByTestId('new-slip').click();
  await p.waitForURL(/\/slips\/new/, { timeout: 10_000 });
  await p.locator(`[data-testid="slip-production"] option[value="${prod.id}"]`).waitFor({ state: 'attached', timeout: 10_000 });

  begin('slips: fill the slip');
  await p.getByTestId('slip-production').selectOption(prod.id);
  const operation = await p.getByTestId('slip-operation').locator('option').nth(1).getAttribute('value');
  await p.getByTestId('slip-operation').selectOption(operation);
  await p.getByTestId('slip-date').fill(day);
  await p.getByTestId('slip-start').fill('10:00');
  await p.getByTestId('slip-end').fill('12:00');
  await p.getByTestId('slip-break-0').tap();
  await p.getByTestId('slip-notes').fill(note);
  const duration = (await p.getByTestId('slip-duration').textContent()) ?? '';
  if (!duration.replace(/\s/g, ' ').includes('2 h')) throw new Error(`the duration shown is "${duration}", expected 2 h`);
  const clientId = await p.getByTestId('slip-form').getAttribute('data-client-id');
  if (!/^[0-9a-f-]{36}$/.test(clientId ?? '')) throw new Error(`the form's clientId is "${clientId}"`);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) throw new Error(`the slip form is ${overflow}px wider than the phone`);

  begin('slips: the phone goes offline, then the slip is sent');
  await ctxT.setOffline(true);
  await p.getByTestId('slip-offline').waitFor({ timeout: 5_000 });
  await p.getByTestId('slip-submit').tap();
  const pending = p.getByTestId('slip-pending').filter({ hasText: note });
  await pending.waitFor({ timeout: 10_000 });
  const mark = (await pending.textContent()) ?? '';
  if (!mark.includes('En attente de réseau')) throw new Error(`the waiting slip says "${mark}"`);
  if ((await pending.getAttribute('data-client-id')) !== clientId) throw new Error('the waiting slip lost its clientId');
  const noted = async () => (await slipsOn(day, coordToken)).filter((s) => s.notes === note);
  // Let a request that should not exist have the time to arrive.
  await p.waitForTimeout(1_000);
  if ((await noted()).length !== 0) throw new Error('the server has the slip while the phone is offline');
  mkdirSync(dirname(SLIP_SHOT), { recursive: true });
  await p.screenshot({ path: SLIP_SHOT, fullPage: true });
  log(`waiting on the phone, none on the server; screenshot ${SLIP_SHOT}`);

  begin('slips: back online, the waiting slip goes out once');
  const back = Date.now();
  await ctxT.setOffline(false);
  try {
    await pending.waitFor({ state: 'detached', timeout: 40_000 });
  } catch {
    throw new Error('the slip is still waiting 40 s after the network came back');
  }
  log(`sent ${Date.now() - back} ms after the network came back`);
  const recorded = await noted();
  if (recorded.length !== 1) throw new Error(`${recorded.length} slip(s) with the note on the server, expected exactly one`);
  if (recorded[0].clientId !== clientId) throw new Error(`the server recorded clientId ${recorded[0].clientId}, the form had ${clientId}`);
  if (recorded[0].status !== 'SUBMITTED') throw new Error(`the slip is ${recorded[0].status}`);
  await p.getByTestId('my-slip').filter({ hasText: note }).waitFor({ timeout: 10_000 });

  begin('slips: the dashboard shows it in the waiting list, live');
  const row = c.getByTestId('waiting-slip').filter({ hasText: note });
  try {
    await row.waitFor({ timeout: 10_000 });
  } catch {
    throw new Error('the slip did not appear on the dashboard');
  }
  log(`on the dashboard ${Date.now() - back} ms after the network came back`);
  const text = (await row.textContent()) ?? '';
  if (!text.includes(techName)) throw new Error(`the waiting slip does not name ${techName}: "${text}"`);
  if (!(await c.evaluate(() => window.__e2eNoReload === true))) throw new Error('the dashboard was reloaded');
  await c.screenshot({ path: DASHBOARD_SHOT, fullPage: true });
  log(`dashboard screenshot ${DASHBOARD_SHOT}`);

  await ctxT.close();
  await ctxC.close();
}

// The rights-holder portal and the catalogue.
const HOLDER_EMAIL = 'holder@demo.test';
const PORTAL_SHOT = resolve(SHOT_DIR, process.env.SCREENSHOT_DIR ? 'screenshot-portal-phone.png' : 'postprod-e2e-portal-phone.png');
// The demo's revenue of the second half of 2025 waits for a run.
const NEW_RUN = { start: '2025-07-01', end: '2025-12-31' };
const SHARES_WORK = 'Marée basse';

/** Spaces as a PDF or a page writes them (no-break, narrow no-break, thin…) read as one plain space. */
function normaliseSpaces(s) {
  return s.replace(/[\s\u00a0\u202f\u2009\u2007]+/g, ' ').trim();
}

/** The text of a PDF, by Debian's poppler-utils (`make chromium` installs it). */
function pdfText(path) {
  try {
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  } catch (err) {
    if (err.code === 'ENOENT') throw new Error('pdftotext is missing: apt-get install -y poppler-utils (or make chromium)');
    throw err;
  }
}

/**
 * Phone: the rights holder lands on their portal, sees the chart and their statements, downloads
 * the first statement's PDF (which says the amount the page says), then sees a statement issued
 * meanwhile by the coordinator announced without reloading.
 */
async function portalScenario(browser) {
  begin(`portal: ${HOLDER_EMAIL} logs in on a phone and lands on the portal`);
  const ctx = await browser.newContext({ ...PHONE, acceptDownloads: true });
  const page = watch(await ctx.newPage(), 'holder');
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-email').fill(HOLDER_EMAIL);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/portal$/, { timeout: 15_000 });

  begin('portal: the revenue chart has bars and statements are listed');
  const bars = page.locator('[data-testid="revenue-chart"] svg [data-testid="chart-bar"]');
  try {
    await bars.first().waitFor({ state: 'attached', timeout: 15_000 });
  } catch {
    throw new Error('no bar in the revenue chart');
  }
  const items = page.getByTestId('statement-item');
  await items.first().waitFor({ state: 'visible', timeout: 10_000 });
  const before = await items.count();
  log(`${await bars.count()} bar segment(s), ${before} statement(s)`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) throw new Error(`the portal is ${overflow}px wider than the phone`);
  mkdirSync(dirname(PORTAL_SHOT), { recursive: true });
  await page.screenshot({ path: PORTAL_SHOT, fullPage: false });
  log(`portal screenshot → ${PORTAL_SHOT}`);

  begin('portal: the first statement’s PDF holds the amount the page shows');
  const shown = ((await page.getByTestId('statement-amount').first().textContent()) ?? '').trim();
  if (!/\d,\d\d\s*€$/.test(normaliseSpaces(shown))) throw new Error(`the statement amount reads "${shown}"`);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByTestId('statement-pdf').first().click(),
  ]);
  const pdf = resolve(process.env.TMPDIR ?? '/tmp', `postprod-e2e-statement-${process.pid}.pdf`);
  await download.saveAs(pdf);
  try {
    if (readFileSync(pdf).subarray(0, 4).toString() !== '%PDF') throw new Error(`"${download.suggestedFilename()}" is not a PDF`);
    const text = normaliseSpaces(pdfText(pdf));
    if (!text.includes(normaliseSpaces(shown))) throw new Error(`the PDF does not contain "${normaliseSpaces(shown)}"`);
    log(`${download.suggestedFilename()} contains ${normaliseSpaces(shown)}`);
  } finally {
    rmSync(pdf, { force: true });
  }

  begin(`portal: the coordinator issues a run for ${NEW_RUN.start} → ${NEW_RUN.end}; the portal announces it live`);
  await page.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout: 15_000 });
  await page.evaluate(() => {
    window.__e2eNoReload = true;
  });
  if (await page.getByTestId('statement-notice').count()) throw new Error('a notice is shown before any new statement');
  const token = await apiLogin(EMAIL);
  const { createDistributionRun: run } = await gql(
    'mutation ($s: Date!, $e: Date!) { createDistributionRun(periodStart: $s, periodEnd: $e) { id status } }',
    { s: NEW_RUN.start, e: NEW_RUN.end },
    token,
  );
  await gql('mutation ($id: ID!) { approveDistributionRun(id: $id) { id status } }', { id: run.id }, token);
  const { issueDistributionRun: issued } = await gql(
    'mutation ($id: ID!) { issueDistributionRun(id: $id) { id status statements { amount holder { name } } } }',
    { id: run.id },
    token,
  );
  if (issued.status !== 'ISSUED') throw new Error(`the run is ${issued.status}`);
  log(`run ${run.id} issued: ${issued.statements.length} statement(s)`);
  const notice = page.getByTestId('statement-notice');
  try {
    await notice.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    throw new Error('no "new statement" notice on the portal');
  }
  const noticeText = (await notice.textContent()) ?? '';
  if (!noticeText.includes('Nouveau relevé disponible')) throw new Error(`the notice reads "${noticeText}"`);
  try {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="statement-item"]').length === n, before + 1, { timeout: 15_000 });
  } catch {
    throw new Error(`the list shows ${await items.count()} statement(s), expected ${before + 1}`);
  }
  if (!(await page.evaluate(() => window.__e2eNoReload === true))) throw new Error('the portal was reloaded');
  log(`notice: "${normaliseSpaces(noticeText)}"; ${before + 1} statements listed`);
  await ctx.close();
}

/**
 * Desktop: the coordinator's catalogue. Shares above 100 % are refused with the server's message;
 * a CSV import lists every invalid row and imports only a clean file.
 */
async function catalogueScenario(browser) {
  begin(`catalogue: the coordinator opens "${SHARES_WORK}" from the catalogue`);
  const token = await apiLogin(EMAIL);
  const { works } = await gql('query ($s: String) { works(first: 5, filter: { search: $s }) { edges { node { id title shares { id } } } } }', { s: SHARES_WORK }, token);
  const work = works.edges.map((e) => e.node).find((w) => w.title === SHARES_WORK);
  if (!work) throw new Error(`no work "${SHARES_WORK}" in the demo`);
  const ctx = await browser.newContext(DESKTOP);
  const page = watch(await ctx.newPage(), 'catalogue');
  await loginUI(page, EMAIL);
  await page.getByTestId('link-catalogue').click();
  await page.waitForURL(/\/catalogue$/, { timeout: 10_000 });
  await page.getByTestId('works-search').fill(SHARES_WORK);
  await page.waitForFunction((t) => {
    const items = [...document.querySelectorAll('[data-testid="work-item"]')];
    return items.length === 1 && items[0].textContent.includes(t);
  }, SHARES_WORK, { timeout: 10_000 });
  await page.getByTestId('work-item').locator('a').click();
  await page.waitForURL(new RegExp(`/catalogue/works/${work.id}$`), { timeout: 10_000 });
  const rows = page.getByTestId('share-row');
  await rows.first().waitFor({ timeout: 10_000 });
  if ((await rows.count()) !== work.shares.length) throw new Error(`${await rows.count()} share rows for ${work.shares.length} shares`);

  begin('catalogue: a share of 95,5 % on all media worldwide is refused with the overlapping shares named');
  await page.getByTestId('share-add').click();
  const added = rows.last();
  await added.getByTestId('share-holder').selectOption({ index: 1 });
  await added.getByTestId('share-percent').fill('95,5');
  await page.getByTestId('shares-save').click();
  const refusal = page.getByTestId('shares-error');
  try {
    await refusal.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error('no refusal shown for shares above 100 %');
  }
  const refusalText = normaliseSpaces((await refusal.textContent()) ?? '');
  if (!/100 %/.test(refusalText) || !/95,50? %/.test(refusalText)) throw new Error(`the refusal reads "${refusalText}"`);
  log(`refused: "${refusalText}"`);
  const after = (await gql('query ($id: ID!) { work(id: $id) { shares { id } } }', { id: work.id }, token)).work.shares;
  if (after.length !== work.shares.length) throw new Error('the refused shares were saved');

  begin('catalogue: a CSV with invalid rows lists every one of them, and "Importer" stays disabled');
  await page.getByTestId('catalogue-tab-import').click();
  await page.waitForURL(/\/catalogue\/import$/, { timeout: 10_000 });
  const header = 'work_ref;media;territory;period_start;period_end;amount;reference';
  const bad = [
    header,
    `${SHARES_WORK};TV;FR;01/01/2026;31/03/2026;1 234,56;E2E-1`,
    `Œuvre inconnue;TV;FR;01/01/2026;31/03/2026;10,00;E2E-2`,
    `${SHARES_WORK};RADIO;FR;01/01/2026;31/03/2026;abc;E2E-3`,
    `${SHARES_WORK};TV;FR;31/03/2026;01/01/2026;5,00;E2E-4`,
  ].join('\n');
  const { previewRevenueImport: expected } = await gql(
    'query ($s: String!, $c: String!) { previewRevenueImport(source: $s, csv: $c) { valid errors { line field } } }',
    { s: 'E2E', c: bad },
    token,
  );
  await page.getByTestId('import-source').fill('E2E');
  await page.getByTestId('import-file').setInputFiles({ name: 'releve.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-preview').waitFor({ timeout: 10_000 });
  const shownErrors = await page.getByTestId('import-error-row').count();
  if (expected.errors.length < 3 || shownErrors !== expected.errors.length) {
    throw new Error(`${shownErrors} error row(s) shown, the API reports ${expected.errors.length}`);
  }
  const lines = await page.getByTestId('import-error-row').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.line)));
  for (const l of [3, 4, 5]) if (!lines.includes(l)) throw new Error(`line ${l} is not listed (lines ${lines.join(', ')})`);
  if ((await page.getByTestId('import-valid').textContent()) !== String(expected.valid)) throw new Error('the valid count differs from the API');
  if (!(await page.getByTestId('import-submit').isDisabled())) throw new Error('"Importer" is enabled despite errors');
  log(`${shownErrors} error(s) listed on lines ${[...new Set(lines)].join(', ')}`);

  begin('catalogue: the corrected file imports');
  const good = [header, `${SHARES_WORK};TV;FR;01/01/2026;31/03/2026;1 234,56;E2E-1`].join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'releve-corrige.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByTestId('import-check').click();
  await waitAttr(page, '[data-testid="import-preview"]', 'data-errors', { is: '0' }, 'the corrected file still has errors');
  const total = normaliseSpaces((await page.getByTestId('import-total').textContent()) ?? '');
  if (total !== '1 234,56 €') throw new Error(`the total reads "${total}"`);
  await page.getByTestId('import-submit').click();
  const done = page.getByTestId('import-message');
  await done.waitFor({ timeout: 10_000 });
  if (!/^1 ligne\(s\) importée\(s\)/.test((await done.textContent()) ?? '')) throw new Error(`after the import: "${await done.textContent()}"`);
  log(`imported: "${await done.textContent()}"`);
  await ctx.close();
}

/** Whether a session [start, end) overlaps another ("HH:MM", the end possibly past midnight). */
function overlaps(a, b) {
  const min = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const span = (s) => {
    const start = min(s.start);
    let end = min(s.end);
    if (end <= start) end += 24 * 60;
    return [start, end];
  };
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 < b1 && b0 < a1;
}

/**
 * Phone: the installed app starts without a network. Once the service worker controls the page,
 * a full navigation to /my-day with the network off gets the app from the worker's precache
 * instead of Chromium's offline error page, with what was kept of the day and the slip form's
 * lists: a slip filed there waits on the phone and goes out once when the network is back.
 */
async function offlineStartScenario(browser) {
  begin('offline start: a Sunday where a 13:00–14:00 slip of the technician overlaps none of theirs');
  const techToken = await apiLogin(TECH_EMAIL);
  const coordToken = await apiLogin(EMAIL);
  const slot = { start: '13:00', end: '14:00' };
  const slipsOn = async (date, token) =>
    (await gql('query ($d: Date!) { slips(first: 100, filter: { from: $d, to: $d }) { edges { node { id clientId notes status start end } } } }', { d: date }, token)).slips.edges.map(
      (e) => e.node,
    );
  // As offlineSlipScenario: a Sunday two weeks ago or earlier (the demo fills working days only).
  let day = addDays(todayParis(), -14);
  while (!isSunday(day)) day = addDays(day, -1);
  // A session of the day before may run past midnight into this one: check it as well.
  const busy = async (d) => {
    const before = (await slipsOn(addDays(d, -1), techToken)).filter((x) => x.end <= x.start).map((x) => ({ start: '00:00', end: x.end }));
    return [...(await slipsOn(d, techToken)), ...before].some((x) => overlaps(x, slot));
  };
  for (let i = 0; await busy(day); i++) {
    if (i >= 20) throw new Error('no Sunday with a free 13:00–14:00 in the last twenty weeks');
    day = addDays(day, -7);
  }
  const note = `e2e démarrage hors ligne ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  log(`the slip will be on ${day} ${slot.start}–${slot.end}, note "${note}"`);

  begin(`offline start: ${TECH_EMAIL} (phone) opens "Ma journée" online, the service worker takes control`);
  const ctx = await browser.newContext(PHONE);
  const page = watch(await ctx.newPage(), 'offline-start');
  await loginUI(page, TECH_EMAIL);
  await page.goto(`${BASE_URL}/my-day`);
  await page.getByTestId('new-slip').waitFor({ timeout: 10_000 });
  // "Ma journée" keeps the day and the slip form's lists on the phone once they have loaded.
  try {
    await page.waitForFunction(
      () =>
        Object.keys(localStorage).some((k) => {
          if (!k.startsWith('postprod.offline.')) return false;
          const kept = JSON.parse(localStorage.getItem(k) ?? '{}');
          return kept.day != null && kept.productions?.length > 0 && kept.operations?.length > 0;
        }),
      null,
      { timeout: 10_000 },
    );
  } catch {
    throw new Error('"Ma journée" did not keep the day and the slip form’s lists on the phone');
  }
  const controlled = (timeout) =>
    page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout }).then(
      () => true,
      () => false,
    );
  if (!(await controlled(5_000))) {
    log('no controller yet: reload once');
    await page.reload();
    if (!(await controlled(5_000))) throw new Error('no service worker controls the page');
  }

  begin('offline start: the network goes away, a full navigation to /my-day still opens the app');
  await ctx.setOffline(true);
  try {
    let res;
    try {
      res = await page.goto(`${BASE_URL}/my-day`, { timeout: 10_000 });
    } catch (err) {
      throw new Error(`offline, /my-day did not open: ${err.message.split('\n')[0]}`);
    }
    if (!res?.fromServiceWorker()) throw new Error('offline, /my-day was not answered by the service worker');
    await page.getByTestId('my-day').waitFor({ state: 'visible', timeout: 5_000 });
    const title = await page.title();
    if (title !== 'postprod') throw new Error(`offline, the page title is "${title}"`);
    if (await page.evaluate(() => navigator.onLine)) throw new Error('the page believes it is online');
    log(`offline: "Ma journée" rendered from the precache (${res.status()})`);

    begin('offline start: "Ma journée" says it is offline, with the time of the data it kept, and offers "Nouveau bon"');
    const notice = page.getByTestId('my-day-offline');
    await notice.waitFor({ timeout: 10_000 });
    const said = normaliseSpaces((await notice.textContent()) ?? '');
    if (!/^Hors ligne — données du \d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}$/.test(said)) throw new Error(`offline, "Ma journée" says "${said}"`);
    const text = (await page.getByTestId('my-day').textContent()) ?? '';
    if (text.includes('Failed to fetch')) throw new Error('offline, "Ma journée" shows the raw network error');
    log(`"${said}"; ${await page.getByTestId('day-booking').count()} booking(s) kept for today`);

    begin('offline start: "Nouveau bon" opens the form with the kept lists; a slip is filled and sent');
    await page.getByTestId('new-slip').tap();
    await page.waitForURL(/\/slips\/new/, { timeout: 10_000 });
    await page.getByTestId('slip-offline-data').waitFor({ timeout: 10_000 });
    await page.getByTestId('slip-offline').waitFor({ timeout: 5_000 });
    const production = page.getByTestId('slip-production');
    await production.locator('option').nth(1).waitFor({ state: 'attached', timeout: 5_000 });
    const prodId = await production.locator('option').nth(1).getAttribute('value');
    await production.selectOption(prodId);
    const operation = page.getByTestId('slip-operation');
    const opId = await operation.locator('option').nth(1).getAttribute('value');
    if (!prodId || !opId) throw new Error(`offline, the form lists production "${prodId}" and operation "${opId}"`);
    await operation.selectOption(opId);
    await page.getByTestId('slip-date').fill(day);
    await page.getByTestId('slip-start').fill(slot.start);
    await page.getByTestId('slip-end').fill(slot.end);
    await page.getByTestId('slip-break-0').tap();
    await page.getByTestId('slip-notes').fill(note);
    const clientId = await page.getByTestId('slip-form').getAttribute('data-client-id');
    await page.getByTestId('slip-submit').tap();
    const pending = page.getByTestId('slip-pending').filter({ hasText: note });
    await pending.waitFor({ timeout: 10_000 });
    const mark = (await pending.textContent()) ?? '';
    if (!mark.includes('En attente de réseau')) throw new Error(`the waiting slip says "${mark}"`);
    await page.waitForTimeout(1_000);
    if ((await slipsOn(day, coordToken)).some((x) => x.notes === note)) throw new Error('the server has the slip while the phone is offline');
    log(`waiting on the phone (production ${prodId}, operation ${opId}), none on the server`);

    begin('offline start: back online, the waiting slip goes out once');
    const back = Date.now();
    await ctx.setOffline(false);
    try {
      await pending.waitFor({ state: 'detached', timeout: 40_000 });
    } catch {
      throw new Error('the slip is still waiting 40 s after the network came back');
    }
    log(`sent ${Date.now() - back} ms after the network came back`);
    const recorded = (await slipsOn(day, coordToken)).filter((x) => x.notes === note);
    if (recorded.length !== 1) throw new Error(`${recorded.length} slip(s) with the note on the server, expected exactly one`);
    if (recorded[0].clientId !== clientId) throw new Error(`the server recorded clientId ${recorded[0].clientId}, the form had ${clientId}`);
    if (recorded[0].start !== slot.start || recorded[0].end !== slot.end) throw new Error(`the server recorded ${recorded[0].start}–${recorded[0].end}`);
  } finally {
    await ctx.setOffline(false);
  }

  begin('offline start: back online, "Ma journée" comes from the server with its data');
  await page.goto(`${BASE_URL}/my-day`);
  await page.getByTestId('new-slip').waitFor({ timeout: 10_000 });
  await ctx.close();
}

const ADMIN_EMAIL = 'admin@demo.test';
const INVITEE = { email: 'nouvelle.coordinatrice@example.fr', name: 'Inès Garnier', password: 'une-longue-phrase-2025' };
const TEAM_SHOT = resolve(process.env.TMPDIR ?? '/tmp', 'postprod-e2e-team.png');
const INVITATION_SHOT = resolve(process.env.TMPDIR ?? '/tmp', 'postprod-e2e-invitation.png');

/** `{ me { role } }` sent with a bearer token: the role, or the error code when refused. */
async function roleWithToken(token) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { role } }' }),
  });
  const body = await res.json().catch(() => ({}));
  return body.data?.me?.role ?? body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
}

/**
 * Desktop: the admin invites a coordinator through the team page and reads the link; a
 * signed-out browser opens it, names the person, sets a password and lands home signed in;
 * the admin's list then has one more member. Then an API token is created, works, is revoked
 * and stops working.
 */
async function teamScenario(browser) {
  begin(`team: ${ADMIN_EMAIL} opens /admin/users and sees the 6 members`);
  const ctxA = await browser.newContext(DESKTOP);
  const admin = watch(await ctxA.newPage(), 'team-admin');
  await loginUI(admin, ADMIN_EMAIL);
  await admin.getByTestId('link-team').click();
  await admin.waitForURL(/\/admin\/users$/, { timeout: 10_000 });
  await waitCount(admin, '[data-testid="member-row"]', 6, 'members before the invitation');

  begin(`team: invite ${INVITEE.email} as COORDINATOR through the form`);
  await admin.getByTestId('invite-open').click();
  await admin.getByTestId('invite-email').fill(INVITEE.email);
  await admin.getByTestId('invite-role').selectOption('COORDINATOR');
  await admin.getByTestId('invite-submit').click();
  const linkInput = admin.getByTestId('invitation-link');
  await linkInput.waitFor({ timeout: 10_000 });
  const link = await linkInput.inputValue();
  if (!link.startsWith(`${BASE_URL}/invitation/`)) throw new Error(`the invitation link reads "${link}"`);
  const expiry = (await admin.getByTestId('invitation-expiry').textContent()) ?? '';
  if (!/7 jours/.test(expiry) || !/\d{2}\/\d{2}\/\d{4}/.test(expiry)) throw new Error(`the expiry reads "${expiry}"`);
  log(`invitation link shown (${link.length} characters)`);

  begin('team: a signed-out browser accepts the invitation and lands home signed in');
  const ctxB = await browser.newContext(DESKTOP);
  const invitee = watch(await ctxB.newPage(), 'team-invitee');
  await invitee.goto(link);
  await invitee.getByTestId('invitation-form').waitFor({ timeout: 10_000 });
  if (!/\/invitation\//.test(invitee.url())) throw new Error(`the signed-out visitor was sent to ${invitee.url()}`);
  await invitee.getByTestId('invitation-name').fill(INVITEE.name);
  await invitee.getByTestId('invitation-password').fill(INVITEE.password);
  await invitee.screenshot({ path: INVITATION_SHOT, fullPage: true });
  await invitee.getByTestId('invitation-submit').click();
  await invitee.waitForURL(`${BASE_URL}/`, { timeout: 10_000 });
  try {
    await invitee.waitForFunction((name) => document.querySelector('.who strong')?.textContent === name, INVITEE.name, { timeout: 10_000 });
  } catch {
    throw new Error(`the home page does not show "${INVITEE.name}"`);
  }
  log(`home shows "${INVITEE.name}"`);
  begin('team: the link works only once');
  const again = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'fr' },
    body: JSON.stringify({
      query: 'mutation ($t: String!) { acceptInvitation(token: $t, name: "X", password: "encore-une-fois") { accessToken } }',
      variables: { t: decodeURIComponent(new URL(link).pathname.split('/').pop()) },
    }),
  }).then((r) => r.json());
  if (again.errors?.[0]?.message !== 'Invitation invalide ou expirée.') throw new Error(`a second use answers ${JSON.stringify(again)}`);
  await ctxB.close();

  begin('team: after a reload, the admin sees 7 members, the new one as « Coordination »');
  await admin.reload();
  await waitCount(admin, '[data-testid="member-row"]', 7, 'members after the invitation');
  const row = admin.getByTestId('member-row').filter({ hasText: INVITEE.name });
  const rowText = normaliseSpaces((await row.textContent()) ?? '');
  if (!rowText.includes(INVITEE.email) || !rowText.includes('Coordination')) throw new Error(`the new member reads "${rowText}"`);

  begin('team: create an API token through the UI; it answers as INTEGRATION');
  await admin.getByTestId('token-name').fill('Export comptable E2E');
  await admin.getByTestId('token-create').click();
  const tokenInput = admin.getByTestId('token-value');
  await tokenInput.waitFor({ timeout: 10_000 });
  const apiToken = await tokenInput.inputValue();
  const warning = (await admin.getByTestId('token-created').textContent()) ?? '';
  if (!/plus jamais affiché/.test(warning)) throw new Error(`no "shown once" warning: "${warning}"`);
  const tokenRow = admin.getByTestId('token-row').filter({ hasText: 'Export comptable E2E' });
  await tokenRow.waitFor({ timeout: 10_000 });
  const role = await roleWithToken(apiToken);
  if (role !== 'INTEGRATION') throw new Error(`the new token answers ${role}`);
  log('the token answers INTEGRATION');
  await admin.screenshot({ path: TEAM_SHOT, fullPage: true });
  log(`team page screenshot → ${TEAM_SHOT}`);

  begin('team: revoke it in the UI (confirmed); it is refused as UNAUTHENTICATED');
  admin.once('dialog', (d) => d.accept());
  await tokenRow.getByTestId('token-revoke').click();
  try {
    await admin.locator('[data-testid="token-row"][data-revoked="true"]').filter({ hasText: 'Export comptable E2E' }).waitFor({ timeout: 10_000 });
  } catch {
    throw new Error('the token row is not shown revoked');
  }
  const after = await roleWithToken(apiToken);
  if (after !== 'UNAUTHENTICATED') throw new Error(`the revoked token answers ${after}`);
  log('the revoked token answers UNAUTHENTICATED');
  await ctxA.close();
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`e2e: FAIL: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  log(`BASE_URL=${BASE_URL}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = watch(await context.newPage(), 'phone');

  try {
    begin('open the app: an anonymous visitor lands on /login');
    await page.goto(`${BASE_URL}/`);
    await page.waitForURL(/\/login$/, { timeout: 10_000 });
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'fr') throw new Error(`<html lang> is "${lang}", expected "fr"`);
    if ((await page.locator('link[rel="manifest"]').count()) !== 1) throw new Error('no <link rel="manifest">');

    begin(`log in as ${EMAIL}`);
    await page.getByTestId('login-email').fill(EMAIL);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();

    begin('see the productions on the home page');
    const items = page.getByTestId('production-item');
    await items.first().waitFor({ state: 'visible', timeout: 15_000 });
    log(`${await items.count()} production(s) listed`);

    begin(`screenshot the home page at phone size → ${SCREENSHOT}`);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });

    begin('open the first production');
    await items.first().locator('a').click();
    await page.waitForURL(/\/productions\/[^/]+$/, { timeout: 10_000 });
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    const titleEl = page.getByTestId('production-title');
    await titleEl.waitFor({ state: 'visible', timeout: 10_000 });
    log(`production ${id}: "${await titleEl.textContent()}"`);

    begin('wait for the live indicator to be connected');
    await page.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout: 15_000 });
    log(`live-status says "${await page.getByTestId('live-status').textContent()}"`);

    // Set on the page's window: a reload would lose it, which is how we prove there was none.
    await page.evaluate(() => {
      window.__e2eNoReload = true;
    });

    begin('second session: log in through the API and rename the production');
    const { login } = await gql(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: EMAIL, p: PASSWORD },
    );
    const token = login.accessToken;
    const { production: p } = await gql(
      `query ($id: ID!) { production(id: $id) {
        title kind status director notes client { id }
        spec { runtimeMinutes deliveryDeadline isan technicalProfile { frameRate resolution colourSpace audioLayout } }
      } }`,
      { id },
      token,
    );
    const input = (title) => ({
      title,
      kind: p.kind,
      status: p.status,
      clientId: p.client.id,
      director: p.director,
      notes: p.notes,
      runtimeMinutes: p.spec.runtimeMinutes,
      deliveryDeadline: p.spec.deliveryDeadline,
      isan: p.spec.isan,
      frameRate: p.spec.technicalProfile.frameRate,
      resolution: p.spec.technicalProfile.resolution,
      colourSpace: p.spec.technicalProfile.colourSpace,
      audioLayout: p.spec.technicalProfile.audioLayout,
    });
    const update = 'mutation ($id: ID!, $input: ProductionInput!) { updateProduction(id: $id, input: $input) { id title } }';
    const newTitle = `${p.title} (v2)`;
    const { updateProduction } = await gql(update, { id, input: input(newTitle) }, token);
    if (updateProduction.title !== newTitle) throw new Error(`updateProduction returned title "${updateProduction.title}"`);
    log(`renamed to "${newTitle}"`);

    begin('the page shows the new title without reloading');
    try {
      await page.waitForFunction(
        (expected) => document.querySelector('[data-testid="production-title"]')?.textContent === expected,
        newTitle,
        { timeout: 10_000 },
      );
    } catch {
      throw new Error(`production-title still shows "${await titleEl.textContent()}", expected "${newTitle}"`);
    }
    if (!(await page.evaluate(() => window.__e2eNoReload === true))) throw new Error('the page was reloaded');

    begin('restore the original title');
    await gql(update, { id, input: input(p.title) }, token);
    await context.close();

    await planningScenario(browser);
    await technicianScenario(browser);
    await offlineSlipScenario(browser);
    await deliveriesScenario(browser);
    await portalScenario(browser);
    await catalogueScenario(browser);
    await offlineStartScenario(browser);
    await teamScenario(browser);

    log('PASS');
  } catch (err) {
    console.error(`e2e: FAIL at step "${step}": ${err?.message ?? err}`);
    for (const [i, w] of watched.entries()) {
      if (w.page.isClosed()) continue;
      console.error(`e2e: page ${w.name} URL was ${w.page.url()}`);
      for (const e of w.errors) console.error(`e2e:   ${e}`);
      const shot = i === 0 ? FAILURE_SHOT : FAILURE_SHOT.replace(/\.png$/, `-${w.name}.png`);
      await w.page.screenshot({ path: shot }).then(
        () => console.error(`e2e: screenshot of the failure: ${shot}`),
        () => undefined,
      );
    }
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`e2e: FAIL: ${err?.stack ?? err}`);
  process.exit(1);
});
