// The README's pictures, on the demo exactly as seeded (it runs first and alone, before any
// spec adds rows): the coordinator's home page on a phone, a slip being filled on a phone, the
// dashboard, the form creating a production, a production's Gantt, the resource board with a
// new booking in its dialog and a rights holder's portal on a phone.
// Nothing is saved: the forms and the dialog are photographed filled, then left. `make
// screenshot` sets SCREENSHOT (the home page) and SCREENSHOT_DIR (the others, under their
// docs/ names); other runs write them all to the temp directory.
import { apiLogin } from '../support/api.mjs';
import { productionByTitle } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, DESKTOP, EMAIL, HOLDER_EMAIL, PHONE, TECH_EMAIL } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { homeShotPath, screenshot, shotPath } from '../support/shots.mjs';
import { assertFitsWidth, loginUI, submitLogin, waitLive } from '../support/ui.mjs';

// Wide enough for the Gantt and the board to read well in the README.
const WIDE_DESKTOP = { ...DESKTOP, viewport: { width: 1440, height: 900 } };
const GANTT_PRODUCTION = 'Les Heures claires';

/** Where a README picture goes: docs/<name> under `make screenshot`, else the temp directory. */
const doc = (name) => shotPath(`postprod-e2e-${name}`, `screenshot-${name}`);

async function homeOnPhone(t) {
  t.begin(`home: ${EMAIL} on a phone sees the productions`);
  const { ctx, page } = await t.open('home-phone', PHONE);
  await loginUI(page, EMAIL);
  t.log(`${await page.getByTestId('production-item').count()} production(s) listed`);
  t.log(`→ ${await screenshot(page, homeShotPath(), { fullPage: false })}`);
  await ctx.close();
}

async function slipOnPhone(t) {
  t.begin(`slip: ${TECH_EMAIL} on a phone opens today’s booking from "Ma journée" and fills the slip`);
  const { ctx, page } = await t.open('slip-phone', { ...PHONE, viewport: { width: 390, height: 1500 } });
  await loginUI(page, TECH_EMAIL);
  await page.getByTestId('link-my-day').tap();
  await page.waitForURL(/\/my-day$/, { timeout: 10_000 });
  await page.getByTestId('new-slip').waitFor({ timeout: 10_000 });
  const booking = page.getByTestId('day-booking').first();
  if (await booking.count()) await booking.tap();
  else await page.getByTestId('new-slip').tap();
  await page.waitForURL(/\/slips\/new/, { timeout: 10_000 });
  const production = page.getByTestId('slip-production');
  await production.locator('option').nth(1).waitFor({ state: 'attached', timeout: 10_000 });
  if (!(await production.inputValue())) await production.selectOption(await production.locator('option').nth(1).getAttribute('value'));
  const operation = page.getByTestId('slip-operation');
  await operation.locator('option').nth(1).waitFor({ state: 'attached', timeout: 10_000 });
  if (!(await operation.inputValue())) await operation.selectOption(await operation.locator('option').nth(1).getAttribute('value'));
  await page.getByTestId('slip-start').fill('09:30');
  await page.getByTestId('slip-end').fill('18:00');
  await page.getByTestId('slip-break-60').tap();
  await page.getByTestId('slip-notes').fill('Montage de la séquence du port, raccords son avec Pauline.');
  await page.waitForFunction(() => /7\s*h\s*30/.test(document.querySelector('[data-testid="slip-duration"]')?.textContent ?? ''), null, { timeout: 10_000 }).catch(async () => {
    throw new Error(`the duration box says "${await page.getByTestId('slip-duration').textContent()}", expected 7 h 30`);
  });
  await assertFitsWidth(page, 'the slip form');
  await page.locator('[data-testid="slip-duration"][aria-busy="false"]').waitFor({ timeout: 10_000 });
  // The whole form in one tall phone screen (a full-page picture would repeat the sticky bar).
  t.log(`→ ${await screenshot(page, doc('slip-phone.png'), { fullPage: false })}`);
  await ctx.close();
}

