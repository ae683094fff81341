// One run of one spec: the step it is at, the browser contexts and pages it opened (pages are
// watched for console errors and photographed if the spec fails) and its log lines, prefixed
// with its name so that specs running side by side stay readable. The runner's one browser is
// shared: each context is a separate session with its own storage and service workers, and
// launching Chromium once per spec would cost about two seconds each on this machine.
import { DESKTOP } from './env.mjs';
import { failureShotPath } from './shots.mjs';

/**
 * A spec module's default export: `name` (what the command line selects), `title`, and `run(t)`
 * given a SpecRun. `seedOnly` specs read the demo exactly as seeded, so they run before any
 * other spec changes it.
 */
export function defineSpec(spec) {
  if (!spec.name || typeof spec.run !== 'function') throw new Error('a spec needs a name and a run function');
  return spec;
}

export class SpecRun {
  constructor(name, browser) {
    this.name = name;
    this.step = 'start';
    this.browser = browser;
    this.contexts = [];
    this.watched = [];
  }

  log(msg) {
    console.log(`e2e[${this.name}]: ${msg}`);
  }

  /** Names the step in progress: a failure reports it. */
  begin(step) {
    this.step = step;
    this.log(step);
  }

  /** A new browser context (a separate session) and its page, watched; closed at the end anyway. */
  async open(name, options = DESKTOP) {
    const ctx = await this.browser.newContext(options);
    this.contexts.push(ctx);
    const page = this.watch(await ctx.newPage(), name);
    return { ctx, page };
  }

  /** Records the page's uncaught errors and console errors, to print if the spec fails. */
  watch(page, name) {
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    this.watched.push({ page, name, errors });
    return page;
  }

  /** Prints where the spec failed and photographs each page still open; returns the pictures. */
  async reportFailure(err) {
    console.error(`e2e[${this.name}]: FAIL at step "${this.step}": ${err?.message ?? err}`);
    const shots = [];
    for (const w of this.watched) {
      if (w.page.isClosed()) continue;
      console.error(`e2e[${this.name}]: page ${w.name} URL was ${w.page.url()}`);
      for (const e of w.errors) console.error(`e2e[${this.name}]:   ${e}`);
      const shot = failureShotPath(this.name, w.name);
      const ok = await w.page.screenshot({ path: shot, timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (ok) {
        console.error(`e2e[${this.name}]: screenshot of the failure: ${shot}`);
        shots.push(shot);
      }
    }
    return shots;
  }

  /** Closes whatever the spec left open (after a failure, or a timeout: its awaits then fail). */
  async close() {
    for (const ctx of this.contexts) await ctx.close().catch(() => undefined);
  }
}
