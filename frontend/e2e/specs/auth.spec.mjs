// Signing in and the team: an anonymous visitor lands on the login form and gets in; the admin
// invites a coordinator who accepts the link once; an API token works until it is revoked.
import { gqlRaw } from '../support/api.mjs';
import { ADMIN_EMAIL, BASE_URL, DESKTOP, EMAIL, PASSWORD, PHONE, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { loginUI, waitCount } from '../support/ui.mjs';

const INVITEE = { email: 'nouvelle.coordinatrice@example.fr', name: 'Inès Garnier', password: 'une-longue-phrase-2025' };
const TEAM_SHOT = tmpPath('postprod-e2e-team.png');
const INVITATION_SHOT = tmpPath('postprod-e2e-invitation.png');

/** `{ me { role } }` sent with a bearer token: the role, or the error code when refused. */
async function roleWithToken(token) {
  const { status, body } = await gqlRaw('{ me { role } }', {}, token);
  return body.data?.me?.role ?? body.errors?.[0]?.extensions?.code ?? `HTTP ${status}`;
}

/** Phone: an anonymous visitor is sent to the login form, in French, and logs in. */
async function loginScenario(t) {
  t.begin('open the app: an anonymous visitor lands on /login');
  const { ctx, page } = await t.open('phone', PHONE);
  await page.goto(`${BASE_URL}/`);
  await page.waitForURL(/\/login$/, { timeout: 10_000 });
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'fr') throw new Error(`<html lang> is "${lang}", expected "fr"`);
  if ((await page.locator('link[rel="manifest"]').count()) !== 1) throw new Error('no <link rel="manifest">');

  t.begin(`log in as ${EMAIL}`);
  await page.getByTestId('login-email').fill(EMAIL);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();

  t.begin('see the productions on the home page');
  const items = page.getByTestId('production-item');
  await items.first().waitFor({ state: 'visible', timeout: 15_000 });
  t.log(`${await items.count()} production(s) listed`);
  await ctx.close();
}

/**
 * Desktop: the admin invites a coordinator through the team page and reads the link; a
 * signed-out browser opens it, names the person, sets a password and lands home signed in;
 * the admin's list then has one more member. Then an API token is created, works, is revoked
 * and stops working. The demo has six members: this spec is the only one that adds any.
 */
async function teamScenario(t) {
  t.begin(`team: ${ADMIN_EMAIL} opens /admin/users and sees the 6 members`);
  const { ctx: ctxA, page: admin } = await t.open('team-admin', DESKTOP);
  await loginUI(admin, ADMIN_EMAIL);
  await admin.getByTestId('link-team').click();
  await admin.waitForURL(/\/admin\/users$/, { timeout: 10_000 });
  await waitCount(admin, '[data-testid="member-row"]', 6, 'members before the invitation');

  t.begin(`team: invite ${INVITEE.email} as COORDINATOR through the form`);
  await admin.getByTestId('invite-open').click();
  await admin.getByTestId('invite-email').fill(INVITEE.email);
  await admin.getByTestId('invite-role').selectOption('COORDINATOR');
  await admin.getByTestId('invite-submit').click();
  const linkInput = admin.getByTestId('invitation-link');
  await linkInput.waitFor({ timeout: 10_000 });
  const link = await linkInput.inputValue();
  if (!link.startsWith(`${BASE_URL}/invitation/`)) throw new Error(`the invitation link reads "${link}"`);
  const expiry = (await admin.getByTestId('invitation-expiry').textContent()) ?? '';
  if (!/7 jours/.test(expiry) || !/\d{2}\/\d{2}\/\d{4}/.test(expiry)) throw new Error(`the expiry reads "${expiry}"`);
  t.log(`invitation link shown (${link.length} characters)`);

  t.begin('team: a signed-out browser accepts the invitation and lands home signed in');
  const { ctx: ctxB, page: invitee } = await t.open('team-invitee', DESKTOP);
  await invitee.goto(link);
  await invitee.getByTestId('invitation-form').waitFor({ timeout: 10_000 });
  if (!/\/invitation\//.test(invitee.url())) throw new Error(`the signed-out visitor was sent to ${invitee.url()}`);
  await invitee.getByTestId('invitation-name').fill(INVITEE.name);
  await invitee.getByTestId('invitation-password').fill(INVITEE.password);
  await screenshot(invitee, INVITATION_SHOT);
  await invitee.getByTestId('invitation-submit').click();
  await invitee.waitForURL(`${BASE_URL}/`, { timeout: 10_000 });
  try {
    await invitee.waitForFunction((name) => document.querySelector('.who strong')?.textContent === name, INVITEE.name, { timeout: 10_000 });
  } catch {
    throw new Error(`the home page does not show "${INVITEE.name}"`);
  }
  t.log(`home shows "${INVITEE.name}"`);
  t.begin('team: the link works only once');
  const again = (
    await gqlRaw('mutation ($t: String!) { acceptInvitation(token: $t, name: "X", password: "encore-une-fois") { accessToken } }', {
      t: decodeURIComponent(new URL(link).pathname.split('/').pop()),
    })
  ).body;
  if (again.errors?.[0]?.message !== 'Invitation invalide ou expirée.') throw new Error(`a second use answers ${JSON.stringify(again)}`);
  await ctxB.close();

  t.begin('team: after a reload, the admin sees 7 members, the new one as « Coordination »');
  await admin.reload();
  await waitCount(admin, '[data-testid="member-row"]', 7, 'members after the invitation');
  const row = admin.getByTestId('member-row').filter({ hasText: INVITEE.name });
  const rowText = normaliseSpaces((await row.textContent()) ?? '');
  if (!rowText.includes(INVITEE.email) || !rowText.includes('Coordination')) throw new Error(`the new member reads "${rowText}"`);

  t.begin('team: create an API token through the UI; it answers as INTEGRATION');
  await admin.getByTestId('token-name').fill('Export comptable E2E');
  await admin.getByTestId('token-create').click();
  const tokenInput = admin.getByTestId('token-value');
  await tokenInput.waitFor({ timeout: 10_000 });
  const apiToken = await tokenInput.inputValue();
  const warning = (await admin.getByTestId('token-created').textContent()) ?? '';
  if (!/plus jamais affiché/.test(warning)) throw new Error(`no "shown once" warning: "${warning}"`);
  const tokenRow = admin.getByTestId('token-row').filter({ hasText: 'Export comptable E2E' });
  await tokenRow.waitFor({ timeout: 10_000 });
  const role = await roleWithToken(apiToken);
  if (role !== 'INTEGRATION') throw new Error(`the new token answers ${role}`);
  t.log('the token answers INTEGRATION');
  t.log(`team page screenshot → ${await screenshot(admin, TEAM_SHOT)}`);

  t.begin('team: revoke it in the UI (confirmed); it is refused as UNAUTHENTICATED');
  admin.once('dialog', (d) => d.accept());
  await tokenRow.getByTestId('token-revoke').click();
  try {
    await admin.locator('[data-testid="token-row"][data-revoked="true"]').filter({ hasText: 'Export comptable E2E' }).waitFor({ timeout: 10_000 });
  } catch {
    throw new Error('the token row is not shown revoked');
  }
  const after = await roleWithToken(apiToken);
  if (after !== 'UNAUTHENTICATED') throw new Error(`the revoked token answers ${after}`);
  t.log('the revoked token answers UNAUTHENTICATED');
  await ctxA.close();
}

export default defineSpec({
  name: 'auth',
  title: 'logging in, the team page: invitations and API tokens',
  async run(t) {
    await loginScenario(t);
    await teamScenario(t);
  },
});
