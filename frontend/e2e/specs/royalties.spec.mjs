// Royalties: the rights holder's portal on a phone (chart, statements, a statement's PDF, a new
// statement announced live) and the coordinator's catalogue (shares above 100 % refused, a CSV
// import that lists every invalid row). The run it issues covers the demo's revenue waiting
// for one; no other spec issues runs or imports revenue.
import { readFileSync, rmSync } from 'node:fs';
import { apiLogin, gql } from '../support/api.mjs';
import { issueRun } from '../support/build.mjs';
import { DESKTOP, EMAIL, HOLDER_EMAIL, PHONE, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot, shotPath } from '../support/shots.mjs';
import { normaliseSpaces, pdfText } from '../support/text.mjs';
import { assertFitsWidth, assertNotReloaded, loginUI, markNoReload, submitLogin, waitAttr, waitLive } from '../support/ui.mjs';

const PORTAL_SHOT = shotPath('postprod-e2e-portal-phone.png');
// The demo's revenue of the second half of 2025 waits for a run.
const NEW_RUN = { start: '2025-07-01', end: '2025-12-31' };
const SHARES_WORK = 'Marée basse';

/**
 * Phone: the rights holder lands on their portal, sees the chart and their statements, downloads
 * the first statement's PDF (which says the amount the page says), then sees a statement issued
 * meanwhile by the coordinator announced without reloading.
 */
async function portalScenario(t) {
  t.begin(`portal: ${HOLDER_EMAIL} logs in on a phone and lands on the portal`);
  const { ctx, page } = await t.open('holder', { ...PHONE, acceptDownloads: true });
  await submitLogin(page, HOLDER_EMAIL);
  await page.waitForURL(/\/portal$/, { timeout: 15_000 });

  t.begin('portal: the revenue chart has bars and statements are listed');
  const bars = page.locator('[data-testid="revenue-chart"] svg [data-testid="chart-bar"]');
  try {
    await bars.first().waitFor({ state: 'attached', timeout: 15_000 });
  } catch {
    throw new Error('no bar in the revenue chart');
  }
  const items = page.getByTestId('statement-item');
  await items.first().waitFor({ state: 'visible', timeout: 10_000 });
  const before = await items.count();
  t.log(`${await bars.count()} bar segment(s), ${before} statement(s)`);
  await assertFitsWidth(page, 'the portal');
  t.log(`portal screenshot → ${await screenshot(page, PORTAL_SHOT, { fullPage: false })}`);

  t.begin('portal: the first statement’s PDF holds the amount the page shows');
  const shown = ((await page.getByTestId('statement-amount').first().textContent()) ?? '').trim();
  if (!/\d,\d\d\s*€$/.test(normaliseSpaces(shown))) throw new Error(`the statement amount reads "${shown}"`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId('statement-pdf').first().click()]);
  const pdf = tmpPath(`postprod-e2e-statement-${process.pid}.pdf`);
  await download.saveAs(pdf);
  try {
    if (readFileSync(pdf).subarray(0, 4).toString() !== '%PDF') throw new Error(`"${download.suggestedFilename()}" is not a PDF`);
    const text = normaliseSpaces(pdfText(pdf));
    if (!text.includes(normaliseSpaces(shown))) throw new Error(`the PDF does not contain "${normaliseSpaces(shown)}"`);
    t.log(`${download.suggestedFilename()} contains ${normaliseSpaces(shown)}`);
  } finally {
    rmSync(pdf, { force: true });
  }

  t.begin(`portal: the coordinator issues a run for ${NEW_RUN.start} → ${NEW_RUN.end}; the portal announces it live`);
  await waitLive(page);
  await markNoReload(page);
  if (await page.getByTestId('statement-notice').count()) throw new Error('a notice is shown before any new statement');
  const issued = await issueRun(await apiLogin(EMAIL), NEW_RUN);
  if (issued.status !== 'ISSUED') throw new Error(`the run is ${issued.status}`);
  t.log(`run ${issued.id} issued: ${issued.statements.length} statement(s)`);
  const notice = page.getByTestId('statement-notice');
  try {
    await notice.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    throw new Error('no "new statement" notice on the portal');
  }
  const noticeText = (await notice.textContent()) ?? '';
  if (!noticeText.includes('Nouveau relevé disponible')) throw new Error(`the notice reads "${noticeText}"`);
  try {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="statement-item"]').length === n, before + 1, { timeout: 15_000 });
  } catch {
    throw new Error(`the list shows ${await items.count()} statement(s), expected ${before + 1}`);
  }
  await assertNotReloaded(page, 'the portal');
  t.log(`notice: "${normaliseSpaces(noticeText)}"; ${before + 1} statements listed`);
  await ctx.close();
}

/**
 * Desktop: the coordinator's catalogue. Shares above 100 % are refused with the server's message;
 * a CSV import lists every invalid row and imports only a clean file.
 */
