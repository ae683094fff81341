// Mot de passe oublié: on a phone, from the sign-in form, a person asks for a link, reads it in
// the mail catcher, sets a new password and lands home signed in; their other session is over,
// the old password no longer works, and the link works once. An address without an account
// gets the very same confirmation. Pictures of the three pages at 360 and 1440 px, in French
// and English, go to the temp directory.
//
// The person signs up an organisation of their own (sign-up is open in development), so no demo
// account, which other specs log in as, changes password.
//
// The mail is read with support/mail.mjs (waitForMail({ to, subject }) → { text, links }, over
// Mailpit at MAILPIT_URL), which the mail branch adds: imported when the spec runs, so that the
// other specs still load without it.
import { gql, gqlRaw } from '../support/api.mjs';
import { BASE_URL, DESKTOP, PHONE, tmpPath } from '../support/env.mjs';
import { defineSpec } from '../support/harness.mjs';
import { unique } from '../support/build.mjs';
import { screenshot } from '../support/shots.mjs';
import { normaliseSpaces } from '../support/text.mjs';
import { assertFitsWidth } from '../support/ui.mjs';

const OLD_PASSWORD = 'ancien-mot-de-passe-2026';
const NEW_PASSWORD = 'nouveau-mot-de-passe-2026';
const NAME = 'Léa Oubli';

const SIZES = {
  360: { ...PHONE, viewport: { width: 360, height: 740 } },
  1440: { ...DESKTOP, viewport: { width: 1440, height: 900 } },
};

/** An address no earlier run used (unique() has spaces, which no address may). */
function uniqueAddress(prefix, domain) {
  return `${unique(prefix).replace(/\s+/g, '-')}@${domain}`.toLowerCase();
}

/** `{ me { role } }` with a bearer token: the role, or the error code when refused. */
async function roleWithToken(token) {
  const { body } = await gqlRaw('{ me { role } }', {}, token);
  return body.data?.me?.role ?? body.errors?.[0]?.extensions?.code;
}

