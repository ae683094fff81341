// `npm run size`: builds the app into a scratch directory and reports, for the first screen of
// each role, the gzipped JavaScript a browser must fetch before it can draw it: the entry chunk,
// every chunk it imports statically, and the chunk of the route's page with its own static
// imports (chunks fetched later, after the screen is drawn, are not counted). Fails when one of
// them is over the phone budget (issue 13: 100 kB of gzipped JavaScript).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KB = 100;

/** The first screens: who sees them, and the page modules drawn (the route's chunk). */
const SCREENS = [
  { screen: 'sign-in (everyone, signed out)', pages: ['src/features/auth/LoginPage.tsx'] },
  { screen: 'home: admin, coordinator, accountant, producer', pages: ['src/features/productions/HomePage.tsx'] },
  { screen: 'technician: home', pages: ['src/features/productions/HomePage.tsx'] },
  { screen: 'technician: Ma journée (/my-day)', pages: ['src/features/slips/MyDayPage.tsx'] },
  // A rights holder's home sends them on to their portal.
  { screen: 'rights holder: home → portal', pages: ['src/features/productions/HomePage.tsx', 'src/features/portal/PortalPage.tsx'] },
];

const root = new URL('..', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'postprod-size-'));
const started = Date.now();
try {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, manifest: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const gz = new Map();
  const gzipped = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
    return gz.get(file);
  };
  /** The chunk of manifest key `key` and every chunk it imports statically, as file names. */
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) closure(dep, files);
    return files;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const entry = closure(entryKey);
  const sum = (files) => [...files].reduce((n, f) => n + gzipped(f), 0);
  const kb = (n) => (n / 1000).toFixed(1).padStart(6);
  const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js'));

  console.log(`entry and its static imports: ${entry.size} chunk(s), ${kb(sum(entry))} kB gzipped`);
  console.log(`whole app: ${allJs.length} chunk(s), ${kb(sum(new Set(allJs.map((c) => c.file))))} kB gzipped\n`);
  console.log('first screen                                        kB gzipped JS');
  let over = [];
  for (const { screen, pages } of SCREENS) {
    const files = new Set(entry);
    const inEntry = [];
    for (const page of pages) {
      if (manifest[page]) closure(page, files);
      else inEntry.push(page); // not split: the page is inside the entry chunk
    }
    const total = sum(files);
    const note = inEntry.length ? `  (page in the entry chunk)` : '';
    console.log(`  ${screen.padEnd(48)} ${kb(total)}${note}`);
    if (total > BUDGET_KB * 1000) over.push(`${screen}: ${kb(total).trim()} kB`);
  }
  console.log(`\n(gzip -9; measured in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (over.length) {
    console.error(`\nover the ${BUDGET_KB} kB budget of a phone's first screen:\n  ${over.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
