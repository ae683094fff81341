// Screenshots: the README's pictures when asked for (SCREENSHOT for the phone home page,
// SCREENSHOT_DIR for the others, as `make screenshot` and docs/ use them), else files in the
// temp directory, so that a test run never dirties the tree.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { tmpPath } from './env.mjs';

/**
 * Where a screenshot goes: `docName` under SCREENSHOT_DIR when that is set and the picture is
 * one of the documentation's, else `tmpName` in the temp directory.
 */
export function shotPath(tmpName, docName) {
  const dir = process.env.SCREENSHOT_DIR;
  return dir && docName ? resolve(process.cwd(), dir, docName) : tmpPath(tmpName);
}

/** The README's phone screenshot of the home page (`make screenshot` sets SCREENSHOT). */
export function homeShotPath() {
  return process.env.SCREENSHOT ? resolve(process.cwd(), process.env.SCREENSHOT) : tmpPath('postprod-e2e-home.png');
}

/** Photographs the page to `path`, creating its directory; returns the path. */
export async function screenshot(page, path, { fullPage = true } = {}) {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage });
  return path;
}

/** Where the picture of a page at the moment its spec failed goes; kept after the run. */
export function failureShotPath(spec, page) {
  return tmpPath(`postprod-e2e-failure-${spec}-${page}.png`.replace(/[^\w.-]+/g, '-'));
}
