// Runs the browser specs against a running server with the demo data (`postprod serve --demo`):
//   BASE_URL=http://127.0.0.1:18080 npm run e2e [-- [-j N] [spec …]]
// Every spec in specs/ by default, or those named (`npm run e2e -- planning slips`). Prints each
// spec's result and duration and exits non-zero when any failed; the failure's screenshots stay
// in the temp directory.
//
// Order and parallelism: the specs share one demo database. `seedOnly` specs (the README
// screenshot of the home page) read it as seeded, so they run first and alone. The others touch
// disjoint data (each builds what it changes through the API, or is the only one to change the
// demo rows it is about), so they run side by side, two at a time by default (-j N or
// E2E_JOBS=N; -j 1 for one after the other): on this two-core machine two at a time cut the
// suite by about a fifth, more only made each spec slower.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkChromium, launchBrowser } from './support/browser.mjs';
import { BASE_URL } from './support/env.mjs';
import { SpecRun } from './support/harness.mjs';

const SPEC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'specs');
// A spec that takes longer than this is stuck: it fails, with its screenshots.
const SPEC_TIMEOUT_MS = Number(process.env.E2E_SPEC_TIMEOUT ?? 420) * 1000;

function parseArgs(argv) {
  const opts = { jobs: Number(process.env.E2E_JOBS ?? 2), names: [], list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-j' || a === '--jobs') opts.jobs = Number(argv[++i]);
    else if (a.startsWith('--jobs=')) opts.jobs = Number(a.slice('--jobs='.length));
    else if (a === '--list') opts.list = true;
    else opts.names.push(a.replace(/\.spec\.mjs$/, ''));
  }
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1) throw new Error('-j wants a whole number of specs at a time, 1 or more');
  return opts;
}

async function loadSpecs() {
  const files = readdirSync(SPEC_DIR).filter((f) => f.endsWith('.spec.mjs')).sort();
  const specs = [];
  for (const f of files) specs.push((await import(pathToFileURL(join(SPEC_DIR, f)).href)).default);
  return specs;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one spec in its own browser contexts; never throws: returns its result. */
async function runSpec(spec, browser) {
  const t = new SpecRun(spec.name, browser);
  const started = Date.now();
  let timer;
  let error = null;
  let shots = [];
  try {
    t.log(`start: ${spec.title}`);
    const run = spec.run(t);
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still running after ${seconds(SPEC_TIMEOUT_MS)}`)), SPEC_TIMEOUT_MS);
    });
    // Whatever the spec does after a timeout (its contexts are closed under it) is not reported.
    run.catch(() => undefined);
    await Promise.race([run, timeout]);
  } catch (err) {
    error = err;
    shots = await t.reportFailure(err);
  } finally {
    clearTimeout(timer);
    await t.close();
  }
  const ms = Date.now() - started;
  console.log(`e2e[${spec.name}]: ${error ? 'FAIL' : 'PASS'} in ${seconds(ms)}`);
  return { name: spec.name, ok: !error, ms, step: error ? t.step : null, message: error?.message ?? null, shots };
}

/** Runs the specs, `jobs` at a time, keeping their order for the report. */
async function pool(specs, jobs, browser) {
  const results = new Array(specs.length);
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const i = next++;
      results[i] = await runSpec(specs[i], browser);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, specs.length) }, worker));
  return results;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const all = await loadSpecs();
  if (opts.list) {
    for (const s of all) console.log(`${s.name}\t${s.title}`);
    return;
  }
  const unknown = opts.names.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) {
    console.error(`e2e: no spec named ${unknown.join(', ')}; the specs are: ${all.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const chosen = opts.names.length ? all.filter((s) => opts.names.includes(s.name)) : all;
  try {
    checkChromium();
  } catch (err) {
    console.error(`e2e: FAIL: ${err.message}`);
    process.exit(2);
  }
  console.log(`e2e: BASE_URL=${BASE_URL}; ${chosen.length} spec(s), ${opts.jobs} at a time after the seed-only ones`);

  const started = Date.now();
  const browser = await launchBrowser();
  const results = [];
  try {
    for (const s of chosen.filter((x) => x.seedOnly)) results.push(await runSpec(s, browser));
    results.push(...(await pool(chosen.filter((x) => !x.seedOnly), opts.jobs, browser)));
  } finally {
    await browser.close();
  }
  const wall = Date.now() - started;

  console.log('\ne2e: summary');
  for (const r of results) {
    console.log(`e2e:   ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(12)} ${seconds(r.ms).padStart(8)}${r.ok ? '' : `  at "${r.step}": ${r.message}`}`);
    for (const s of r.shots) console.log(`e2e:         screenshot ${s}`);
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`e2e: ${failed.length ? 'FAIL' : 'PASS'}: ${results.length - failed.length}/${results.length} spec(s) passed in ${seconds(wall)}`);
  if (failed.length) process.exitCode = 1;
}

process.on('unhandledRejection', (err) => {
  console.error(`e2e: unhandled rejection: ${err?.stack ?? err}`);
});

main().catch((err) => {
  console.error(`e2e: FAIL: ${err?.stack ?? err}`);
  process.exit(1);
});