async function coordinatorDesktop(t) {
  t.begin(`dashboard: ${EMAIL} on a desktop, live`);
  const { ctx, page } = await t.open('coordinator', WIDE_DESKTOP);
  await loginUI(page, EMAIL);
  await page.getByTestId('nav-dashboard').click();
  await page.waitForURL(/\/dashboard$/, { timeout: 10_000 });
  await page.getByTestId('waiting-slips').waitFor({ timeout: 10_000 });
  await page.getByTestId('flagged-slips').waitFor({ timeout: 10_000 });
  await waitLive(page);
  t.log(`→ ${await screenshot(page, doc('dashboard.png'), { fullPage: false })}`);

  t.begin('production form: a new series, filled and not saved');
  await page.getByTestId('nav-productions').click();
  await page.waitForURL(/\/productions/, { timeout: 10_000 });
  await page.getByTestId('new-production').click();
  await page.getByTestId('production-new-form').waitFor({ timeout: 10_000 });
  await page.getByTestId('production-new-title').fill('Le Chant des marées');
  await page.getByTestId('production-new-kind').selectOption('TV_SERIES');
  const client = page.locator('[data-testid="production-new-clientId"] option', { hasText: 'Hirondelle' }).first();
  await page.getByTestId('production-new-clientId').selectOption(await client.getAttribute('value', { timeout: 10_000 }));
  await page.getByTestId('production-new-director').fill('Inès Marchal');
  await page.getByTestId('production-new-runtimeMinutes').fill('52');
  await page.getByTestId('production-new-audioLayout').fill('5.1');
  await page.getByTestId('production-new-loudnessLufs').fill('-23');
  await page.getByTestId('production-new-subtitleLanguages').fill('fr, en');
  await page.getByTestId('production-new-deliveryDeadline').fill(addDays(todayParis(), 150));
  await page.getByTestId('production-new-notes').fill('Six épisodes ; rushes livrés par lots chaque lundi.');
  // The whole form in one tall screen (a full-page picture would repeat the sticky bar).
  await page.setViewportSize({ width: 1440, height: 1250 });
  t.log(`→ ${await screenshot(page, doc('production-form.png'), { fullPage: false })}`);
  await page.setViewportSize(WIDE_DESKTOP.viewport);

  t.begin(`Gantt: "${GANTT_PRODUCTION}"`);
  const token = await apiLogin(EMAIL);
  const prod = await productionByTitle(token, GANTT_PRODUCTION);
  await page.goto(`${BASE_URL}/productions/${prod.id}/planning`);
  await page.getByTestId('task-bar').first().waitFor({ timeout: 10_000 });
  await page.locator('.g-links > path').first().waitFor({ state: 'attached', timeout: 10_000 });
  t.log(`→ ${await screenshot(page, doc('gantt.png'))}`);

  t.begin('board: a new booking in its dialog, on a free technician’s slot this week (not saved)');
  await page.getByTestId('nav-board').click();
  await page.waitForURL(/\/planning$/, { timeout: 10_000 });
  await page.getByTestId('booking-chip').first().waitFor({ timeout: 10_000 });
  const rows = page.locator('[data-testid="board-row"][data-kind="technician"]');
  let free = null;
  for (let i = 0; i < (await rows.count()); i++) {
    if ((await rows.nth(i).getByTestId('booking-chip').count()) === 0) {
      free = rows.nth(i);
      break;
    }
  }
  if (!free) throw new Error('no technician is free all week on the board');
  let day = todayParis();
  // A working day of the week shown (Monday to Sunday): today, or the Friday before a weekend.
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, -1);
  await free.locator(`[data-testid="board-slot"][data-day="${day}"]`).click();
  await page.getByTestId('booking-dialog').waitFor();
  // The conform of "Les Heures claires", under way this week in the seeded plan.
  const task = page.locator(`[data-testid="booking-task"] optgroup[label="${GANTT_PRODUCTION}"] option`, { hasText: 'Conformation' }).first();
  await page.getByTestId('booking-task').selectOption(await task.getAttribute('value'));
  await page.getByTestId('booking-status').selectOption('PENCILLED');
  await page.getByTestId('booking-note').fill('Renfort montage, à confirmer');
  await page.getByTestId('booking-task-range').waitFor({ timeout: 10_000 });
  t.log(`→ ${await screenshot(page, doc('board-booking.png'), { fullPage: false })}`);
  await page.getByTestId('booking-dialog').getByRole('button', { name: 'Fermer' }).click();
  await page.getByTestId('booking-dialog').waitFor({ state: 'detached', timeout: 10_000 });

  await ctx.close();
}

async function portalOnPhone(t) {
  t.begin(`portal: ${HOLDER_EMAIL} on a phone`);
  const { ctx, page } = await t.open('portal-phone', PHONE);
  await submitLogin(page, HOLDER_EMAIL);
  await page.waitForURL(/\/portal$/, { timeout: 15_000 });
  await page.locator('[data-testid="revenue-chart"] svg [data-testid="chart-bar"]').first().waitFor({ state: 'attached', timeout: 15_000 });
  await page.getByTestId('statement-item').first().waitFor({ timeout: 10_000 });
  await assertFitsWidth(page, 'the portal');
  t.log(`→ ${await screenshot(page, doc('portal-phone.png'), { fullPage: false })}`);
  await ctx.close();
}

export default defineSpec({
  name: 'screenshots',
  title: 'the README’s pictures, on the demo as seeded',
  seedOnly: true,
  async run(t) {
    await homeOnPhone(t);
    await slipOnPhone(t);
    await coordinatorDesktop(t);
    await portalOnPhone(t);
  },
});
