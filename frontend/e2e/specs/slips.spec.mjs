// Slips on a phone without a network: a slip filed offline waits on the phone and goes out
// once, live onto the coordinator's dashboard; the installed app starts offline from the
// service worker's precache with the day it kept. Each scenario picks a past Sunday where its
// slip overlaps none of the technician's, so that reruns and other slips do not collide.
import { apiLogin, gql } from '../support/api.mjs';
import { freeSunday, slipsOn, unique } from '../support/build.mjs';
import { addDays, overlaps } from '../support/dates.mjs';
import { BASE_URL, DESKTOP, EMAIL, PHONE, TECH_EMAIL, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, assertNotReloaded, loginUI, markNoReload, waitLive } from '../support/ui.mjs';

const SLIP_SHOT = tmpPath('postprod-e2e-slip-offline.png');
const DASHBOARD_SHOT = tmpPath('postprod-e2e-dashboard.png');

/** Waits until the waiting slip has left the phone, the network having come back at `back`. */
async function waitSent(t, pending, back) {
  try {
    await pending.waitFor({ state: 'detached', timeout: 40_000 });
  } catch {
    throw new Error('the slip is still waiting 40 s after the network came back');
  }
  t.log(`sent ${Date.now() - back} ms after the network came back`);
}

/**
 * Phone, then live on the coordinator's dashboard: a technician fills a slip with the network
 * off; it waits on the phone, goes out once when the network comes back (with the clientId it
 * was given in the form), and appears on the dashboard opened beforehand, without a reload.
 */
async function offlineSlipScenario(t) {
  t.begin('slips: a production of the technician and a Sunday without any slip of theirs');
  const techToken = await apiLogin(TECH_EMAIL);
  const coordToken = await apiLogin(EMAIL);
  const mine = await gql('{ me { technician { name } } productions(first: 50) { edges { node { id title status } } } }', {}, techToken);
  const prod = mine.productions.edges.map((e) => e.node).find((p) => p.status !== 'CLOSED');
  if (!prod) throw new Error(`${TECH_EMAIL} has no open production`);
  const techName = mine.me.technician.name;
  const day = await freeSunday(async (d) => (await slipsOn(d, techToken)).length === 0, 'without a slip');
  const note = unique('e2e hors ligne');
  t.log(`"${prod.title}" on ${day} 10:00–12:00, note "${note}"`);

  t.begin('slips: the coordinator opens the dashboard (desktop) before the slip exists');
  const { ctx: ctxC, page: c } = await t.open('dashboard', DESKTOP);
  await loginUI(c, EMAIL);
  await c.getByTestId('link-dashboard').click();
  await c.waitForURL(/\/dashboard$/, { timeout: 10_000 });
  await c.getByTestId('waiting-slips').waitFor({ timeout: 10_000 });
  await waitLive(c);
  await markNoReload(c);
  if ((await c.getByTestId('waiting-slip').filter({ hasText: note }).count()) !== 0) throw new Error('the slip is on the dashboard before it was sent');

  t.begin(`slips: ${TECH_EMAIL} (phone) opens "Ma journée", then "Nouveau bon"`);
  const { ctx: ctxT, page: p } = await t.open('technician-slip', PHONE);
  await loginUI(p, TECH_EMAIL);
  await p.getByTestId('link-my-day').click();
  await p.waitForURL(/\/my-day$/, { timeout: 10_000 });
  await p.getByTestId('new-slip').click();
  await p.waitForURL(/\/slips\/new/, { timeout: 10_000 });
  await p.locator(`[data-testid="slip-production"] option[value="${prod.id}"]`).waitFor({ state: 'attached', timeout: 10_000 });

  t.begin('slips: fill the slip');
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
  await assertFitsWidth(p, 'the slip form');

  t.begin('slips: the phone goes offline, then the slip is sent');
  await ctxT.setOffline(true);
  await p.getByTestId('slip-offline').waitFor({ timeout: 5_000 });
  await p.getByTestId('slip-submit').tap();
  const pending = p.getByTestId('slip-pending').filter({ hasText: note });
  await pending.waitFor({ timeout: 10_000 });
  const mark = (await pending.textContent()) ?? '';
  if (!mark.includes('En attente de réseau')) throw new Error(`the waiting slip says "${mark}"`);
  if ((await pending.getAttribute('data-client-id')) !== clientId) throw new Error('the waiting slip lost its clientId');
  const noted = async () => (await slipsOn(day, coordToken, 'id clientId notes status technician { name }')).filter((s) => s.notes === note);
  // Let a request that should not exist have the time to arrive.
  await p.waitForTimeout(1_000);
  if ((await noted()).length !== 0) throw new Error('the server has the slip while the phone is offline');
  await screenshot(p, SLIP_SHOT);
  t.log(`waiting on the phone, none on the server; screenshot ${SLIP_SHOT}`);

  t.begin('slips: back online, the waiting slip goes out once');
  const back = Date.now();
  await ctxT.setOffline(false);
  await waitSent(t, pending, back);
  const recorded = await noted();
  if (recorded.length !== 1) throw new Error(`${recorded.length} slip(s) with the note on the server, expected exactly one`);
  if (recorded[0].clientId !== clientId) throw new Error(`the server recorded clientId ${recorded[0].clientId}, the form had ${clientId}`);
  if (recorded[0].status !== 'SUBMITTED') throw new Error(`the slip is ${recorded[0].status}`);
  await p.getByTestId('my-slip').filter({ hasText: note }).waitFor({ timeout: 10_000 });

  t.begin('slips: the dashboard shows it in the waiting list, live');
  const row = c.getByTestId('waiting-slip').filter({ hasText: note });
  try {
    await row.waitFor({ timeout: 10_000 });
  } catch {
    throw new Error('the slip did not appear on the dashboard');
  }
  t.log(`on the dashboard ${Date.now() - back} ms after the network came back`);
  const text = (await row.textContent()) ?? '';
  if (!text.includes(techName)) throw new Error(`the waiting slip does not name ${techName}: "${text}"`);
  await assertNotReloaded(c, 'the dashboard');
  t.log(`dashboard screenshot ${await screenshot(c, DASHBOARD_SHOT)}`);

  await ctxT.close();
  await ctxC.close();
}

