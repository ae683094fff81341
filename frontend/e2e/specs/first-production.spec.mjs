// A new organisation's first production, from nothing to the first slip, in the app alone
// (issue 10, "What must be shown"): on a desktop the coordinator (the organisation's first
// admin) signs up, then creates a client, a production with two episodes, three technicians, a
// room, the team, four tasks with dependencies and bookings on the resource board (today
// included, on the technician who will be invited); invites that technician from the team page
// and opens the dashboard. On a phone, in a separate browser, the technician accepts the link,
// sets a password, finds the booking in "Ma journée" and files a slip from it: it appears on
// the coordinator's dashboard, live, without a reload. The only API calls are the sign-up (the
// app has no sign-up page); the invitation link is read as the admin copies it.
//
// Any day: the first task starts today and allows weekend work, so that today's bookings are
// plain working days of the task even on a Sunday or a holiday, and the slip is filed on today.
import { gql } from '../support/api.mjs';
import { unique } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, DESKTOP, PASSWORD, PHONE, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, assertNotReloaded, markNoReload, submitLogin, waitCount, waitLive } from '../support/ui.mjs';

const SIGN_UP = 'mutation ($o: String!, $n: String!, $e: String!, $p: String!) { signUp(organisation: $o, name: $n, email: $e, password: $p) { accessToken } }';
const RUN = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

// Léa is the one invited: her address is a login, unique across runs (user addresses are global).
const TECHNICIANS = [
  { name: 'Léa Martin', functions: 'Chef monteuse', daily: '350', hourly: '43,75', skill: 'OFFLINE_EDIT', teamFunction: 'Chef monteuse', email: `lea-${RUN}@e2e.test` },
  { name: 'Hugo Bernard', functions: 'Étalonneur', daily: '420', hourly: '52,50', skill: 'GRADING', teamFunction: 'Étalonneur', email: `hugo-${RUN}@e2e.test` },
  { name: 'Inès Petit', functions: 'Monteuse son, mixeuse', daily: '380', hourly: '47,50', skill: 'MIX', teamFunction: 'Mixeuse', email: `ines-${RUN}@e2e.test` },
];
const INVITED = TECHNICIANS[0];
const INVITED_PASSWORD = 'une-phrase-de-passe-2025';
const ROOM = 'Salle Varda';

/** The Monday at least a week after today: the tasks after the first start there. */
function mondayAfterAWeek(today) {
  let d = addDays(today, 7);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

/** Picks, in a <select>, the first option whose text contains `text`. */
async function selectByText(page, testId, text) {
  const option = page.locator(`[data-testid="${testId}"] option`, { hasText: text }).first();
  const value = await option.getAttribute('value', { timeout: 10_000 });
  await page.getByTestId(testId).selectOption(value);
}

async function createClientAndProduction(t, page) {
  t.begin('client: from the first-steps checklist');
  await page.getByTestId('setup-checklist').waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="setup-step"][data-step="client"] a').click();
  await page.getByTestId('client-new-form').waitFor({ timeout: 10_000 });
  const client = unique('Films du Levant');
  await page.getByTestId('client-new-name').fill(client);
  await page.getByTestId('client-new-legalName').fill('Films du Levant SARL');
  await page.getByTestId('client-new-siret').fill('732 829 320 00074');
  await page.getByTestId('client-new-address').fill('4 quai de la Loire\n75019 Paris');
  await page.getByTestId('client-new-contactEmail').fill('prod@levant.test');
  await page.getByTestId('client-new-submit').click();
  await page.locator('[data-testid="client-row"]', { hasText: client }).waitFor({ timeout: 10_000 });

  t.begin('production: the form, a series for that client');
  await page.getByTestId('back-link').click();
  await page.waitForURL(/\/productions$/, { timeout: 10_000 });
  await page.getByTestId('new-production').click();
  await page.getByTestId('production-new-form').waitFor({ timeout: 10_000 });
  const title = unique('La Traversée');
  await page.getByTestId('production-new-title').fill(title);
  await page.getByTestId('production-new-kind').selectOption('TV_SERIES');
  await page.waitForFunction(() => document.querySelector('[data-testid="production-new-clientId"]')?.value, null, { timeout: 10_000 });
  await page.getByTestId('production-new-director').fill('Agnès Morel');
  await page.getByTestId('production-new-runtimeMinutes').fill('52');
  await page.getByTestId('production-new-audioLayout').fill('5.1');
  await page.getByTestId('production-new-deliveryDeadline').fill(addDays(todayParis(), 120));
  await page.getByTestId('production-new-submit').click();
  await page.waitForURL(/\/productions\/[0-9a-f-]{36}$/, { timeout: 10_000 });
  await page.getByTestId('production-title').filter({ hasText: title }).waitFor({ timeout: 10_000 });
  const productionPath = new URL(page.url()).pathname;

  t.begin('production: two episodes at once');
  await page.getByTestId('episodes-count').fill('2');
  await page.getByTestId('episodes-prefix').fill('Épisode');
  await page.getByTestId('episodes-submit').click();
  await waitCount(page, '[data-testid="episode-row"]', 2, 'episodes after adding two');
  return { title, productionPath };
}

