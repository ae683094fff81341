// Notifications end to end (issue 12, "What must be shown"): on a desktop, an admin invites a
// technician by email from the team page; the mail arrives at the mail catcher (Mailpit) and,
// on a phone, the technician opens its link, sets a password and lands on "Ma journée". The
// coordinator then rejects one of their slips from the dashboard: the phone's bell shows 1,
// live, without a reload, and its inbox lists the rejection with the reason. Then the inbox
// itself: a second rejection arrives on top while it is open, the "Non lues" filter, opening
// one (read, its link followed), "Tout marquer comme lu", and the email preferences.
//
// A new organisation (signed up through the API: the app has no sign-up page) so that the demo
// organisation's members, which the auth spec counts, stay as seeded. Its first user is admin
// and coordinator at once: the same desktop page invites and rejects.
import { gql } from '../support/api.mjs';
import { unique } from '../support/build.mjs';
import { addDays, todayParis } from '../support/dates.mjs';
import { BASE_URL, DESKTOP, PASSWORD, PHONE, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { firstLink, waitForMail } from '../support/mail.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth, assertNotReloaded, markNoReload, submitLogin, waitCount, waitLive } from '../support/ui.mjs';

const SIGN_UP = 'mutation ($o: String!, $n: String!, $e: String!, $p: String!) { signUp(organisation: $o, name: $n, email: $e, password: $p) { accessToken } }';
const RUN = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const TECH = { name: 'Inès Moreau', email: `ines-${RUN}@e2e.test`, password: 'une-phrase-de-passe-2026' };
const REASON = 'La pause déjeuner manque';
const REASON_2 = 'Mauvaise production';

/** A client, a production and the technician's record, through the API; the production's title. */
async function buildOrganisation(token) {
  const { createClient: client } = await gql('mutation ($i: ClientInput!) { createClient(input: $i) { id } }', { i: { name: unique('Films du Nord') } }, token);
  const title = unique('Les Veilleurs');
  const { createProduction: production } = await gql(
    'mutation ($i: ProductionInput!) { createProduction(input: $i) { id } }',
    { i: { title, kind: 'DOCUMENTARY', status: 'IN_POST', clientId: client.id } },
    token,
  );
  const { createTechnician: technician } = await gql(
    'mutation ($i: TechnicianInput!) { createTechnician(input: $i) { id } }',
    { i: { name: TECH.name, functions: ['Monteuse son'], employment: 'INTERMITTENT', hourlyRate: '45.00', dailyRate: '360.00', email: TECH.email } },
    token,
  );
  const { operations } = await gql('{ operations(first: 1) { edges { node { id } } } }', {}, token);
  const operation = operations.edges[0]?.node;
  if (!operation) throw new Error('a new organisation has no operation in its catalogue');
  return { title, productionId: production.id, technicianId: technician.id, operationId: operation.id };
}

/** A submitted slip of the technician on `day`, sent by the coordinator; its id. */
async function submitSlip(token, org, day) {
  const { submitSlip: slip } = await gql(
    'mutation ($i: SlipInput!) { submitSlip(input: $i) { id status } }',
    { i: { clientId: crypto.randomUUID(), productionId: org.productionId, operationId: org.operationId, technicianId: org.technicianId, date: day, start: '09:30', end: '19:00', breakMinutes: 0 } },
    token,
  );
  if (slip.status !== 'SUBMITTED') throw new Error(`the slip is ${slip.status}`);
  return slip.id;
}

/** Checks one inbox row: a rejected slip of the production, with its reason, read or not. */
async function expectNotification(row, { reason, title, read }) {
  const kind = await row.getAttribute('data-kind');
  const isRead = (await row.getAttribute('data-read')) === 'true';
  const text = normaliseSpaces((await row.textContent()) ?? '');
  if (kind !== 'SLIP_REJECTED' || isRead !== read || !/refusé/.test(text) || !text.includes(reason) || !text.includes(title)) {
    throw new Error(`the notification (${kind}, read=${isRead}) reads "${text}"`);
  }
}

/** Waits for the bell to read `n` unread (its badge and its spoken label). */
async function waitBell(page, n, what) {
  try {
    await page.waitForFunction((want) => document.querySelector('[data-testid="shell-notifications"]')?.getAttribute('data-unread') === String(want), n, { timeout: 15_000 });
  } catch {
    const now = await page.getByTestId('shell-notifications').getAttribute('data-unread').catch(() => null);
    throw new Error(`${what}: the bell reads ${now} unread, expected ${n}`);
  }
}

export default defineSpec({
  name: 'notifications',
  title: 'an invitation by email opened on a phone; a rejected slip rings the phone’s bell live and waits in its inbox',
  async run(t) {
    t.begin('sign a new organisation up; its client, production and technician record through the API');
    const adminEmail = `admin-${RUN}@e2e.test`;
    const { signUp } = await gql(SIGN_UP, { o: unique('Studio Notifié'), n: 'Camille Admin', e: adminEmail, p: PASSWORD });
    const org = await buildOrganisation(signUp.accessToken);

    t.begin(`desktop: the admin invites ${TECH.email} as a technician linked to the record, in French`);
    const { page: desk } = await t.open('admin', DESKTOP);
    await submitLogin(desk, adminEmail, PASSWORD);
    await desk.getByTestId('user-menu').waitFor({ timeout: 15_000 });
    await desk.getByTestId('nav-team').click();
    await desk.waitForURL(/\/admin\/users$/, { timeout: 10_000 });
    await desk.getByTestId('invite-open').click();
    await desk.getByTestId('invite-email').fill(TECH.email);
    await desk.getByTestId('invite-role').selectOption('TECHNICIAN');
    await desk.getByTestId('invite-technician').selectOption(org.technicianId);
    await desk.getByTestId('invite-locale').selectOption('fr');
    await desk.getByTestId('invite-submit').click();
    const sent = desk.getByTestId('invitation-sent');
    await sent.waitFor({ timeout: 10_000 });
    const said = normaliseSpaces((await sent.textContent()) ?? '');
    if (!said.includes(`Invitation envoyée à ${TECH.email}`)) throw new Error(`after inviting, the page says "${said}"`);
    // The link stays offered as a fallback, to copy by hand.
    await desk.getByTestId('invitation-link').waitFor({ timeout: 5_000 });
    await screenshot(desk, tmpPath('postprod-e2e-notifications-invited.png'));

    t.begin('the invitation mail reaches the mail catcher, in French, with its link');
    const mail = await waitForMail({ to: TECH.email, subject: /Invitation/ });
    const mailed = firstLink(mail, '/invitation/');
    if (!/rejoindre/.test(mail.text)) throw new Error(`the invitation mail is not in French: ${mail.text.slice(0, 200)}`);
    const url = new URL(mailed);
    if (url.origin !== BASE_URL) t.log(`the mail links to ${url.origin} (POSTPROD_PUBLIC_URL); opened on ${BASE_URL}`);
    const link = `${BASE_URL}${url.pathname}`;

    t.begin('phone: the technician opens the mailed link, sets a password, sees "Ma journée"');
    const { page: phone } = await t.open('technician', PHONE);
    await phone.goto(link);
    await phone.getByTestId('invitation-form').waitFor({ timeout: 10_000 });
    await phone.getByTestId('invitation-name').fill(TECH.name);
    await phone.getByTestId('invitation-password').fill(TECH.password);
    await phone.getByTestId('invitation-submit').tap();
    await phone.waitForURL(`${BASE_URL}/`, { timeout: 10_000 });
    await phone.getByTestId('nav-myDay').tap();
    await phone.waitForURL(/\/my-day$/, { timeout: 10_000 });
    await phone.locator('h1', { hasText: 'Ma journée' }).waitFor({ timeout: 10_000 });
    await waitBell(phone, 0, 'before any notification');
    await phone.getByTestId('shell-notifications').waitFor({ timeout: 10_000 });
    const bellBox = await phone.getByTestId('shell-notifications').boundingBox();
    if (!bellBox || bellBox.width < 44 || bellBox.height < 44) throw new Error(`the bell is ${bellBox?.width}×${bellBox?.height} px, under 44 px`);
    await markNoReload(phone);

    t.begin('a submitted slip of the technician, yesterday (API, as the coordinator)');
    const day = addDays(todayParis(), -1);
    const slip = { id: await submitSlip(signUp.accessToken, org, day) };

    t.begin('desktop: the coordinator rejects it from the dashboard, with a reason');
    await desk.getByTestId('nav-dashboard').click();
    await desk.waitForURL(/\/dashboard$/, { timeout: 10_000 });
    const row = desk.locator(`[data-testid="waiting-slip"][data-slip-id="${slip.id}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.getByTestId('reject-slip').click();
    await row.getByTestId('reject-reason').fill(REASON);
    await row.getByTestId('reject-confirm').click();
    await row.waitFor({ state: 'detached', timeout: 10_000 });

    t.begin('phone: the bell shows 1, live, without a reload');
    await waitBell(phone, 1, 'after the rejection');
    const label = await phone.getByTestId('shell-notifications').getAttribute('aria-label');
    if (label !== '1 notification non lue') throw new Error(`the bell is read out as "${label}"`);
    if ((await phone.getByTestId('bell-count').textContent()) !== '1') throw new Error('the bell’s badge does not say 1');
    await assertNotReloaded(phone, '"Ma journée"');
    await assertFitsWidth(phone, '"Ma journée" with the bell');
    await screenshot(phone, tmpPath('postprod-e2e-notifications-bell.png'), { fullPage: false });

    t.begin('phone: the inbox lists the rejection with its reason, unread');
    await phone.getByTestId('shell-notifications').tap();
    await phone.waitForURL(/\/notifications$/, { timeout: 10_000 });
    const first = phone.getByTestId('notification').first();
    await first.waitFor({ timeout: 10_000 });
    await expectNotification(first, { reason: REASON, title: org.title, read: false });
    await assertFitsWidth(phone, 'the inbox');

    t.begin('a second rejection arrives on top of the open inbox, live');
    await waitLive(phone);
    const second = await submitSlip(signUp.accessToken, org, addDays(todayParis(), -2));
    await gql('mutation ($id: ID!, $r: String!) { rejectSlip(id: $id, reason: $r) { id } }', { id: second, r: REASON_2 }, signUp.accessToken);
    await waitBell(phone, 2, 'after the second rejection');
    await waitCount(phone, '[data-testid="notification"]', 2, 'the inbox after the second rejection');
    await expectNotification(phone.getByTestId('notification').first(), { reason: REASON_2, title: org.title, read: false });
    await assertNotReloaded(phone, 'the inbox');
    await screenshot(phone, tmpPath('postprod-e2e-notifications-inbox.png'));

    t.begin('"Non lues" lists both; opening the newest follows its link and marks it read');
    await phone.getByTestId('inbox-unread').tap();
    await waitCount(phone, '[data-testid="notification"][data-read="false"]', 2, 'the unread filter');
    await phone.getByTestId('notification').first().getByTestId('notification-open').tap();
    await phone.waitForURL((u) => u.pathname.startsWith('/my-slips/'), { timeout: 10_000 });
    await waitBell(phone, 1, 'after opening one');

    t.begin('"Tout marquer comme lu" empties the bell');
    await phone.getByTestId('shell-notifications').tap();
    await phone.waitForURL(/\/notifications$/, { timeout: 10_000 });
    await waitCount(phone, '[data-testid="notification"][data-read="false"]', 1, 'the inbox before marking all read');
    await phone.getByTestId('inbox-mark-all').tap();
    await waitBell(phone, 0, 'after marking all read');
    await waitCount(phone, '[data-testid="notification"][data-read="false"]', 0, 'the inbox after marking all read');

    t.begin('preferences: a rejected slip no longer by email, kept after a reload; the invitation always emailed');
    await phone.getByTestId('inbox-preferences').tap();
    await phone.waitForURL(/\/notifications\/preferences$/, { timeout: 10_000 });
    const slipPref = phone.locator('[data-testid="preference"][data-kind="SLIP_REJECTED"]');
    const toggle = slipPref.getByTestId('preference-email');
    await toggle.waitFor({ timeout: 10_000 });
    if (!(await toggle.isChecked())) throw new Error('a rejected slip is not emailed by default');
    await toggle.tap();
    await slipPref.getByTestId('preference-saved').waitFor({ timeout: 10_000 });
    const locked = phone.locator('[data-testid="preference"][data-kind="INVITATION"]');
    if ((await locked.getAttribute('data-locked')) !== 'true' || (await locked.getByTestId('preference-email').count()) !== 0) throw new Error('the invitation can be switched off');
    await assertFitsWidth(phone, 'the preferences');
    await phone.reload();
    await toggle.waitFor({ timeout: 10_000 });
    if (await toggle.isChecked()) throw new Error('the choice did not survive a reload');
    const labels = normaliseSpaces((await phone.getByTestId('preferences').textContent()) ?? '');
    if (/[A-Z]{3,}_[A-Z]/.test(labels)) throw new Error(`a raw kind shows in the preferences: "${labels}"`);
    await screenshot(phone, tmpPath('postprod-e2e-notifications-preferences.png'));
  },
});
