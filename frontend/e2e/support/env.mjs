// Where the tests run and who they log in as: the server under test, the browser binary,
// the demo accounts (`postprod serve --demo`) and the two screen sizes every spec uses.
import { resolve } from 'node:path';

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:18080').replace(/\/+$/, '');
// Debian's Chromium (`make chromium`), never a downloaded build: the tests run what users run.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const TMP = process.env.TMPDIR ?? '/tmp';

// Every demo account shares this password.
export const PASSWORD = 'postprod-demo';
export const EMAIL = 'coordinator@demo.test';
export const TECH_EMAIL = 'tech@demo.test';
export const HOLDER_EMAIL = 'holder@demo.test';
export const ADMIN_EMAIL = 'admin@demo.test';

export const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' };
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' };

/** A path under the temp directory (TMPDIR, else /tmp). */
export function tmpPath(name) {
  return resolve(TMP, name);
}
