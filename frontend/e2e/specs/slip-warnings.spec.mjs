// Implausible slips are flagged, never refused: a technician on a phone types a 15 h session
// (18:00 → 09:00, no break) and sees, before sending, the server's worked time and its warning;
// the coordinator's dashboard, opened beforehand, shows it live in « Bons à vérifier ». The slip
// is rejected at the end, so that a rerun finds the evening free again.
import { apiLogin, gql } from '../support/api.mjs';
import { slipsOn, unique } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { DESKTOP, EMAIL, PHONE, TECH_EMAIL, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, loginUI, waitLive } from '../support/ui.mjs';

const PHONE_SHOT = tmpPath('postprod-e2e-slip-warning-phone.png');
const DASHBOARD_SHOT = tmpPath('postprod-e2e-flagged-dashboard.png');

const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * A day of the last two weeks (the dashboard's window) whose evening from 18:00 and the next
 * morning until 09:00 hold none of the technician's sessions, the most recent Saturday first.
 */
async function freeEvening(techToken) {
  const today = todayParis();
  const days = Array.from({ length: 12 }, (_, i) => addDays(today, -1 - i));
  days.sort((a, b) => Number(new Date(`${b}T00:00:00Z`).getUTCDay() === 6) - Number(new Date(`${a}T00:00:00Z`).getUTCDay() === 6));
  for (const d of days) {
    const on = await slipsOn(d, techToken, 'start end status');
    const next = await slipsOn(addDays(d, 1), techToken, 'start end status');
    const live = (s) => s.status !== 'REJECTED';
    const eveningBusy = on.filter(live).some((s) => minutes(s.end) > minutes('18:00') || minutes(s.end) <= minutes(s.start));
    const morningBusy = next.filter(live).some((s) => minutes(s.start) < minutes('09:00'));
    if (!eveningBusy && !morningBusy) return d;
  }
  throw new Error('no free evening for the technician in the last twelve days');
}

export default defineSpec({
  name: 'slip-warnings',
  title: 'a 15 h session: the technician sees the warning before sending, the coordinator in « Bons à vérifier »',
  async run(t) {
    t.begin('slip warnings: a production of the technician and a free evening of the last two weeks');
    const techToken = await apiLogin(TECH_EMAIL);
    const coordToken = await apiLogin(EMAIL);
    const mine = await gql('{ me { technician { name } } productions(first: 50) { edges { node { id title status } } } }', {}, techToken);
    const prod = mine.productions.edges.map((e) => e.node).find((p) => p.status !== 'CLOSED');
    if (!prod) throw new Error(`${TECH_EMAIL} has no open production`);
    const techName = mine.me.technician.name;
    const day = await freeEvening(techToken);
    const note = unique('e2e séance de 15 h');
    t.log(`"${prod.title}" on ${day} 18:00 → 09:00, note "${note}"`);

    t.begin('slip warnings: the coordinator opens the dashboard (desktop) first');
    const { ctx: ctxC, page: c } = await t.open('dashboard', DESKTOP);
    await loginUI(c, EMAIL);
    await c.getByTestId('link-dashboard').click();
    await c.waitForURL(/\/dashboard$/, { timeout: 10_000 });
    await c.getByTestId('flagged-slips').waitFor({ timeout: 10_000 });
    await waitLive(c);

    t.begin(`slip warnings: ${TECH_EMAIL} (phone) fills a 15 h session`);
    const { ctx: ctxT, page: p } = await t.open('technician', PHONE);
    await loginUI(p, TECH_EMAIL);
    await p.getByTestId('link-my-day').click();
    await p.waitForURL(/\/my-day$/, { timeout: 10_000 });
    await p.getByTestId('new-slip').click();
    await p.waitForURL(/\/slips\/new/, { timeout: 10_000 });
    await p.locator(`[data-testid="slip-production"] option[value="${prod.id}"]`).waitFor({ state: 'attached', timeout: 10_000 });
    await p.getByTestId('slip-production').selectOption(prod.id);
    const operation = await p.getByTestId('slip-operation').locator('option').nth(1).getAttribute('value');
    await p.getByTestId('slip-operation').selectOption(operation);
    await p.getByTestId('slip-date').fill(day);
    await p.getByTestId('slip-start').fill('18:00');
    await p.getByTestId('slip-end').fill('09:00');
    await p.getByTestId('slip-break-0').tap();
    await p.getByTestId('slip-notes').fill(note);

    t.begin('slip warnings: before sending, the duration box shows the server’s 15 h and its warning');
    const warning = p.locator('[data-testid="slip-warning"][data-code="SESSION_OVER_10H"]');
    try {
      await warning.waitFor({ timeout: 10_000 });
    } catch {
      throw new Error(`no SESSION_OVER_10H warning before sending; the box says "${await p.getByTestId('slip-duration').textContent()}"`);
    }
    const said = normaliseSpaces((await warning.textContent()) ?? '');
    if (!said.includes('15 h') || /SESSION_OVER_10H/.test(said)) throw new Error(`the warning says "${said}"`);
    const worked = normaliseSpaces((await p.getByTestId('slip-worked').textContent()) ?? '');
    if (worked !== '15 h') throw new Error(`the worked time shown is "${worked}"`);
    await assertFitsWidth(p, 'the slip form with its warning');
    t.log(`warning "${said}"; screenshot ${await screenshot(p, PHONE_SHOT)}`);

    t.begin('slip warnings: sent anyway (flagged, not refused), "Mes bons" shows the warning');
    await p.getByTestId('slip-submit').tap();
    await p.waitForURL(/\/my-slips$/, { timeout: 10_000 });
    const mySlip = p.getByTestId('my-slip').filter({ hasText: note });
    await mySlip.waitFor({ timeout: 15_000 });
    await mySlip.locator('[data-testid="my-slip-warning"][data-code="SESSION_OVER_10H"]').waitFor({ timeout: 5_000 });
    const recorded = (await slipsOn(day, coordToken, 'id notes status workedMinutes')).filter((s) => s.notes === note);
    if (recorded.length !== 1 || recorded[0].workedMinutes !== 900) throw new Error(`the server has ${JSON.stringify(recorded)}`);
    const id = recorded[0].id;

    t.begin('slip warnings: the coordinator sees it in « Bons à vérifier », live, with its warning');
    const row = c.locator(`[data-testid="flagged-slip"][data-slip-id="${id}"]`);
    for (let i = 0; ; i++) {
      try {
        await row.waitFor({ timeout: i === 0 ? 15_000 : 5_000 });
        break;
      } catch {
        const more = c.getByTestId('flagged-more');
        if (i >= 5 || !(await more.isVisible())) throw new Error('the flagged slip is not in « Bons à vérifier »');
        await more.click();
      }
    }
    const text = normaliseSpaces((await row.textContent()) ?? '');
    if (!text.includes(techName) || !text.includes(prod.title)) throw new Error(`the flagged slip reads "${text}"`);
    await row.locator('[data-testid="flagged-warning"][data-code="SESSION_OVER_10H"]').waitFor({ timeout: 5_000 });
    await c.locator(`[data-testid="waiting-slip"][data-slip-id="${id}"] [data-testid="waiting-warning"]`).first().waitFor({ timeout: 5_000 });
    await row.scrollIntoViewIfNeeded();
    t.log(`flagged on the dashboard: "${text}"; screenshot ${await screenshot(c, DASHBOARD_SHOT)}`);

    t.begin('slip warnings: the slip is rejected, so that a rerun finds the evening free');
    await gql('mutation ($id: ID!) { rejectSlip(id: $id, reason: "Test du navigateur") { id status } }', { id }, coordToken);
    await ctxT.close();
    await ctxC.close();
  },
});
