// Cost privacy in the rendered pages (issue 10, "What must be shown"), on the demo as seeded:
// the coordinator sees the team's day rates ("€ / jour") and the tracking's costs in euros; the
// producer (on a production of their client) and the technician (on a production whose team
// they are in) see no colleague's rate on the team tab and no amount in tracking, a dash where
// a cost would be; a rights holder who opens the rooms page is refused, and no rate is shown.
// Read-only: it changes nothing, so it runs beside any other spec.
import { apiLogin } from '../support/api.mjs';
import { productionByTitle } from '../support/build.mjs';
import { BASE_URL, DESKTOP, EMAIL, HOLDER_EMAIL, PHONE, TECH_EMAIL } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot, shotPath } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { loginUI, submitLogin } from '../support/ui.mjs';

const PRODUCER_EMAIL = 'producer@demo.test';
// A production of the producer's client (Hirondelle Télévision), and one the technician works on.
const PRODUCER_PRODUCTION = 'Brigade des marées';
const TECH_PRODUCTION = 'Les Heures claires';
const PER_DAY = '€ / jour';

/** The visible text of <main>, spaces normalised. */
async function mainText(page) {
  return normaliseSpaces(await page.locator('main').innerText());
}

/** Opens a production's team tab and waits for its members; returns the page's text. */
async function teamText(page, id) {
  await page.goto(`${BASE_URL}/productions/${id}/team`);
  await page.getByTestId('team-item').first().waitFor({ timeout: 10_000 });
  return mainText(page);
}

/** Opens a production's tracking tab and waits for its figures or its refusal; returns the page's text. */
async function trackingText(page, id) {
  await page.goto(`${BASE_URL}/productions/${id}/tracking`);
  await page.locator('[data-testid="tracking-headline"], main p.muted, main p.error').first().waitFor({ timeout: 10_000 });
  return mainText(page);
}

/** Throws when the text shows a euro amount or a rate. */
function assertNoCost(text, what) {
  const found = text.match(/[\d\s.,]*€(\s*\/\s*\p{L}+)?/u);
  if (found) throw new Error(`${what} shows a cost: "${found[0].trim()}" in "${text.slice(0, 400)}"`);
}

export default defineSpec({
  name: 'costs',
  title: 'cost privacy in the pages: rates and costs for the coordinator, none for the producer, the technician or a rights holder',
  async run(t) {
    t.begin('find the two demo productions');
    const token = await apiLogin(EMAIL);
    const forProducer = await productionByTitle(token, PRODUCER_PRODUCTION);
    const forTech = await productionByTitle(token, TECH_PRODUCTION);

    t.begin(`coordinator: the team tabs show day rates with their unit, tracking shows costs in euros`);
    {
      const { ctx, page } = await t.open('coordinator', DESKTOP);
      await loginUI(page, EMAIL);
      for (const p of [forProducer, forTech]) {
        const team = await teamText(page, p.id);
        if (!team.includes(PER_DAY)) throw new Error(`the coordinator sees no "${PER_DAY}" on the team of "${p.title}": ${team.slice(0, 400)}`);
        await trackingText(page, p.id);
        const cost = normaliseSpaces(await page.getByTestId('summary-actual-cost').textContent());
        if (!/^\d[\d\s]*,\d{2} €$/.test(cost)) throw new Error(`the coordinator's tracking of "${p.title}" shows the actual cost "${cost}"`);
      }
      await ctx.close();
    }

    t.begin(`producer: "${PRODUCER_PRODUCTION}": no rate on the team tab, no amount in tracking`);
    {
      const { ctx, page } = await t.open('producer', DESKTOP);
      await loginUI(page, PRODUCER_EMAIL);
      assertNoCost(await teamText(page, forProducer.id), 'the producer’s team tab');
      await screenshot(page, shotPath('postprod-e2e-costs-producer-team.png'));
      const tracking = await trackingText(page, forProducer.id);
      await page.getByTestId('tracking-headline').waitFor({ timeout: 10_000 });
      assertNoCost(tracking, 'the producer’s tracking');
      for (const id of ['summary-actual-cost', 'summary-excess-cost']) {
        const said = normaliseSpaces(await page.getByTestId(id).textContent());
        if (said !== '—') throw new Error(`the producer's tracking shows "${said}" as ${id}, not a dash`);
      }
      await screenshot(page, shotPath('postprod-e2e-costs-producer-tracking.png'));
      await ctx.close();
    }

    t.begin(`technician (phone): "${TECH_PRODUCTION}": no colleague’s rate on the team tab, no amount in tracking`);
    {
      const { ctx, page } = await t.open('technician', PHONE);
      await loginUI(page, TECH_EMAIL);
      assertNoCost(await teamText(page, forTech.id), 'the technician’s team tab');
      await screenshot(page, shotPath('postprod-e2e-costs-tech-team.png'));
      assertNoCost(await trackingText(page, forTech.id), 'the technician’s tracking');
      await ctx.close();
    }

    t.begin('rights holder (phone): the rooms page is refused, without a room or a rate');
    {
      const { ctx, page } = await t.open('holder', PHONE);
      await submitLogin(page, HOLDER_EMAIL);
      await page.waitForURL((u) => u.pathname !== '/login', { timeout: 15_000 });
      await page.goto(`${BASE_URL}/rooms`);
      await page.locator('main p.error, main p.muted').first().waitFor({ timeout: 10_000 });
      const text = await mainText(page);
      if (!/réservée|introuvable|pas le droit/i.test(text)) throw new Error(`the holder's rooms page neither refuses nor says not found: "${text}"`);
      if ((await page.getByTestId('room-item').count()) !== 0) throw new Error('the holder sees the list of rooms');
      assertNoCost(normaliseSpaces(await page.locator('body').innerText()), 'the holder’s rooms page');
      t.log(`the holder reads "${text}"`);
      await ctx.close();
    }
  },
});
