// A coordinator of a NEW organisation starts from nothing in the app: on a desktop, then on a
// phone, signs up (through the API: the app has no sign-up page), logs in through the form,
// follows the first-steps checklist to create a client (a bad SIRET is named on its field),
// then a production (a bad ISAN likewise) and two episodes at once, and finds the production
// again in the working list with a search and a filter. No API call but the sign-up.
import { gql } from '../support/api.mjs';
import { unique } from '../support/build.mjs';
import { DESKTOP, PASSWORD, PHONE } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { tmpPath } from '../support/env.mjs';
import { assertFitsWidth, submitLogin, waitCount } from '../support/ui.mjs';

const SIGN_UP = 'mutation ($o: String!, $n: String!, $e: String!, $p: String!) { signUp(organisation: $o, name: $n, email: $e, password: $p) { accessToken } }';

async function fieldError(page, testId, what) {
  const el = page.getByTestId(testId);
  await el.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error(`${what}: no ${testId} shown`);
  });
  return (await el.textContent()).trim();
}

async function run(t, device, options) {
  const phone = device === 'phone';
  const fits = async (page, what) => {
    if (phone) await assertFitsWidth(page, what);
  };

  t.begin(`${device}: sign up a new organisation through the API`);
  const org = unique('Studio E2E');
  const email = `coord-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.test`;
  await gql(SIGN_UP, { o: org, n: 'Claire Coordinatrice', e: email, p: PASSWORD });
  t.log(`organisation "${org}", ${email}`);

  t.begin(`${device}: log in through the form; the home page opens on the first-steps checklist`);
  const { page } = await t.open(device, options);
  await submitLogin(page, email, PASSWORD);
  await page.getByTestId('setup-checklist').waitFor({ timeout: 15_000 });
  await waitCount(page, '[data-testid="setup-step"]', 8, 'checklist steps');
  await waitCount(page, '[data-testid="setup-step"][data-done="true"]', 0, 'steps done in a new organisation');
  const next = await page.locator('[data-testid="setup-step"][data-next="true"]').getAttribute('data-step');
  if (next !== 'client') throw new Error(`the checklist puts "${next}" first, not the client`);
  await page.getByTestId('production-empty').waitFor({ timeout: 10_000 });
  await fits(page, 'the home page');
  await screenshot(page, tmpPath(`postprod-e2e-create-home-${device}.png`));

  t.begin(`${device}: create the client from the checklist; a bad SIRET is named on its field`);
  await page.locator('[data-testid="setup-step"][data-step="client"] a').click();
  await page.getByTestId('client-new-form').waitFor({ timeout: 10_000 });
  const client = unique('Zéphyr Films');
  await page.getByTestId('client-new-name').fill(client);
  await page.getByTestId('client-new-legalName').fill('Zéphyr Films SAS');
  await page.getByTestId('client-new-siret').fill('123 456 789 01234');
  await page.getByTestId('client-new-vatNumber').fill('FR40 732829320');
  await page.getByTestId('client-new-address').fill('12 rue des Studios\n75011 Paris');
  await page.getByTestId('client-new-contactEmail').fill('prod@zephyr.test');
  await page.getByTestId('client-new-submit').click();
  t.log(`SIRET error: "${await fieldError(page, 'client-new-error-siret', 'a bad SIRET')}"`);
  await fits(page, 'the client form with an error');
  await screenshot(page, tmpPath(`postprod-e2e-create-client-${device}.png`));
  await page.getByTestId('client-new-siret').fill('732 829 320 00074');
  await page.getByTestId('client-new-submit').click();
  await page.locator('[data-testid="client-row"]', { hasText: client }).waitFor({ timeout: 10_000 });

  t.begin(`${device}: create the production; a bad ISAN is named on its field`);
  await page.getByTestId('back-link').click(); // ← Productions: the list, not the home page
  await page.waitForURL(/\/productions$/, { timeout: 10_000 });
  await page.getByTestId('new-production').click();
  await page.getByTestId('production-new-form').waitFor({ timeout: 10_000 });
  const title = unique('Les Veilleurs');
  await page.getByTestId('production-new-title').fill(title);
  await page.getByTestId('production-new-kind').selectOption('TV_SERIES');
  // The only client is chosen already.
  await page.waitForFunction(() => document.querySelector('[data-testid="production-new-clientId"]')?.value, null, { timeout: 10_000 });
  await page.getByTestId('production-new-director').fill('Inès Marchal');
  await page.getByTestId('production-new-runtimeMinutes').fill('52');
  await page.getByTestId('production-new-audioLayout').fill('5.1');
  await page.getByTestId('production-new-loudnessLufs').fill('-23');
  await page.getByTestId('production-new-subtitleLanguages').fill('fr, en');
  await page.getByTestId('production-new-deliveryDeadline').fill('2031-03-14');
  await page.getByTestId('production-new-isan').fill('1234');
  await page.getByTestId('production-new-submit').click();
  t.log(`ISAN error: "${await fieldError(page, 'production-new-error-isan', 'a bad ISAN')}"`);
  await fits(page, 'the production form with an error');
  await screenshot(page, tmpPath(`postprod-e2e-create-production-${device}.png`));
  await page.getByTestId('production-new-isan').fill('');
  await page.getByTestId('production-new-submit').click();
  await page.waitForURL(/\/productions\/[0-9a-f-]{36}$/, { timeout: 10_000 });
  await page.getByTestId('production-title').filter({ hasText: title }).waitFor({ timeout: 10_000 });

  t.begin(`${device}: add two episodes at once`);
  await page.getByTestId('episodes-count').fill('2');
  await page.getByTestId('episodes-prefix').fill('Épisode');
  await page.getByTestId('episodes-submit').click();
  await waitCount(page, '[data-testid="episode-row"]', 2, 'episodes after adding two');
  const eps = await page.getByTestId('episode-row').allTextContents();
  if (!eps[0].includes('Épisode 1') || !eps[1].includes('Épisode 2')) throw new Error(`episodes: ${JSON.stringify(eps)}`);
  await fits(page, 'the production page');
  await screenshot(page, tmpPath(`postprod-e2e-create-episodes-${device}.png`));

  t.begin(`${device}: find the production in the list with a search and a filter`);
  await page.getByTestId('back-link').click();
  await page.waitForURL(/\/productions(\?.*)?$/, { timeout: 10_000 });
  await page.getByTestId('production-search').fill(client.split(' ').slice(-1)[0]); // the client's name finds it
  await page.waitForFunction(() => /[?&]q=/.test(location.search), null, { timeout: 10_000 });
  await waitCount(page, '[data-testid="production-item"]', 1, 'productions found by the client’s name');
  if (phone) await page.getByTestId('filters-toggle').click();
  await page.getByTestId('filter-kind').selectOption('DOCUMENTARY');
  await page.getByTestId('production-empty').waitFor({ timeout: 10_000 });
  await page.getByTestId('filter-kind').selectOption('TV_SERIES');
  await page.getByTestId('filter-status').selectOption('OPEN');
  await waitCount(page, '[data-testid="production-item"]', 1, 'the series in preparation');
  const item = page.getByTestId('production-item').filter({ hasText: title });
  await item.waitFor({ timeout: 10_000 });
  await fits(page, 'the filtered list');
  await screenshot(page, tmpPath(`postprod-e2e-create-list-${device}.png`));

  t.begin(`${device}: the production opens from the list, and "← Productions" returns to the same search`);
  await item.locator('a').click();
  await page.getByTestId('production-title').filter({ hasText: title }).waitFor({ timeout: 10_000 });
  await page.getByTestId('back-link').click();
  await page.waitForURL((u) => u.pathname === '/productions' && u.searchParams.get('kind') === 'TV_SERIES', { timeout: 10_000 });
  await waitCount(page, '[data-testid="production-item"]', 1, 'the list returned to');

  t.begin(`${device}: the checklist ticks the client and the production`);
  await page.goto(new URL('/', page.url()).href);
  await page.getByTestId('setup-checklist').waitFor({ timeout: 10_000 });
  await waitCount(page, '[data-testid="setup-step"][data-done="true"]', 2, 'steps done after a client and a production');
  const now = await page.locator('[data-testid="setup-step"][data-next="true"]').getAttribute('data-step');
  if (now !== 'technicians') throw new Error(`the checklist now puts "${now}" first, not the technicians`);
}

export default defineSpec({
  name: 'productions-create',
  title: 'a new organisation creates a client, a production and its episodes in the app, on a desktop and a phone',
  async run(t) {
    await run(t, 'desktop', DESKTOP);
    await run(t, 'phone', PHONE);
  },
});
