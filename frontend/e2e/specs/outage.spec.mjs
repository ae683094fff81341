// A database outage seen from a phone: for a while every request of the page to /graphql is
// answered as the server answers when PostgreSQL cannot be reached (HTTP 503, UNAVAILABLE,
// Retry-After), by Playwright's routing. The technician stays logged in, sees the banner, files a
// slip that stays queued with its clientId, and the slip goes out once the API answers again;
// the banner then goes away by itself. The context blocks service workers, so that every request
// of the page goes through the routing.
import { apiLogin, gql } from '../support/api.mjs';
import { freeSunday, slipsOn, unique } from '../support/build.mjs';
import { addDays, overlaps } from '../support/dates.mjs';
import { EMAIL as EMAIL_COORD, PHONE, TECH_EMAIL, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { loginUI } from '../support/ui.mjs';

const SHOT = tmpPath('postprod-e2e-outage-phone.png');
const OUTAGE = {
  status: 503,
  headers: { 'content-type': 'application/json', 'Retry-After': '2' },
  body: JSON.stringify({
    data: null,
    errors: [{ message: 'Service momentanément indisponible, réessayez dans quelques secondes.', extensions: { code: 'UNAVAILABLE' } }],
  }),
};

export default defineSpec({
  name: 'outage',
  title: 'a database outage (503 UNAVAILABLE): the session stays, a banner says so, a slip waits and goes out once the API is back',
  async run(t) {
    t.begin('outage: a Sunday where a 15:00–16:00 slip of the technician overlaps none of theirs');
    const techToken = await apiLogin(TECH_EMAIL);
    const coordToken = await apiLogin(EMAIL_COORD);
    const slot = { start: '15:00', end: '16:00' };
    const fields = 'id clientId notes status start end';
    const busy = async (d) => {
      const before = (await slipsOn(addDays(d, -1), techToken, fields)).filter((x) => x.end <= x.start).map((x) => ({ start: '00:00', end: x.end }));
      return [...(await slipsOn(d, techToken, fields)), ...before].some((x) => x.status !== 'REJECTED' && overlaps(x, slot));
    };
    const day = await freeSunday(async (d) => !(await busy(d)), 'with a free 15:00–16:00');
    const note = unique('e2e panne de base');
    const mine = await gql('{ productions(first: 50) { edges { node { id title status } } } }', {}, techToken);
    const prod = mine.productions.edges.map((e) => e.node).find((p) => p.status !== 'CLOSED');
    t.log(`"${prod.title}" on ${day} ${slot.start}–${slot.end}, note "${note}"`);

    t.begin(`outage: ${TECH_EMAIL} (phone, no service worker) logs in and opens "Mes bons"`);
    const { ctx, page } = await t.open('technician', { ...PHONE, serviceWorkers: 'block' });
    let down = false;
    let answered503 = 0;
    await page.route('**/graphql', async (route) => {
      if (down && route.request().method() === 'POST') {
        answered503++;
        await route.fulfill(OUTAGE);
      } else {
        await route.continue();
      }
    });
    await loginUI(page, TECH_EMAIL);
    await page.getByTestId('link-my-day').click();
    await page.waitForURL(/\/my-day$/, { timeout: 10_000 });
    await page.getByTestId('new-slip').click();
    await page.waitForURL(/\/slips\/new/, { timeout: 10_000 });
    await page.locator(`[data-testid="slip-production"] option[value="${prod.id}"]`).waitFor({ state: 'attached', timeout: 10_000 });
    const tokensBefore = await page.evaluate(() => [localStorage.getItem('postprod.access'), localStorage.getItem('postprod.refresh')]);

    t.begin('outage: the database goes away (every /graphql request answered 503 UNAVAILABLE); a slip is filled and sent');
    down = true;
    const wentDown = Date.now();
    await page.getByTestId('slip-production').selectOption(prod.id);
    const operation = await page.getByTestId('slip-operation').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('slip-operation').selectOption(operation);
    await page.getByTestId('slip-date').fill(day);
    await page.getByTestId('slip-start').fill(slot.start);
    await page.getByTestId('slip-end').fill(slot.end);
    await page.getByTestId('slip-break-0').tap();
    await page.getByTestId('slip-notes').fill(note);
    const clientId = await page.getByTestId('slip-form').getAttribute('data-client-id');
    await page.getByTestId('slip-submit').tap();
    await page.waitForURL(/\/my-slips$/, { timeout: 10_000 });

    t.begin('outage: the user is still logged in, sees the banner, and the slip waits on the phone');
    const banner = page.getByTestId('unavailable-banner');
    await banner.waitFor({ timeout: 10_000 });
    const said = normaliseSpaces((await banner.textContent()) ?? '');
    if (!said.startsWith('Serveur momentanément indisponible — nouvel essai dans quelques secondes')) throw new Error(`the banner says "${said}"`);
    const pending = page.getByTestId('slip-pending').filter({ hasText: note });
    await pending.waitFor({ timeout: 10_000 });
    if ((await pending.getAttribute('data-client-id')) !== clientId) throw new Error('the waiting slip lost its clientId');
    if ((await page.getByTestId('slip-failed').count()) !== 0) throw new Error('a slip was marked refused during the outage');
    const mark = normaliseSpaces((await pending.textContent()) ?? '');
    if (!mark.includes('En attente du serveur')) throw new Error(`the waiting slip says "${mark}"`);
    // Let the app retry a few times while the outage lasts.
    await page.waitForTimeout(6_000);
    if (!/\/my-slips$/.test(page.url())) throw new Error(`the outage sent the user to ${page.url()}`);
    const tokensDuring = await page.evaluate(() => [localStorage.getItem('postprod.access'), localStorage.getItem('postprod.refresh')]);
    if (!tokensDuring[0] || tokensDuring[1] !== tokensBefore[1]) throw new Error('the session was thrown away during the outage');
    await page.getByTestId('user-menu').waitFor({ timeout: 2_000 });
    if ((await slipsOn(day, coordToken, fields)).some((x) => x.notes === note)) throw new Error('the server has the slip during the outage');
    await pending.waitFor({ timeout: 1_000 });
    t.log(`${answered503} request(s) answered 503 in ${Date.now() - wentDown} ms; screenshot ${await screenshot(page, SHOT, { fullPage: false })}`);
    if (answered503 < 3) throw new Error(`only ${answered503} request(s) during the outage: the app did not retry`);

    t.begin('outage: the database is back; the slip goes out once, the banner goes away');
    down = false;
    const back = Date.now();
    try {
      await pending.waitFor({ state: 'detached', timeout: 40_000 });
    } catch {
      throw new Error('the slip is still waiting 40 s after the API came back');
    }
    t.log(`sent ${Date.now() - back} ms after the API came back`);
    await banner.waitFor({ state: 'detached', timeout: 40_000 });
    const recorded = (await slipsOn(day, coordToken, fields)).filter((x) => x.notes === note);
    if (recorded.length !== 1) throw new Error(`${recorded.length} slip(s) with the note on the server, expected exactly one`);
    if (recorded[0].clientId !== clientId) throw new Error(`the server recorded clientId ${recorded[0].clientId}, the form had ${clientId}`);
    await page.getByTestId('my-slip').filter({ hasText: note }).waitFor({ timeout: 10_000 });
    if (!/\/my-slips$/.test(page.url())) throw new Error(`after the outage the user is on ${page.url()}`);
    await ctx.close();
  },
});
