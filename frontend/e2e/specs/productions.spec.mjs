// A production page follows changes live: renamed through the API by a second session, it
// shows the new title on a phone without reloading. The production is built for the test, so
// that no other spec's demo row changes its name meanwhile.
import { apiLogin, gql } from '../support/api.mjs';
import { createProduction, productionInput, unique, UPDATE_PRODUCTION } from '../support/build.mjs';
import { EMAIL, PHONE } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { assertNotReloaded, loginUI, markNoReload, waitLive } from '../support/ui.mjs';

export default defineSpec({
  name: 'productions',
  title: 'a production renamed through the API, shown live on a phone',
  async run(t) {
    t.begin('build a production through the API');
    const token = await apiLogin(EMAIL);
    const built = await createProduction(token, unique('Documentaire E2E'));
    t.log(`production "${built.title}" (${built.id})`);

    t.begin(`log in as ${EMAIL} on a phone and see the productions on the home page`);
    const { ctx, page } = await t.open('phone', PHONE);
    await loginUI(page, EMAIL);
    const items = page.getByTestId('production-item');
    t.log(`${await items.count()} production(s) listed`);

    t.begin('open the production from the list');
    await items.filter({ hasText: built.title }).locator('a').click();
    await page.waitForURL(/\/productions\/[^/]+$/, { timeout: 10_000 });
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    if (id !== built.id) throw new Error(`the list opened production ${id}, not ${built.id}`);
    const titleEl = page.getByTestId('production-title');
    await titleEl.waitFor({ state: 'visible', timeout: 10_000 });
    t.log(`production ${id}: "${await titleEl.textContent()}"`);

    t.begin('wait for the live indicator to be connected');
    await waitLive(page);
    t.log(`live-status says "${await page.getByTestId('live-status').textContent()}"`);
    await markNoReload(page);

    t.begin('second session: log in through the API and rename the production');
    const second = await apiLogin(EMAIL);
    const p = await productionInput(second, id);
    const newTitle = `${p.title} (v2)`;
    const { updateProduction } = await gql(UPDATE_PRODUCTION, { id, input: p.input(newTitle) }, second);
    if (updateProduction.title !== newTitle) throw new Error(`updateProduction returned title "${updateProduction.title}"`);
    t.log(`renamed to "${newTitle}"`);

    t.begin('the page shows the new title without reloading');
    try {
      await page.waitForFunction(
        (expected) => document.querySelector('[data-testid="production-title"]')?.textContent === expected,
        newTitle,
        { timeout: 10_000 },
      );
    } catch {
      throw new Error(`production-title still shows "${await titleEl.textContent()}", expected "${newTitle}"`);
    }
    await assertNotReloaded(page, 'the page');

    t.begin('restore the original title');
    await gql(UPDATE_PRODUCTION, { id, input: p.input(p.title) }, second);
    await ctx.close();
  },
});
