// The README's phone picture: the coordinator's home page on the demo as seeded. `make
// screenshot` writes it to docs/ (SCREENSHOT); other runs to the temp directory. It runs before
// every other spec, which may add rows to the list it photographs.
import { EMAIL, PHONE } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { homeShotPath, screenshot } from '../support/shots.mjs';
import { loginUI } from '../support/ui.mjs';

export default defineSpec({
  name: 'screenshots',
  title: 'the README’s phone screenshot of the home page',
  seedOnly: true,
  async run(t) {
    t.begin(`log in as ${EMAIL} on a phone and see the productions on the home page`);
    const { ctx, page } = await t.open('phone', PHONE);
    await loginUI(page, EMAIL);
    t.log(`${await page.getByTestId('production-item').count()} production(s) listed`);

    const path = homeShotPath();
    t.begin(`screenshot the home page at phone size → ${path}`);
    await screenshot(page, path, { fullPage: false });
    await ctx.close();
  },
});