/** The login's answer for this password: "" when it logs in, else the error code. */
async function loginCode(email, password) {
  const { body } = await gqlRaw('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: password });
  return body.errors?.[0]?.extensions?.code ?? '';
}

/** Fails unless the element is at least 44 px high (a finger's target). */
async function assertTapTarget(locator, what) {
  const box = await locator.boundingBox();
  if (!box || box.height < 44) throw new Error(`${what} is ${box?.height ?? 0} px high, less than 44`);
}

/** Asks for a link on /password/forgot; returns the confirmation's text. */
async function askForLink(page, email) {
  await page.getByTestId('forgot-email').fill(email);
  await page.getByTestId('forgot-submit').click();
  const sent = page.getByTestId('forgot-sent');
  await sent.waitFor({ timeout: 10_000 });
  return normaliseSpaces((await sent.textContent()) ?? '');
}

/** The three pages at one size and language, photographed; returns the paths. */
async function photograph(t, width, lang, resetPath) {
  const { ctx, page } = await t.open(`shots-${width}-${lang}`, SIZES[width]);
  await ctx.addInitScript((l) => localStorage.setItem('postprod.lang', l), lang);
  const shots = [];
  const shoot = async (what) => {
    await assertFitsWidth(page, `${what} at ${width} px (${lang})`);
    shots.push(await screenshot(page, tmpPath(`postprod-e2e-reset-${what}-${width}-${lang}.png`)));
  };
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-forgot').waitFor();
  await shoot('login');
  await page.goto(`${BASE_URL}/password/forgot`);
  await page.getByTestId('forgot-email').waitFor();
  await shoot('forgot');
  await page.getByTestId('forgot-email').fill(uniqueAddress('personne', 'exemple.invalid'));
  await page.getByTestId('forgot-submit').click();
  await page.getByTestId('forgot-sent').waitFor({ timeout: 10_000 });
  await shoot('sent');
  await page.goto(`${BASE_URL}${resetPath}`);
  await page.getByTestId('reset-password').fill('court');
  await page.getByTestId('reset-confirm').fill('court');
  await page.getByTestId('reset-submit').click();
  await page.getByTestId('reset-password-rule').waitFor();
  await shoot('new-password');
  await ctx.close();
  return shots;
}

export default defineSpec({
  name: 'password-reset',
  title: 'Mot de passe oublié: a mailed link, used once, ends the other sessions and signs in',
  async run(t) {
    const { waitForMail } = await import('../support/mail.mjs');
    const email = uniqueAddress('oubli', 'exemple.fr');

    t.begin(`sign up an organisation of ${email}, and keep a session open through the API`);
    await gql(
      'mutation ($o: String!, $n: String!, $e: String!, $p: String!) { signUp(organisation: $o, name: $n, email: $e, password: $p) { accessToken } }',
      { o: unique('Post Oubli'), n: NAME, e: email, p: OLD_PASSWORD },
    );
    const { login } = await gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: OLD_PASSWORD });
    const otherDevice = login.accessToken;

    t.begin('phone: from the sign-in form, "Mot de passe oublié ?" opens the request page');
    const { page } = await t.open('phone', PHONE);
    await page.goto(`${BASE_URL}/login`);
    const forgot = page.getByTestId('login-forgot');
    await assertTapTarget(forgot, 'the "Mot de passe oublié ?" link');
    if (normaliseSpaces((await forgot.textContent()) ?? '') !== 'Mot de passe oublié ?') throw new Error(`the link reads "${await forgot.textContent()}"`);
    await forgot.click();
    await page.waitForURL(`${BASE_URL}/password/forgot`, { timeout: 10_000 });

    t.begin('an address without an account and the real one get the same confirmation');
    const nobody = uniqueAddress('personne', 'exemple.invalid');
    const forNobody = await askForLink(page, nobody);
    await page.getByTestId('forgot-again').click();
    const forEmail = await askForLink(page, email);
    if (!forEmail.startsWith('Regardez vos courriels') || !forEmail.includes(`Si un compte existe pour l’adresse ${email}, un courriel vient de partir`)) {
      throw new Error(`the confirmation reads "${forEmail}"`);
    }
    if (forNobody.replace(nobody, 'X') !== forEmail.replace(email, 'X')) throw new Error(`two confirmations differ:\n${forNobody}\n${forEmail}`);

    t.begin(`read the mail to ${email} in the mail catcher`);
    const mail = await waitForMail({ to: email });
    const link = mail.links.find((l) => l.startsWith(`${BASE_URL}/password/reset/`));
    if (!link) throw new Error(`no reset link in the mail; its links: ${JSON.stringify(mail.links)}`);
    const resetPath = new URL(link).pathname;
    t.log(`reset link received (${link.length} characters)`);

    t.begin('open the link on the phone: two different passwords are refused before sending');
    await page.goto(link);
    await page.getByTestId('reset-form').waitFor({ timeout: 10_000 });
    await page.getByTestId('reset-password').fill(NEW_PASSWORD);
    await page.getByTestId('reset-confirm').fill(`${NEW_PASSWORD}!`);
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-confirm-error').waitFor({ timeout: 5_000 });

    t.begin('set the new password: home, signed in');
    await page.getByTestId('reset-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('reset-submit').click();
    await page.waitForURL(`${BASE_URL}/`, { timeout: 10_000 });
    await page.waitForFunction((name) => document.querySelector('.who strong')?.textContent === name, NAME, { timeout: 10_000 });

    t.begin('the other session is over; the old password is refused, the new one works');
    if ((await roleWithToken(otherDevice)) !== 'UNAUTHENTICATED') throw new Error('the session opened before the reset still answers');
    if ((await loginCode(email, OLD_PASSWORD)) !== 'UNAUTHENTICATED') throw new Error('the old password still logs in');
    if ((await loginCode(email, NEW_PASSWORD)) !== '') throw new Error('the new password does not log in');

    t.begin('the link works once');
    const { page: again } = await t.open('second-use', PHONE);
    await again.goto(link);
    await again.getByTestId('reset-password').fill('encore-un-autre-2026');
    await again.getByTestId('reset-confirm').fill('encore-un-autre-2026');
    await again.getByTestId('reset-submit').click();
    const refused = again.getByTestId('reset-error');
    await refused.waitFor({ timeout: 10_000 });
    if (!/déjà utilisé ou expiré/.test((await refused.textContent()) ?? '')) throw new Error(`the second use reads "${await refused.textContent()}"`);
    await assertTapTarget(again.getByTestId('reset-new-link'), 'the "Demander un nouveau lien" link');

    t.begin('a sixth request for one address within the hour is refused, with the wait, apart from the form');
    await again.getByTestId('reset-new-link').click();
    const spammed = uniqueAddress('boite-pleine', 'exemple.invalid');
    for (let i = 0; i < 5; i++) {
      await askForLink(again, spammed);
      await again.getByTestId('forgot-again').click();
    }
    await again.getByTestId('forgot-email').fill(spammed);
    await again.getByTestId('forgot-submit').click();
    const limited = again.getByTestId('forgot-limited');
    await limited.waitFor({ timeout: 10_000 });
    const says = normaliseSpaces((await limited.textContent()) ?? '');
    if (!says.startsWith('Trop de demandes de réinitialisation du mot de passe : réessayez dans ')) throw new Error(`the refusal reads "${says}"`);
    if ((await again.getByTestId('forgot-sent').count()) !== 0) throw new Error('a refused request was confirmed');
    t.log(await screenshot(again, tmpPath('postprod-e2e-reset-limited-360-fr.png')));

    t.begin('photograph the pages at 360 and 1440 px, in French and English');
    for (const width of [360, 1440]) {
      for (const lang of ['fr', 'en']) t.log((await photograph(t, width, lang, resetPath)).join(' '));
    }
  },
});
