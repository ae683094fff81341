// Creating the plan in the app: a coordinator of a new organisation (signed up, with one client
// and one production made through the API, and nothing else) creates three technicians, a
// room, the production's team, four tasks with dependencies and bookings on the resource board
// on a desktop, then a booking by tapping a slot on a phone; everything is there after a reload.
// The organisation is its own: no other spec sees or changes these rows.
import { gql } from '../support/api.mjs';
import { unique } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, DESKTOP, PASSWORD, PHONE } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot, shotPath } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, loginUI, waitAttr, waitCount } from '../support/ui.mjs';

const TECHNICIANS = [
  { name: 'Léa Martin', functions: 'Chef monteuse', daily: '350', hourly: '43,75', skill: 'OFFLINE_EDIT', teamFunction: 'Chef monteuse' },
  { name: 'Hugo Bernard', functions: 'Étalonneur', daily: '420', hourly: '52,50', skill: 'GRADING', teamFunction: 'Étalonneur' },
  { name: 'Inès Petit', functions: 'Monteuse son, mixeuse', daily: '380', hourly: '47,50', skill: 'MIX', teamFunction: 'Mixeuse' },
];
const ROOM = 'Salle Truffaut';

/** The Monday at least a week after today (the plan starts there). */
function mondayAfterAWeek() {
  let d = addDays(todayParis(), 7);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

/** Picks, in a <select>, the first option whose text contains `text`. */
async function selectByText(page, testId, text) {
  const option = page.locator(`[data-testid="${testId}"] option`, { hasText: text }).first();
  const value = await option.getAttribute('value', { timeout: 10_000 });
  await page.getByTestId(testId).selectOption(value);
}

/** Signs a new organisation up and makes its one client and one production; returns the login and the production. */
async function setUp(t) {
  const org = unique('Studio E2E');
  const email = `coord-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.test`;
  const { signUp } = await gql(
    'mutation ($o: String!, $n: String!, $e: String!, $p: String!) { signUp(organisation: $o, name: $n, email: $e, password: $p) { accessToken } }',
    { o: org, n: 'Camille Coordinatrice', e: email, p: PASSWORD },
  );
  const token = signUp.accessToken;
  const { createClient } = await gql('mutation ($in: ClientInput!) { createClient(input: $in) { id } }', { in: { name: 'Films du Levant' } }, token);
  const { createProduction } = await gql(
    'mutation ($in: ProductionInput!) { createProduction(input: $in) { id title } }',
    { in: { title: 'La Traversée', kind: 'DOCUMENTARY', clientId: createClient.id, deliveryDeadline: addDays(todayParis(), 90), frameRate: '25' } },
    token,
  );
  t.log(`organisation "${org}", ${email}, production ${createProduction.id}`);
  return { email, production: createProduction };
}

async function createTechnicians(t, page) {
  t.begin('technicians: open the list from the navigation');
  await page.getByTestId('nav-technicians').click();
  await page.waitForURL(/\/technicians$/, { timeout: 10_000 });

  t.begin('technicians: an invalid phone number is refused by the API on its field, nothing is created');
  const [first] = TECHNICIANS;
  await page.getByTestId('technician-new-open').click();
  await page.getByTestId('technician-new-name').fill(first.name);
  await page.getByTestId('technician-new-functions').fill(first.functions);
  await page.getByTestId('technician-new-dailyRate').fill(first.daily);
  await page.getByTestId('technician-new-hourlyRate').fill(first.hourly);
  await page.getByTestId('technician-new-phone').fill('pas un numéro');
  await page.getByTestId('technician-new-submit').click();
  await page.getByTestId('technician-new-error-phone').waitFor({ timeout: 10_000 });
  await page.getByTestId('technician-new-phone').fill('06 12 34 56 78');

  t.begin('technicians: create three');
  for (const [i, x] of TECHNICIANS.entries()) {
    if (i > 0) {
      await page.getByTestId('technician-new-open').click();
      await page.getByTestId('technician-new-name').fill(x.name);
      await page.getByTestId('technician-new-functions').fill(x.functions);
      await page.getByTestId('technician-new-dailyRate').fill(x.daily);
      await page.getByTestId('technician-new-hourlyRate').fill(x.hourly);
    }
    await page.getByTestId('technician-new-email').fill(`${x.name.split(' ')[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}@e2e.test`);
    await page.locator(`[data-testid="technician-new-skills"] input[data-skill="${x.skill}"]`).check();
    await page.getByTestId('technician-new-submit').click();
    await waitCount(page, '[data-testid="technician-item"]', i + 1, `technician #${i + 1} is not listed`);
  }
  const listed = normaliseSpaces(await page.getByTestId('technician-list').textContent());
  if (!listed.includes('350,00 € / jour')) throw new Error(`the list does not show the daily rate with its unit: ${listed}`);

  t.begin('technicians: edit one (its daily rate) on its page');
  await page.getByTestId('technician-item').filter({ hasText: 'Hugo Bernard' }).locator('a').click();
  await page.waitForURL(/\/technicians\/[0-9a-f-]+$/, { timeout: 10_000 });
  await page.getByTestId('technician-edit-dailyRate').fill('450');
  await page.getByTestId('technician-edit-submit').click();
  await page.getByTestId('technician-saved').waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('main h1 + p')?.textContent.replace(/[\s\u00a0\u202f]+/g, ' ').includes('450,00 € / jour'), null, { timeout: 10_000 });

  t.begin('technicians: the coordinator declares a day off for him');
  const dayOff = addDays(mondayAfterAWeek(), 3);
  await page.getByTestId('declare-start').fill(dayOff);
  await page.getByTestId('declare-end').fill(dayOff);
  await page.getByTestId('declare-submit').click();
  await waitCount(page, '[data-testid="unavailability-item"]', 1, 'the day off is not listed');
}

