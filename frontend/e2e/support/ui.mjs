// What specs do on a page again and again: log in through the form, wait for an attribute or a
// count, wait for the live connection, prove that a page was not reloaded, measure overflow.
import { BASE_URL, PASSWORD } from './env.mjs';

/** Logs in through the login form; returns once the home page lists productions. */
export async function loginUI(page, email, password = PASSWORD) {
  await submitLogin(page, email, password);
  await page.getByTestId('production-item').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Opens /login and submits the form, without waiting for any page after it. */
export async function submitLogin(page, email, password = PASSWORD) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Waits until the element's attribute equals (`is`) or differs from (`not`) a value. */
export async function waitAttr(page, selector, attr, { is, not }, what, timeout = 10_000) {
  try {
    await page.waitForFunction(
      ([sel, name, want, unwanted]) => {
        const v = document.querySelector(sel)?.getAttribute(name);
        return v != null && (want != null ? v === want : v !== unwanted);
      },
      [selector, attr, is ?? null, not ?? null],
      { timeout },
    );
  } catch {
    const now = await page.locator(selector).first().getAttribute(attr).catch(() => null);
    throw new Error(`${what}: ${selector} has ${attr}="${now}"`);
  }
}

/** Waits until exactly `n` elements match the selector. */
export async function waitCount(page, selector, n, what, timeout = 10_000) {
  try {
    await page.waitForFunction(([sel, want]) => document.querySelectorAll(sel).length === want, [selector, n], { timeout });
  } catch {
    throw new Error(`${what}: ${await page.locator(selector).count()} × ${selector}, expected ${n}`);
  }
}

/** Waits until the element's text is exactly `text`. */
export async function waitText(page, testId, text, timeout = 10_000) {
  await page.waitForFunction(([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === want, [testId, text], { timeout });
}

/** Waits for the live indicator to say the websocket is connected. */
export async function waitLive(page, timeout = 15_000) {
  await page.locator('[data-testid="live-status"][data-state="connected"]').waitFor({ timeout });
}

/**
 * Marks the page's window: a reload would lose the mark, which is how `assertNotReloaded`
 * proves there was none.
 */
export async function markNoReload(page) {
  await page.evaluate(() => {
    window.__e2eNoReload = true;
  });
}

export async function assertNotReloaded(page, what) {
  if (!(await page.evaluate(() => window.__e2eNoReload === true))) throw new Error(`${what} was reloaded`);
}

/** Throws when the page is wider than its viewport (a phone must never scroll sideways). */
export async function assertFitsWidth(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) throw new Error(`${what} is ${overflow}px wider than the phone`);
}
