// Planning: the Gantt of a demo production followed live by a second session while tasks shift
// with cascade, the resource board, and a technician's coming bookings on a phone. The Gantt
// scenario is about the demo plan as seeded (its chain of dependent tasks and the conflicts
// they make): no other spec touches tasks or bookings.
import { apiLogin, gql } from '../support/api.mjs';
import { ensureBooking, productionByTitle } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, DESKTOP, EMAIL, PHONE, TECH_EMAIL } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot, shotPath } from '../support/shots.mjs';
import { assertFitsWidth, assertNotReloaded, loginUI, markNoReload, waitAttr, waitLive, waitText } from '../support/ui.mjs';

// The demo production with a chain of twelve dependent tasks, ten working days ahead of its deadline.
const CHAIN_PRODUCTION = 'Les Heures claires';
const GANTT_SHOT = shotPath('postprod-e2e-gantt.png');

/** The number of conflicts involving a production, as the API reports it now. */
async function conflictCount(productionId, token) {
  const { conflicts } = await gql('{ conflicts { kind productions { id } } }', {}, token);
  return conflicts.filter((c) => c.productions.some((p) => p.id === productionId)).length;
}

/**
 * Desktop: two sessions of the coordinator on the planning of a production with a chain of
 * dependent tasks; one shifts the first task with cascade, the other sees the conflict count
 * change without reloading.
 */
async function ganttScenario(t) {
  t.begin(`planning: find "${CHAIN_PRODUCTION}" and its task chain through the API`);
  const token = await apiLogin(EMAIL);
  const prod = await productionByTitle(token, CHAIN_PRODUCTION);
  const tasksQuery = 'query ($id: ID!) { production(id: $id) { tasks { id title startDate endDate dependsOn { task { id } } } } }';
  const readTasks = async () => (await gql(tasksQuery, { id: prod.id }, token)).production.tasks;
  const tasks = await readTasks();
  const dependents = new Map();
  for (const task of tasks) for (const d of task.dependsOn) dependents.set(d.task.id, [...(dependents.get(d.task.id) ?? []), task.id]);
  const first = tasks.filter((task) => dependents.has(task.id)).sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  if (!first) throw new Error(`"${CHAIN_PRODUCTION}" has no task with dependents`);
  const dependentId = dependents.get(first.id)[0];
  const dependent = tasks.find((task) => task.id === dependentId);
  t.log(`${tasks.length} tasks; first with dependents: "${first.title}" ${first.startDate}; dependent "${dependent.title}" ${dependent.startDate}`);
  const before = await conflictCount(prod.id, token);
  t.log(`conflicts involving the production before: ${before}`);

  t.begin('planning: session A (desktop) opens the production, then its planning tab');
  const { ctx: ctxA, page: a } = await t.open('A', DESKTOP);
  await loginUI(a, EMAIL);
  await a.getByTestId('production-item').filter({ hasText: CHAIN_PRODUCTION }).locator('a').click();
  await a.waitForURL(new RegExp(`/productions/${prod.id}$`), { timeout: 10_000 });
  await a.getByTestId('tab-planning').click();
  await a.waitForURL(new RegExp(`/productions/${prod.id}/planning$`), { timeout: 10_000 });
  const barA = (id) => a.locator(`[data-testid="task-bar"][data-task-id="${id}"]`);
  const bar = (id) => `[data-testid="task-bar"][data-task-id="${id}"]`;
  await barA(first.id).waitFor({ state: 'attached', timeout: 15_000 });
  const bars = await a.getByTestId('task-bar').count();
  if (bars !== tasks.length) throw new Error(`${bars} task bars for ${tasks.length} tasks`);
  if ((await barA(first.id).getAttribute('data-start')) !== first.startDate) throw new Error('the first bar does not show the task’s start');
  if (!(await a.getByTestId('today-line').count()) && !(await a.getByTestId('deadline-line').count())) {
    throw new Error('neither the today line nor the deadline line is drawn');
  }
  await waitLive(a);
  await waitText(a, 'conflict-count', String(before));

  t.begin('planning: session B (another login, same coordinator) opens the same planning by its address');
  const { ctx: ctxB, page: b } = await t.open('B', DESKTOP);
  await loginUI(b, EMAIL);
  await b.goto(`${BASE_URL}/productions/${prod.id}/planning`);
  await waitLive(b);
  await waitText(b, 'conflict-count', String(before));
  await markNoReload(b);

  t.begin('planning: in A, select the first task with dependents; cascade is on by default');
  await barA(first.id).click();
  await a.locator(`[data-testid="shift-panel"][data-task-id="${first.id}"]`).waitFor({ timeout: 5_000 });
  if (!(await a.getByTestId('shift-cascade').isChecked())) throw new Error('the cascade box is not checked by default');

  t.begin('planning: in A, "+1 j" moves the task and its dependent');
  await a.getByTestId('shift-plus').click();
  await waitAttr(a, bar(first.id), 'data-start', { not: first.startDate }, 'the task did not move');
  await waitAttr(a, bar(dependent.id), 'data-start', { not: dependent.startDate }, 'the dependent task did not move');
  let moved = await readTasks();
  const shown = { first: await barA(first.id).getAttribute('data-start'), dependent: await barA(dependent.id).getAttribute('data-start') };
  const api = { first: moved.find((x) => x.id === first.id).startDate, dependent: moved.find((x) => x.id === dependent.id).startDate };
  if (shown.first !== api.first || shown.dependent !== api.dependent) {
    throw new Error(`the bars show ${JSON.stringify(shown)}, the API ${JSON.stringify(api)}`);
  }
  t.log(`"${first.title}" now starts ${api.first}, "${dependent.title}" ${api.dependent}`);

  // +1 may or may not change the conflicts (it depends on the other productions' bookings).
  // Keep shifting until it does: the chain's last task ends eleven working days before the
  // deadline (QC on 11/02/2027, delivery on 26/02/2027), so +12 in all always makes a
  // DEADLINE conflict (in the demo as seeded, +5 already makes a double booking).
  let after = await conflictCount(prod.id, token);
  let shifts = 1;
  while (after === before && shifts < 12) {
    const start = await barA(first.id).getAttribute('data-start');
    await a.getByTestId('shift-plus').click();
    await waitAttr(a, bar(first.id), 'data-start', { not: start }, `shift #${shifts + 1} did nothing`);
    shifts++;
    after = await conflictCount(prod.id, token);
  }
  if (after === before) throw new Error(`the conflict count stayed at ${before} after shifting by ${shifts} working days`);
  t.log(`after +${shifts} working day(s) the API reports ${after} conflict(s) for the production`);
  await waitText(a, 'conflict-count', String(after));

  t.begin('planning: B shows the new conflict count and the moved bars without reloading');
  try {
    await waitText(b, 'conflict-count', String(after), 15_000);
  } catch {
    throw new Error(`B's conflict count says "${await b.getByTestId('conflict-count').textContent()}", expected ${after}`);
  }
  moved = await readTasks();
  const expectedStart = moved.find((x) => x.id === first.id).startDate;
  await waitAttr(b, bar(first.id), 'data-start', { is: expectedStart }, 'B does not show the moved task');
  await assertNotReloaded(b, 'B');

  t.begin(`planning: screenshot the Gantt at desktop size → ${GANTT_SHOT}`);
  await screenshot(a, GANTT_SHOT);

  t.begin('planning: the resource board opens from the home page');
  await a.goto(`${BASE_URL}/`);
  await a.getByTestId('link-board').click();
  await a.waitForURL(/\/planning$/, { timeout: 10_000 });
  await a.getByTestId('board-row').first().waitFor({ timeout: 10_000 });
  t.log(`resource board: ${await a.getByTestId('board-row').count()} rows, ${await a.getByTestId('booking-chip').count()} booking(s) this week`);

  await ctxA.close();
  await ctxB.close();
}

