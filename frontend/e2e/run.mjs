// Browser test against a running server: `BASE_URL=http://127.0.0.1:18080 npm run e2e`.
// The server must run with demo data (`postprod serve --demo`).
import { existsSync, mkdirSync } from 'node:fs';
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
