// Every page without a network, for every role: the shell says it is offline and what still
// works, in the user's language, and no page is blank or shows the browser's "Failed to fetch".
// Online, the live badge tells the truth: a producer never sees a grey "Hors ligne" while the
// network is fine.
import { apiLogin, gql } from '../support/api.mjs';
import { productionByTitle } from '../support/build.mjs';
import { ADMIN_EMAIL, DESKTOP, EMAIL, HOLDER_EMAIL, PHONE, TECH_EMAIL, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, submitLogin } from '../support/ui.mjs';

const PRODUCER_EMAIL = 'producer@demo.test';

const ROUTES = [
  '/',
  '/dashboard',
  '/productions/:production',
  '/productions/:production/planning',
  '/productions/:production/tracking',
  '/planning',
  '/my-schedule',
  '/my-day',
  '/my-slips',
  '/slips/new',
  '/deliveries',
  '/deliveries/:delivery',
  '/catalogue',
  '/catalogue/holders',
  '/catalogue/import',
  '/catalogue/runs',
  '/catalogue/works/:work',
  '/portal',
  '/admin/users',
];

const SAYS = {
  fr: { offline: 'Hors ligne.', raw: ['Failed to fetch', 'common.', 'banner.'], loading: 'Chargement…', pageOffline: 'Hors ligne : cette page' },
  en: { offline: 'Offline.', raw: ['Failed to fetch', 'common.', 'banner.'], loading: 'Loading…', pageOffline: 'Offline: this page' },
};

async function ids(coordToken) {
  const prod = await productionByTitle(coordToken, 'Les Heures claires');
  const { deliveries } = await gql('{ deliveries(first: 1) { edges { node { id } } } }', {}, coordToken);
  const { works } = await gql('{ works(first: 1) { edges { node { id } } } }', {}, coordToken);
  return { production: prod.id, delivery: deliveries.edges[0]?.node.id ?? 'none', work: works.edges[0]?.node.id ?? 'none' };
}

async function goInApp(page, path) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    window.dispatchEvent(new Event('postprod:navigate'));
  }, path);
}

/** Logs `email` in, then visits every page offline: each says so, none is blank or raw. */
async function visitOffline(t, email, { lang = 'fr', device = DESKTOP, params, shot }) {
  t.begin(`offline pages: ${email} (${lang}) logs in, then the network goes away`);
  const { ctx, page } = await t.open(`offline-${email}`, device);
  if (lang === 'en') await ctx.addInitScript(() => localStorage.setItem('postprod.lang', 'en'));
  await submitLogin(page, email);
  await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1_000);
  await ctx.setOffline(true);
  const problems = [];
  for (const pattern of ROUTES) {
    const path = pattern.replace(/:(\w+)/g, (_, k) => params[k]);
    await goInApp(page, path);
    await page.waitForTimeout(700);
    const banner = page.getByTestId('offline-banner');
    if (!(await banner.isVisible())) {
      problems.push(`${path}: no offline banner`);
      continue;
    }
    const bannerText = normaliseSpaces((await banner.textContent()) ?? '');
    if (!bannerText.startsWith(SAYS[lang].offline)) problems.push(`${path}: the banner says "${bannerText}"`);
    const main = normaliseSpaces((await page.locator('main').first().textContent().catch(() => '')) ?? '');
    if (main.trim().length < 10) problems.push(`${path}: a blank page ("${main}")`);
    if (main.trim().endsWith(SAYS[lang].loading)) problems.push(`${path}: still loading offline ("${main}")`);
    const all = normaliseSpaces((await page.locator('body').textContent()) ?? '');
    for (const raw of SAYS[lang].raw) if (all.includes(raw)) problems.push(`${path}: shows "${raw}"`);
    if (device === PHONE) await assertFitsWidth(page, `${path} offline`);
  }
  if (shot) {
    await goInApp(page, shot.path);
    await page.waitForTimeout(700);
    t.log(`screenshot ${await screenshot(page, shot.file, { fullPage: false })}`);
  }
  t.begin(`offline pages: ${email}: the network comes back, the page loads by itself`);
  await ctx.setOffline(false);
  await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 10_000 });
  try {
    await page.waitForFunction((said) => !document.body.textContent.includes(said), SAYS[lang].pageOffline, { timeout: 10_000 });
  } catch {
    problems.push(`${page.url()}: still "${SAYS[lang].pageOffline}…" 10 s after the network came back`);
  }
  await ctx.close();
  if (problems.length) throw new Error(`offline, for ${email}:\n  ${problems.join('\n  ')}`);
  t.log(`${email}: ${ROUTES.length} pages say they are offline`);
}

export default defineSpec({
  name: 'offline-pages',
  title: 'every page offline, every role: the shell says so in the user’s language; the live badge tells the truth',
  async run(t) {
    const coordToken = await apiLogin(EMAIL);
    const params = await ids(coordToken);

    t.begin('live badge: a producer online never sees "Hors ligne"');
    {
      const { ctx, page } = await t.open('producer-live', DESKTOP);
      await submitLogin(page, PRODUCER_EMAIL);
      await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
      const prods = await gql('{ productions(first: 5) { edges { node { id } } } }', {}, await apiLogin(PRODUCER_EMAIL));
      for (const path of [`/productions/${prods.productions.edges[0].node.id}`, '/deliveries']) {
        await goInApp(page, path);
        await page.waitForTimeout(3_000);
        const badge = page.getByTestId('live-status');
        const state = (await badge.count()) ? await badge.getAttribute('data-state') : 'none';
        if (state === 'offline') throw new Error(`${path}: a producer online sees the badge "${await badge.textContent()}"`);
        t.log(`${path}: producer's badge ${state}`);
      }
      await ctx.close();
    }

    await visitOffline(t, EMAIL, { params, shot: { path: `/productions/${params.production}/tracking`, file: tmpPath('postprod-e2e-offline-tracking.png') } });
    await visitOffline(t, TECH_EMAIL, { device: PHONE, params, shot: { path: '/my-schedule', file: tmpPath('postprod-e2e-offline-phone.png') } });
    await visitOffline(t, PRODUCER_EMAIL, { lang: 'en', params, shot: { path: '/deliveries', file: tmpPath('postprod-e2e-offline-en.png') } });
    await visitOffline(t, HOLDER_EMAIL, { device: PHONE, params });
    await visitOffline(t, ADMIN_EMAIL, { lang: 'en', params });
  },
});