async function createTechnicians(t, page) {
  t.begin('technicians: three, from the navigation');
  await page.getByTestId('nav-technicians').click();
  await page.waitForURL(/\/technicians$/, { timeout: 10_000 });
  for (const [i, x] of TECHNICIANS.entries()) {
    await page.getByTestId('technician-new-open').click();
    await page.getByTestId('technician-new-name').fill(x.name);
    await page.getByTestId('technician-new-functions').fill(x.functions);
    await page.getByTestId('technician-new-dailyRate').fill(x.daily);
    await page.getByTestId('technician-new-hourlyRate').fill(x.hourly);
    await page.getByTestId('technician-new-email').fill(x.email);
    await page.locator(`[data-testid="technician-new-skills"] input[data-skill="${x.skill}"]`).check();
    await page.getByTestId('technician-new-submit').click();
    await waitCount(page, '[data-testid="technician-item"]', i + 1, `technician #${i + 1} is not listed`);
  }
}

async function createRoom(t, page) {
  t.begin('rooms: one editing suite');
  await page.getByTestId('nav-rooms').click();
  await page.waitForURL(/\/rooms$/, { timeout: 10_000 });
  await page.getByTestId('room-new-open').click();
  await page.getByTestId('room-new-name').fill(ROOM);
  await page.getByTestId('room-new-kind').selectOption('EDIT_SUITE');
  await page.getByTestId('room-new-dailyRate').fill('300');
  await page.getByTestId('room-new-submit').click();
  await waitCount(page, '[data-testid="room-item"]', 1, 'the room is not listed');
}

async function createTeam(t, page, productionPath) {
  t.begin('team: the production’s team tab, the three technicians');
  await page.goto(`${BASE_URL}${productionPath}`);
  await page.getByTestId('tab-team').click();
  await page.waitForURL(/\/team$/, { timeout: 10_000 });
  for (const [i, x] of TECHNICIANS.entries()) {
    await selectByText(page, 'team-new-technician', x.name);
    await page.getByTestId('team-new-function').fill(x.teamFunction);
    await page.getByTestId('team-new-submit').click();
    await waitCount(page, '[data-testid="team-item"]', i + 1, `team member #${i + 1} is not listed`);
  }
}

/**
 * Four tasks: the offline edit from today (weekend work allowed, so today is one of its days
 * whatever the day), then grading and sound editing after it, then the mix after both.
 */
