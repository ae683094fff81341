// The browser every spec drives: Debian's Chromium, headless, with the flags that keep it quiet
// and offline from Google. chromium.launch gives each browser a fresh temporary user-data-dir
// (Playwright creates and deletes it), so no service worker, cache or storage leaks between runs.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './env.mjs';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails early, with the fix, when the Chromium binary is missing. */
export function checkChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