async function createRoom(t, page) {
  t.begin('rooms: create one, then rename it in place');
  await page.getByTestId('nav-rooms').click();
  await page.waitForURL(/\/rooms$/, { timeout: 10_000 });
  await page.getByTestId('room-new-open').click();
  await page.getByTestId('room-new-name').fill('Salle 1');
  await page.getByTestId('room-new-kind').selectOption('EDIT_SUITE');
  await page.getByTestId('room-new-dailyRate').fill('300');
  await page.getByTestId('room-new-submit').click();
  await waitCount(page, '[data-testid="room-item"]', 1, 'the room is not listed');
  await page.getByTestId('room-edit').click();
  await page.getByTestId('room-edit-name').fill(ROOM);
  await page.getByTestId('room-edit-kind').selectOption('GRADING');
  await page.getByTestId('room-edit-submit').click();
  await page.getByTestId('room-item').filter({ hasText: ROOM }).filter({ hasText: 'Étalonnage' }).waitFor({ timeout: 10_000 });
}

async function createTeam(t, page, production) {
  t.begin('team: the production’s team tab, three members');
  await page.goto(`${BASE_URL}/productions/${production.id}`);
  await page.getByTestId('tab-team').click();
  await page.waitForURL(/\/team$/, { timeout: 10_000 });
  for (const [i, x] of TECHNICIANS.entries()) {
    await selectByText(page, 'team-new-technician', x.name);
    await page.getByTestId('team-new-function').fill(x.teamFunction);
    if (i === 0) await page.getByTestId('team-new-dailyRate').fill('380');
    await page.getByTestId('team-new-submit').click();
    await waitCount(page, '[data-testid="team-item"]', i + 1, `team member #${i + 1} is not listed`);
  }
  t.begin('team: edit a member’s note');
  await page.getByTestId('team-item').filter({ hasText: 'Inès Petit' }).getByTestId('team-edit').click();
  await page.getByTestId('team-edit-note').fill('Mixage 5.1');
  await page.getByTestId('team-edit-submit').click();
  await page.getByTestId('team-item').filter({ hasText: 'Mixage 5.1' }).waitFor({ timeout: 10_000 });
  const text = normaliseSpaces(await page.getByTestId('team-list').textContent());
  if (!text.includes('380,00 € / jour')) throw new Error(`the team does not show the rate given: ${text}`);
}

/** The four tasks: an offline edit, then grading and sound editing after it, then the mix after both. */
function plan(monday) {
  return [
    { title: 'Montage image', op: 'Montage image', start: monday, days: '5', deps: [] },
    { title: 'Étalonnage', op: 'Étalonnage', start: addDays(monday, 7), days: '4', deps: [['Montage image', '0']] },
    { title: 'Montage son', op: 'Montage son', start: addDays(monday, 8), days: '5', deps: [['Montage image', '1']] },
    { title: 'Mixage', op: 'Mixage', start: addDays(monday, 15), days: '3', deps: [['Étalonnage', '0'], ['Montage son', '0']] },
  ];
}