async function createTasks(t, page, today) {
  t.begin('tasks: the planning tab, four tasks with dependencies, the first from today');
  const monday = mondayAfterAWeek(today);
  const tasks = [
    { title: 'Montage image', op: 'Montage image', start: today, days: '5', anyDay: true, deps: [] },
    { title: 'Étalonnage', op: 'Étalonnage', start: monday, days: '4', deps: [['Montage image', '0']] },
    { title: 'Montage son', op: 'Montage son', start: addDays(monday, 1), days: '5', deps: [['Montage image', '1']] },
    { title: 'Mixage', op: 'Mixage', start: addDays(monday, 8), days: '3', deps: [['Étalonnage', '0'], ['Montage son', '0']] },
  ];
  await page.getByTestId('tab-planning').click();
  await page.waitForURL(/\/planning$/, { timeout: 10_000 });
  for (const [i, x] of tasks.entries()) {
    await page.getByTestId('task-new').click();
    await page.getByTestId('task-dialog').waitFor();
    await selectByText(page, 'task-operation', x.op);
    await page.getByTestId('task-title').fill(x.title);
    await page.getByTestId('task-start').fill(x.start);
    await page.getByTestId('task-days').fill(x.days);
    if (x.anyDay) await page.getByTestId('task-non-working').check();
    for (const [j, [on, lag]] of x.deps.entries()) {
      await page.getByTestId('task-add-dependency').click();
      const row = page.getByTestId('task-dependency').nth(j);
      const value = await row.locator('option', { hasText: on }).first().getAttribute('value');
      await row.getByTestId('task-dependency-task').selectOption(value);
      await row.getByTestId('task-dependency-lag').fill(lag);
    }
    await page.getByTestId('task-submit').click();
    await page.getByTestId('task-dialog').waitFor({ state: 'detached', timeout: 10_000 });
    await waitCount(page, '[data-testid="task-bar"]', i + 1, `task #${i + 1} has no bar`);
  }
  await waitCount(page, '.g-links > path', 4, 'the four dependencies are not drawn');
}

/** Books Léa, Hugo and the room today on the first task, by clicking their empty slots. */
async function bookToday(t, page, today) {
  t.begin('bookings: the resource board opens on this week; book today’s empty slots');
  await page.getByTestId('nav-board').click();
  await page.waitForURL(/\/planning$/, { timeout: 10_000 });
  await page.getByTestId('board-row').first().waitFor({ timeout: 10_000 });
  const bookings = [INVITED.name, TECHNICIANS[1].name, ROOM];
  for (const [i, who] of bookings.entries()) {
    t.log(`click the empty slot of ${who} on ${today}`);
    await page.getByTestId('board-row').filter({ hasText: who }).locator(`[data-testid="board-slot"][data-day="${today}"]`).click();
    await page.getByTestId('booking-dialog').waitFor();
    await selectByText(page, 'booking-task', 'Montage image');
    await page.getByTestId('booking-submit').click();
    await page.getByTestId('booking-dialog').waitFor({ state: 'detached', timeout: 10_000 });
    await waitCount(page, '[data-testid="booking-chip"]', i + 1, `booking #${i + 1} is not on the board`);
  }
  const lea = page.getByTestId('board-row').filter({ hasText: INVITED.name });
  await lea.locator(`[data-testid="booking-chip"][data-status="CONFIRMED"]`).waitFor({ timeout: 10_000 });
  await screenshot(page, tmpPath('postprod-e2e-first-board.png'));
}

/** The team page: invite Léa as a technician linked to her record; returns the link shown. */
async function invite(t, page) {
  t.begin(`invite: ${INVITED.email} as a technician, linked to ${INVITED.name}`);
  await page.getByTestId('nav-team').click();
  await page.waitForURL(/\/admin\/users$/, { timeout: 10_000 });
  await page.getByTestId('invite-open').click();
  await page.getByTestId('invite-email').fill(INVITED.email);
  await page.getByTestId('invite-role').selectOption('TECHNICIAN');
  await selectByText(page, 'invite-technician', INVITED.name);
  await page.getByTestId('invite-submit').click();
  const linkInput = page.getByTestId('invitation-link');
  await linkInput.waitFor({ timeout: 10_000 });
  const link = await linkInput.inputValue();
  if (!link.startsWith(`${BASE_URL}/invitation/`)) throw new Error(`the invitation link reads "${link}"`);
  return link;
}