/** Phone: the technician sees their coming bookings on "my schedule". */
async function technicianScenario(t) {
  t.begin('my schedule: make sure the technician has a booking in the coming two weeks');
  const from = todayParis();
  const to = addDays(from, 14);
  const booked = await ensureBooking(await apiLogin(TECH_EMAIL), await apiLogin(EMAIL), from, to);
  if (!booked.technician) throw new Error(`${TECH_EMAIL} has no technician record`);
  if (booked.pencilled) t.log(`no booking between ${from} and ${to}: pencilled one on ${booked.pencilled}`);
  else t.log(`${booked.count} booking(s) between ${from} and ${to}`);

  t.begin(`my schedule: ${TECH_EMAIL} logs in on a phone and opens "my schedule" from the home page`);
  const { ctx, page } = await t.open('technician', PHONE);
  await loginUI(page, TECH_EMAIL);
  await page.getByTestId('link-my-schedule').click();
  await page.waitForURL(/\/my-schedule$/, { timeout: 10_000 });
  const items = page.getByTestId('schedule-item');
  try {
    await items.first().waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error('no booking on "my schedule"');
  }
  t.log(`${await items.count()} booking(s) over ${await page.getByTestId('schedule-day').count()} day(s)`);
  await assertFitsWidth(page, '"my schedule"');
  await ctx.close();
}

export default defineSpec({
  name: 'planning',
  title: 'the Gantt in two sessions, the resource board, a technician’s schedule',
  async run(t) {
    await ganttScenario(t);
    await technicianScenario(t);
  },
});