async function catalogueScenario(t) {
  t.begin(`catalogue: the coordinator opens "${SHARES_WORK}" from the catalogue`);
  const token = await apiLogin(EMAIL);
  const { works } = await gql('query ($s: String) { works(first: 5, filter: { search: $s }) { edges { node { id title shares { id } } } } }', { s: SHARES_WORK }, token);
  const work = works.edges.map((e) => e.node).find((w) => w.title === SHARES_WORK);
  if (!work) throw new Error(`no work "${SHARES_WORK}" in the demo`);
  const { ctx, page } = await t.open('catalogue', DESKTOP);
  await loginUI(page, EMAIL);
  await page.getByTestId('link-catalogue').click();
  await page.waitForURL(/\/catalogue$/, { timeout: 10_000 });
  await page.getByTestId('works-search').fill(SHARES_WORK);
  await page.waitForFunction(
    (title) => {
      const items = [...document.querySelectorAll('[data-testid="work-item"]')];
      return items.length === 1 && items[0].textContent.includes(title);
    },
    SHARES_WORK,
    { timeout: 10_000 },
  );
  await page.getByTestId('work-item').locator('a').click();
  await page.waitForURL(new RegExp(`/catalogue/works/${work.id}$`), { timeout: 10_000 });
  const rows = page.getByTestId('share-row');
  await rows.first().waitFor({ timeout: 10_000 });
  if ((await rows.count()) !== work.shares.length) throw new Error(`${await rows.count()} share rows for ${work.shares.length} shares`);

  t.begin('catalogue: a share of 95,5 % on all media worldwide is refused with the overlapping shares named');
  await page.getByTestId('share-add').click();
  const added = rows.last();
  await added.getByTestId('share-holder').selectOption({ index: 1 });
  await added.getByTestId('share-percent').fill('95,5');
  await page.getByTestId('shares-save').click();
  const refusal = page.getByTestId('shares-error');
  try {
    await refusal.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error('no refusal shown for shares above 100 %');
  }
  const refusalText = normaliseSpaces((await refusal.textContent()) ?? '');
  if (!/100 %/.test(refusalText) || !/95,50? %/.test(refusalText)) throw new Error(`the refusal reads "${refusalText}"`);
  t.log(`refused: "${refusalText}"`);
  const after = (await gql('query ($id: ID!) { work(id: $id) { shares { id } } }', { id: work.id }, token)).work.shares;
  if (after.length !== work.shares.length) throw new Error('the refused shares were saved');

  t.begin('catalogue: a CSV with invalid rows lists every one of them, and "Importer" stays disabled');
  await page.getByTestId('catalogue-tab-import').click();
  await page.waitForURL(/\/catalogue\/import$/, { timeout: 10_000 });
  const header = 'work_ref;media;territory;period_start;period_end;amount;reference';
  const bad = [
    header,
    `${SHARES_WORK};TV;FR;01/01/2026;31/03/2026;1 234,56;E2E-1`,
    `Œuvre inconnue;TV;FR;01/01/2026;31/03/2026;10,00;E2E-2`,
    `${SHARES_WORK};RADIO;FR;01/01/2026;31/03/2026;abc;E2E-3`,
    `${SHARES_WORK};TV;FR;31/03/2026;01/01/2026;5,00;E2E-4`,
  ].join('\n');
  const { previewRevenueImport: expected } = await gql(
    'query ($s: String!, $c: String!) { previewRevenueImport(source: $s, csv: $c) { valid errors { line field } } }',
    { s: 'E2E', c: bad },
    token,
  );
  await page.getByTestId('import-source').fill('E2E');
  await page.getByTestId('import-file').setInputFiles({ name: 'releve.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-preview').waitFor({ timeout: 10_000 });
  const shownErrors = await page.getByTestId('import-error-row').count();
  if (expected.errors.length < 3 || shownErrors !== expected.errors.length) {
    throw new Error(`${shownErrors} error row(s) shown, the API reports ${expected.errors.length}`);
  }
  const lines = await page.getByTestId('import-error-row').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.line)));
  for (const l of [3, 4, 5]) if (!lines.includes(l)) throw new Error(`line ${l} is not listed (lines ${lines.join(', ')})`);
  if ((await page.getByTestId('import-valid').textContent()) !== String(expected.valid)) throw new Error('the valid count differs from the API');
  if (!(await page.getByTestId('import-submit').isDisabled())) throw new Error('"Importer" is enabled despite errors');
  t.log(`${shownErrors} error(s) listed on lines ${[...new Set(lines)].join(', ')}`);

  t.begin('catalogue: the corrected file imports');
  const good = [header, `${SHARES_WORK};TV;FR;01/01/2026;31/03/2026;1 234,56;E2E-1`].join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'releve-corrige.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByTestId('import-check').click();
  await waitAttr(page, '[data-testid="import-preview"]', 'data-errors', { is: '0' }, 'the corrected file still has errors');
  const total = normaliseSpaces((await page.getByTestId('import-total').textContent()) ?? '');
  if (total !== '1 234,56 €') throw new Error(`the total reads "${total}"`);
  await page.getByTestId('import-submit').click();
  const done = page.getByTestId('import-message');
  await done.waitFor({ timeout: 10_000 });
  if (!/^1 ligne importée,/.test((await done.textContent()) ?? '')) throw new Error(`after the import: "${await done.textContent()}"`);
  t.log(`imported: "${await done.textContent()}"`);
  await ctx.close();
}

export default defineSpec({
  name: 'royalties',
  title: 'the rights holder’s portal on a phone, the catalogue’s shares and revenue import',
  async run(t) {
    await portalScenario(t);
    await catalogueScenario(t);
  },
});