export default defineSpec({
  name: 'first-production',
  title: 'a new organisation’s first production from the app alone: desktop creation, a technician invited files a slip on a phone, live on the dashboard',
  async run(t) {
    const today = todayParis();

    t.begin('sign a new organisation up (the only API call: the app has no sign-up page)');
    const org = unique('Studio Premier');
    const email = `coord-${RUN}@e2e.test`;
    await gql(SIGN_UP, { o: org, n: 'Camille Coordinatrice', e: email, p: PASSWORD });
    t.log(`organisation "${org}", ${email}; today is ${today}`);

    t.begin('desktop: the coordinator logs in through the form');
    const { page } = await t.open('coordinator', DESKTOP);
    await submitLogin(page, email, PASSWORD);
    const { title, productionPath } = await createClientAndProduction(t, page);
    await createTechnicians(t, page);
    await createRoom(t, page);
    await createTeam(t, page, productionPath);
    await createTasks(t, page, today);
    await bookToday(t, page, today);
    const link = await invite(t, page);

    t.begin('desktop: the coordinator opens the dashboard before any slip, live');
    await page.getByTestId('nav-dashboard').click();
    await page.waitForURL(/\/dashboard$/, { timeout: 10_000 });
    await page.getByTestId('waiting-slips').waitFor({ timeout: 10_000 });
    await page.getByTestId('waiting-empty').waitFor({ timeout: 10_000 });
    await waitLive(page);
    await markNoReload(page);

    t.begin('phone: the technician opens the link in another browser and sets a password');
    const { page: p } = await t.open('technician', PHONE);
    await p.goto(link);
    await p.getByTestId('invitation-form').waitFor({ timeout: 10_000 });
    await p.getByTestId('invitation-name').fill(INVITED.name);
    await p.getByTestId('invitation-password').fill(INVITED_PASSWORD);
    await assertFitsWidth(p, 'the invitation page');
    await p.getByTestId('invitation-submit').tap();
    await p.waitForURL(`${BASE_URL}/`, { timeout: 10_000 });

    t.begin('phone: "Ma journée" shows today’s booking on the production');
    await p.getByTestId('nav-myDay').tap();
    await p.waitForURL(/\/my-day$/, { timeout: 10_000 });
    const booking = p.getByTestId('day-booking').filter({ hasText: title });
    await booking.waitFor({ timeout: 10_000 });
    const said = normaliseSpaces((await booking.textContent()) ?? '');
    if (!said.includes('Montage image') || !said.includes('09:00–18:00')) throw new Error(`today's booking reads "${said}"`);
    await assertFitsWidth(p, '"Ma journée"');
    await screenshot(p, tmpPath('postprod-e2e-first-my-day.png'));

    t.begin('phone: the booking opens the slip form, prefilled; 09:00–13:00, no break, a note');
    await booking.tap();
    await p.waitForURL(/\/slips\/new\?/, { timeout: 10_000 });
    await p.waitForFunction(() => document.querySelector('[data-testid="slip-date"]')?.value, null, { timeout: 10_000 });
    const date = await p.getByTestId('slip-date').inputValue();
    if (date !== today) throw new Error(`the slip form is prefilled with ${date}, not today ${today}`);
    await p.getByTestId('slip-end').fill('13:00');
    await p.getByTestId('slip-break-0').tap();
    const note = unique('premier bon');
    await p.getByTestId('slip-notes').fill(note);
    await p.waitForFunction(() => /4\s*h/.test(document.querySelector('[data-testid="slip-duration"]')?.textContent ?? ''), null, { timeout: 10_000 }).catch(async () => {
      throw new Error(`the duration box says "${await p.getByTestId('slip-duration').textContent()}", expected 4 h`);
    });
    await assertFitsWidth(p, 'the slip form');
    await screenshot(p, tmpPath('postprod-e2e-first-slip.png'));
    const sent = Date.now();
    await p.getByTestId('slip-submit').tap();
    await p.waitForURL(/\/my-slips$/, { timeout: 10_000 });
    await p.getByTestId('my-slip').filter({ hasText: note }).waitFor({ timeout: 15_000 });

    t.begin('desktop: the slip appears on the dashboard, live, without a reload');
    const row = page.getByTestId('waiting-slip').filter({ hasText: note });
    try {
      await row.waitFor({ timeout: 15_000 });
    } catch {
      throw new Error('the slip did not appear on the dashboard');
    }
    t.log(`on the dashboard ${Date.now() - sent} ms after it was sent`);
    const text = normaliseSpaces((await row.textContent()) ?? '');
    if (!text.includes(INVITED.name)) throw new Error(`the waiting slip does not name ${INVITED.name}: "${text}"`);
    await assertNotReloaded(page, 'the dashboard');
    await screenshot(page, tmpPath('postprod-e2e-first-dashboard.png'));
  },
});
