// Pages load with their route (issue 13). A page whose chunk cannot be fetched (a new deploy
// replaced the hashed files, or the network failed) says so with "Recharger", never a blank
// screen, and draws by itself once the chunk can be fetched again. The chunks go out gzipped
// and cached for good; the sign-in screen fetches only the shell and its own chunk.
import { BASE_URL, DESKTOP, PHONE, TECH_EMAIL, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, loginUI } from '../support/ui.mjs';

const SAYS = {
  fr: { failed: 'Cette page n’a pas pu être chargée', reload: 'Recharger' },
  en: { failed: 'This page could not be loaded', reload: 'Reload' },
};
const MY_SLIPS_CHUNK = /\/assets\/MySlipsPage-[^/]*\.js$/;

async function goInApp(page, path) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    window.dispatchEvent(new Event('postprod:navigate'));
  }, path);
}

/** The technician's "Mes bons" chunk is missing: the page says so, then draws once it is back. */
async function missingChunk(t, { lang, device, shot }) {
  t.begin(`a missing page chunk (${lang}, ${device.viewport.width} px): the page says so and offers "${SAYS[lang].reload}"`);
  // No service worker: it would answer from its precache, which a new deploy also replaces.
  const { ctx, page } = await t.open(`chunk-${lang}`, { ...device, serviceWorkers: 'block' });
  if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('postprod.lang', 'en'));
  let missing = true;
  await page.route(MY_SLIPS_CHUNK, (route) => (missing ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await loginUI(page, TECH_EMAIL);
  await goInApp(page, '/my-slips');
  const failed = page.getByTestId('chunk-failed');
  await failed.waitFor({ timeout: 10_000 });
  const text = normaliseSpaces((await failed.textContent()) ?? '');
  if (!text.startsWith(SAYS[lang].failed)) throw new Error(`the message says "${text}"`);
  const reload = page.getByTestId('chunk-reload');
  if ((await reload.textContent())?.trim() !== SAYS[lang].reload) throw new Error(`the button says "${await reload.textContent()}"`);
  const box = await reload.boundingBox();
  if (!box || box.height < 44) throw new Error(`"${SAYS[lang].reload}" is ${box?.height} px high, under 44`);
  await assertFitsWidth(page, 'a missing page chunk');
  t.log(`screenshot ${await screenshot(page, shot, { fullPage: false })}`);

  t.begin('the chunk can be fetched again: the page draws by itself when the network comes back');
  missing = false;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await failed.waitFor({ state: 'detached', timeout: 10_000 });
  // The page itself then loads its data: wait for more than its loading line.
  await page
    .waitForFunction(() => (document.querySelector('main')?.textContent ?? '').replace(/(Chargement|Loading)…/, '').trim().length >= 10, null, { timeout: 10_000 })
    .catch(async () => {
      throw new Error(`"Mes bons" is blank after the retry: "${await page.locator('main').first().textContent()}"`);
    });
  await ctx.close();
}

export default defineSpec({
  name: 'page-chunks',
  title: 'pages load with their route: a missing chunk says so and recovers; chunks gzipped and cached for good',
  async run(t) {
    t.begin('sign-in on a phone: the shell and the sign-in chunk only, gzipped and immutable');
    {
      const { ctx, page } = await t.open('first-screen', { ...PHONE, serviceWorkers: 'block' });
      const scripts = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r);
      });
      await page.goto(`${BASE_URL}/login`);
      await page.getByTestId('login-email').waitFor({ timeout: 10_000 });
      const names = scripts.map((r) => new URL(r.url()).pathname);
      if (names.some((n) => /(ProductionPlanningPage|CataloguePage|DeliveryPage|MyDayPage)-/.test(n))) {
        throw new Error(`the sign-in screen fetched other pages' chunks: ${names.join(', ')}`);
      }
      let gzipped = 0;
      for (const r of scripts) {
        const h = await r.allHeaders();
        if (h['cache-control'] !== 'public, max-age=31536000, immutable') throw new Error(`${r.url()}: Cache-Control "${h['cache-control']}"`);
        if (h['content-encoding'] !== 'gzip') throw new Error(`${r.url()}: not gzipped (${h['content-encoding'] ?? 'no Content-Encoding'})`);
        gzipped += Number(h['content-length'] ?? 0);
      }
      t.log(`${scripts.length} script(s) before the sign-in form, ${(gzipped / 1000).toFixed(1)} kB gzipped: ${names.join(', ')}`);
      if (gzipped > 100_000) throw new Error(`the sign-in screen fetched ${gzipped} bytes of gzipped JS (budget 100 kB)`);
      await ctx.close();
    }

    await missingChunk(t, { lang: 'fr', device: { ...PHONE, viewport: { width: 360, height: 740 } }, shot: tmpPath('postprod-e2e-chunk-failed-phone.png') });
    await missingChunk(t, { lang: 'en', device: { ...DESKTOP, viewport: { width: 1440, height: 900 } }, shot: tmpPath('postprod-e2e-chunk-failed-en.png') });
  },
});
