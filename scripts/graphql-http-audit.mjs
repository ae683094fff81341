#!/usr/bin/env node
// The GraphQL-over-HTTP conformance audit of the graphql-http package
// (pinned in frontend/package.json) against a running server:
//   node scripts/graphql-http-audit.mjs http://127.0.0.1:8080/graphql
// It prints one JSON line: the counts of ok, notice (a MAY not followed),
// warn (a SHOULD) and error (a MUST) results, with the names of all but
// the ok ones; it exits 1 when an audit errs.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'frontend', 'package.json'));
const { auditServer } = require('graphql-http');

const url = process.argv[2];
if (!url) {
  console.error('usage: graphql-http-audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url });
const summary = { ok: 0, notice: 0, warn: 0, error: 0, notices: [], warnings: [], errors: [] };
const lists = { notice: 'notices', warn: 'warnings', error: 'errors' };
for (const r of results) {
  summary[r.status] = (summary[r.status] ?? 0) + 1;
  if (r.status !== 'ok') {
    (summary[lists[r.status]] ??= []).push(`${r.name}: ${r.reason}`);
  }
}
console.log(JSON.stringify(summary));
process.exit(summary.error > 0 ? 1 : 0);