async function createTasks(t, page, production, monday) {
  t.begin('tasks: the planning tab, four tasks from the catalogue with dependencies');
  await page.getByTestId('tab-planning').click();
  await page.waitForURL(/\/planning$/, { timeout: 10_000 });
  for (const [i, x] of plan(monday).entries()) {
    await page.getByTestId('task-new').click();
    await page.getByTestId('task-dialog').waitFor();
    await selectByText(page, 'task-operation', x.op);
    await page.getByTestId('task-title').fill(x.title);
    await page.getByTestId('task-start').fill(x.start);
    await page.getByTestId('task-days').fill(x.days);
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

  t.begin('tasks: a start on a Sunday is refused on its field, and the dialog stays open');
  await page.getByTestId('task-new').click();
  await selectByText(page, 'task-operation', 'Conformation');
  await page.getByTestId('task-start').fill(addDays(monday, -1));
  await page.getByTestId('task-submit').click();
  await page.getByTestId('task-new-error-startDate').waitFor({ timeout: 5_000 });
  await page.getByTestId('task-dialog').getByRole('button', { name: /Annuler/ }).click();

  t.begin('tasks: the first task’s status, then the shift reason does not carry over to the next task');
  const bar = (title) => page.getByTestId('task-bar').filter({ hasText: title });
  await bar('Montage image').click();
  await page.getByTestId('task-status-select').selectOption('IN_PROGRESS');
  await page.locator('[data-testid="task-bar"].status-in_progress').waitFor({ timeout: 10_000 });
  await page.getByTestId('shift-reason').fill('Rushes arrivés en retard');
  await bar('Mixage').click();
  if ((await page.getByTestId('shift-reason').inputValue()) !== '') throw new Error('the shift reason carried over to the next task');

  t.begin('tasks: edit the mix (its title)');
  await page.getByTestId('task-edit').click();
  await page.getByTestId('task-title').fill('Mixage final');
  await page.getByTestId('task-submit').click();
  await bar('Mixage final').waitFor({ timeout: 10_000 });
}

async function bookOnBoard(t, page, monday) {
  t.begin('bookings: the resource board, on the week of the first task');
  await page.getByTestId('nav-board').click();
  await page.waitForURL(/\/planning$/, { timeout: 10_000 });
  await page.getByTestId('board-row').first().waitFor({ timeout: 10_000 });
  for (let i = 0; i < 10 && (await page.getByTestId('board-period').getAttribute('data-to')) < monday; i++) {
    const from = await page.getByTestId('board-period').getAttribute('data-from');
    await page.getByTestId('board-next').click();
    await waitAttr(page, '[data-testid="board-period"]', 'data-from', { not: from }, 'the board did not move on');
  }
  await page.locator(`[data-testid="board-slot"][data-day="${monday}"]`).first().waitFor({ timeout: 10_000 });

  const bookings = [
    { who: 'Léa Martin', day: monday, task: 'Montage image' },
    { who: ROOM, day: monday, task: 'Montage image' },
    { who: 'Léa Martin', day: addDays(monday, 1), task: 'Montage image', pencilled: true },
  ];
  for (const [i, b] of bookings.entries()) {
    t.log(`tap the empty slot of ${b.who} on ${b.day}`);
    await page.getByTestId('board-row').filter({ hasText: b.who }).locator(`[data-testid="board-slot"][data-day="${b.day}"]`).click();
    await page.getByTestId('booking-dialog').waitFor();
    await selectByText(page, 'booking-task', b.task);
    if (b.pencilled) await page.getByTestId('booking-status').selectOption('PENCILLED');
    await page.getByTestId('booking-submit').click();
    await page.getByTestId('booking-dialog').waitFor({ state: 'detached', timeout: 10_000 });
    await waitCount(page, '[data-testid="booking-chip"]', i + 1, `booking #${i + 1} is not on the board`);
  }

  t.begin('bookings: edit one (hours and note), move it, then cancel another');
  await page.locator(`[data-testid="booking-chip"][data-status="PENCILLED"]`).click();
  await page.getByTestId('booking-end').fill(addDays(monday, 2));
  await page.getByTestId('booking-from').fill('10:00');
  await page.getByTestId('booking-note').fill('Option à confirmer');
  await page.getByTestId('booking-submit').click();
  await page.getByTestId('booking-dialog').waitFor({ state: 'detached', timeout: 10_000 });
  await page.locator(`[data-testid="booking-chip"][data-end="${addDays(monday, 2)}"]`).waitFor({ timeout: 10_000 });
  await page.getByTestId('board-row').filter({ hasText: ROOM }).getByTestId('booking-chip').click();
  await page.getByTestId('booking-cancel').click();
  await page.getByTestId('booking-cancel-confirm').click();
  await waitCount(page, '[data-testid="booking-chip"]', 2, 'the cancelled booking is still on the board');
  t.log('re-book the room');
  await page.getByTestId('board-row').filter({ hasText: ROOM }).locator(`[data-testid="board-slot"][data-day="${addDays(monday, 1)}"]`).click();
  await selectByText(page, 'booking-task', 'Montage image');
  await page.getByTestId('booking-submit').click();
  await waitCount(page, '[data-testid="booking-chip"]', 3, 'the room’s new booking is not on the board');
  await screenshot(page, shotPath('postprod-e2e-board-new-booking.png'));
}

async function checkAfterReload(t, page, production, monday) {
  t.begin('after a reload: the board, the plan, the team, the technicians and the room');
  await page.reload();
  await page.getByTestId('board-row').first().waitFor({ timeout: 10_000 });
  for (let i = 0; i < 10 && (await page.getByTestId('board-period').getAttribute('data-to')) < monday; i++) {
    const from = await page.getByTestId('board-period').getAttribute('data-from');
    await page.getByTestId('board-next').click();
    await waitAttr(page, '[data-testid="board-period"]', 'data-from', { not: from }, 'the board did not move on');
  }
  await waitCount(page, '[data-testid="booking-chip"]', 3, 'bookings after a reload');
  await page.goto(`${BASE_URL}/productions/${production.id}/planning`);
  await waitCount(page, '[data-testid="task-bar"]', 4, 'tasks after a reload');
  await waitCount(page, '.g-links > path', 4, 'dependencies after a reload');
  await page.goto(`${BASE_URL}/productions/${production.id}/team`);
  await waitCount(page, '[data-testid="team-item"]', 3, 'team after a reload');
  await page.goto(`${BASE_URL}/technicians`);
  await waitCount(page, '[data-testid="technician-item"]', 3, 'technicians after a reload');
  await page.goto(`${BASE_URL}/rooms`);
  await waitCount(page, '[data-testid="room-item"]', 1, 'rooms after a reload');
}

async function bookOnPhone(t, email, monday) {
  t.begin('phone: the coordinator books Inès Petit by tapping a day of the board');
  const { ctx, page } = await t.open('phone', PHONE);
  await loginUI(page, email);
  await page.goto(`${BASE_URL}/planning`);
  await page.getByTestId('board-list').waitFor({ timeout: 10_000 });
  for (let i = 0; i < 10 && (await page.getByTestId('board-period').getAttribute('data-to')) < monday; i++) {
    const from = await page.getByTestId('board-period').getAttribute('data-from');
    await page.getByTestId('board-next').click();
    await waitAttr(page, '[data-testid="board-period"]', 'data-from', { not: from }, 'the board did not move on');
  }
  const day = addDays(monday, 3);
  await page.locator(`[data-testid="board-slot"][data-day="${day}"]`).tap();
  await page.getByTestId('booking-dialog').waitFor();
  await assertFitsWidth(page, 'the booking dialog on a phone');
  await selectByText(page, 'booking-task', 'Montage image');
  await selectByText(page, 'booking-resource', 'Inès Petit');
  await page.getByTestId('booking-submit').tap();
  await page.getByTestId('booking-dialog').waitFor({ state: 'detached', timeout: 10_000 });
  // Counted on its day (a count of the whole week taken before the week's bookings arrive raced them).
  await waitCount(page, `[data-testid="board-day"][data-date="${day}"] [data-testid="booking-item"]`, 1, 'the phone’s booking is not listed on its day');
  await assertFitsWidth(page, 'the resource board on a phone');
  await screenshot(page, shotPath('postprod-e2e-board-phone.png'));
  await page.reload();
  await page.getByTestId('board-list').waitFor({ timeout: 10_000 });
  for (let i = 0; i < 10 && (await page.getByTestId('board-period').getAttribute('data-to')) < monday; i++) {
    const from = await page.getByTestId('board-period').getAttribute('data-from');
    await page.getByTestId('board-next').click();
    await waitAttr(page, '[data-testid="board-period"]', 'data-from', { not: from }, 'the board did not move on');
  }
  const dayItems = page.locator(`[data-testid="board-day"][data-date="${day}"] [data-testid="booking-item"]`).filter({ hasText: 'Inès Petit' });
  await dayItems.first().waitFor({ timeout: 10_000 });
  await ctx.close();
}

export default defineSpec({
  name: 'planning-create',
  title: 'a new organisation’s technicians, room, team, tasks and bookings made in the app, desktop then phone',
  async run(t) {
    t.begin('setup: sign a new organisation up, with one client and one production (API)');
    const { email, production } = await setUp(t);
    const monday = mondayAfterAWeek();

    t.begin('desktop: the coordinator logs in');
    const { ctx, page } = await t.open('desktop', DESKTOP);
    await loginUI(page, email);
    await createTechnicians(t, page);
    await createRoom(t, page);
    await createTeam(t, page, production);
    await createTasks(t, page, production, monday);
    await bookOnBoard(t, page, monday);
    await checkAfterReload(t, page, production, monday);
    await ctx.close();

    await bookOnPhone(t, email, monday);
  },
});