/**
 * Phone: the installed app starts without a network. Once the service worker controls the page,
 * a full navigation to /my-day with the network off gets the app from the worker's precache
 * instead of Chromium's offline error page, with what was kept of the day and the slip form's
 * lists: a slip filed there waits on the phone and goes out once when the network is back.
 */
async function offlineStartScenario(t) {
  t.begin('offline start: a Sunday where a 13:00–14:00 slip of the technician overlaps none of theirs');
  const techToken = await apiLogin(TECH_EMAIL);
  const coordToken = await apiLogin(EMAIL);
  const slot = { start: '13:00', end: '14:00' };
  const fields = 'id clientId notes status start end';
  // A session of the day before may run past midnight into this one: check it as well.
  const busy = async (d) => {
    const before = (await slipsOn(addDays(d, -1), techToken, fields)).filter((x) => x.end <= x.start).map((x) => ({ start: '00:00', end: x.end }));
    return [...(await slipsOn(d, techToken, fields)), ...before].some((x) => overlaps(x, slot));
  };
  const day = await freeSunday(async (d) => !(await busy(d)), 'with a free 13:00–14:00');
  const note = unique('e2e démarrage hors ligne');
  t.log(`the slip will be on ${day} ${slot.start}–${slot.end}, note "${note}"`);

  t.begin(`offline start: ${TECH_EMAIL} (phone) opens "Ma journée" online, the service worker takes control`);
  const { ctx, page } = await t.open('offline-start', PHONE);
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
    t.log('no controller yet: reload once');
    await page.reload();
    if (!(await controlled(5_000))) throw new Error('no service worker controls the page');
  }

  t.begin('offline start: the network goes away, a full navigation to /my-day still opens the app');
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
    t.log(`offline: "Ma journée" rendered from the precache (${res.status()})`);

    t.begin('offline start: "Ma journée" says it is offline, with the time of the data it kept, and offers "Nouveau bon"');
    const notice = page.getByTestId('my-day-offline');
    await notice.waitFor({ timeout: 10_000 });
    const said = normaliseSpaces((await notice.textContent()) ?? '');
    if (!/^Hors ligne — données du \d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}$/.test(said)) throw new Error(`offline, "Ma journée" says "${said}"`);
    const text = (await page.getByTestId('my-day').textContent()) ?? '';
    if (text.includes('Failed to fetch')) throw new Error('offline, "Ma journée" shows the raw network error');
    t.log(`"${said}"; ${await page.getByTestId('day-booking').count()} booking(s) kept for today`);

    t.begin('offline start: "Nouveau bon" opens the form with the kept lists; a slip is filled and sent');
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
    if ((await slipsOn(day, coordToken, fields)).some((x) => x.notes === note)) throw new Error('the server has the slip while the phone is offline');
    t.log(`waiting on the phone (production ${prodId}, operation ${opId}), none on the server`);

    t.begin('offline start: back online, the waiting slip goes out once');
    const back = Date.now();
    await ctx.setOffline(false);
    await waitSent(t, pending, back);
    const recorded = (await slipsOn(day, coordToken, fields)).filter((x) => x.notes === note);
    if (recorded.length !== 1) throw new Error(`${recorded.length} slip(s) with the note on the server, expected exactly one`);
    if (recorded[0].clientId !== clientId) throw new Error(`the server recorded clientId ${recorded[0].clientId}, the form had ${clientId}`);
    if (recorded[0].start !== slot.start || recorded[0].end !== slot.end) throw new Error(`the server recorded ${recorded[0].start}–${recorded[0].end}`);
  } finally {
    await ctx.setOffline(false);
  }

  t.begin('offline start: back online, "Ma journée" comes from the server with its data');
  await page.goto(`${BASE_URL}/my-day`);
  await page.getByTestId('new-slip').waitFor({ timeout: 10_000 });
  await ctx.close();
}

export default defineSpec({
  name: 'slips',
  title: 'slips on a phone: filed offline, live on the dashboard; the app started offline',
  async run(t) {
    await offlineSlipScenario(t);
    await offlineStartScenario(t);
  },
});
