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
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
  });

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

    log('PASS');
  } catch (err) {
    console.error(`e2e: FAIL at step "${step}": ${err?.message ?? err}`);
    console.error(`e2e: page URL was ${page.url()}`);
    for (const e of pageErrors) console.error(`e2e:   ${e}`);
    await page.screenshot({ path: FAILURE_SHOT }).then(
      () => console.error(`e2e: screenshot of the failure: ${FAILURE_SHOT}`),
      () => undefined,
    );
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(`e2e: FAIL: ${err?.stack ?? err}`);
  process.exit(1);
});
