// Data built through the API, so that a spec does not depend on demo rows that another spec
// may change, and helpers that find the demo rows a spec is about.
import { gql } from './api.mjs';
import { addDays, isSunday, todayParis } from './dates.mjs';

/** A string no earlier run used: to find the row this run made. */
export function unique(prefix) {
  return `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The demo production with exactly this title (found by search), or an error. */
export async function productionByTitle(token, title) {
  const { productions } = await gql(
    'query ($s: String) { productions(first: 5, filter: { search: $s }) { edges { node { id title } } } }',
    { s: title },
    token,
  );
  const prod = productions.edges.map((e) => e.node).find((p) => p.title === title);
  if (!prod) throw new Error(`no production "${title}" in the demo`);
  return prod;
}

/**
 * A new production of the organisation's first client, with a full technical profile; it is
 * listed first on the home page (newest first). Returns `{ id, title }`.
 */
export async function createProduction(token, title) {
  const { clients } = await gql('{ clients(first: 1) { edges { node { id } } } }', {}, token);
  const client = clients.edges[0]?.node;
  if (!client) throw new Error('the organisation has no client to make a production for');
  const { createProduction: prod } = await gql(
    'mutation ($input: ProductionInput!) { createProduction(input: $input) { id title } }',
    {
      input: {
        title,
        kind: 'DOCUMENTARY',
        status: 'IN_POST',
        clientId: client.id,
        director: 'Réalisation E2E',
        notes: 'Créée par les tests du navigateur.',
        runtimeMinutes: 52,
        deliveryDeadline: addDays(todayParis(), 60),
        frameRate: '25',
        resolution: '1920x1080',
        colourSpace: 'Rec.709',
        audioLayout: 'Stéréo',
      },
    },
    token,
  );
  return prod;
}

/** Reads a production and returns a function making its full ProductionInput with another title. */
export async function productionInput(token, id) {
  const { production: p } = await gql(
    `query ($id: ID!) { production(id: $id) {
      title kind status director notes client { id }
      spec { runtimeMinutes deliveryDeadline isan technicalProfile { frameRate resolution colourSpace audioLayout } }
    } }`,
    { id },
    token,
  );
  const input = (title) => ({
    title,
    kind: p.kind,
    status: p.status,
    clientId: p.client.id,
    director: p.director,
    notes: p.notes,
    runtimeMinutes: p.spec.runtimeMinutes,
    deliveryDeadline: p.spec.deliveryDeadline,
    isan: p.spec.isan,
    frameRate: p.spec.technicalProfile.frameRate,
    resolution: p.spec.technicalProfile.resolution,
    colourSpace: p.spec.technicalProfile.colourSpace,
    audioLayout: p.spec.technicalProfile.audioLayout,
  });
  return { title: p.title, input };
}

export const UPDATE_PRODUCTION = 'mutation ($id: ID!, $input: ProductionInput!) { updateProduction(id: $id, input: $input) { id title } }';

/** The slips of one day that `token` may see, with the fields asked for. */
export async function slipsOn(date, token, fields = 'id clientId notes status') {
  const { slips } = await gql(`query ($d: Date!) { slips(first: 100, filter: { from: $d, to: $d }) { edges { node { ${fields} } } } }`, { d: date }, token);
  return slips.edges.map((e) => e.node);
}

/**
 * A Sunday two weeks ago or earlier (the demo only fills working days, and the server refuses
 * overlapping slips) for which `free(day)` holds, going back a week at a time; `what` names it
 * in the error after twenty weeks.
 */
export async function freeSunday(free, what) {
  let day = addDays(todayParis(), -14);
  while (!isSunday(day)) day = addDays(day, -1);
  for (let i = 0; !(await free(day)); i++) {
    if (i >= 20) throw new Error(`no Sunday ${what} in the last twenty weeks`);
    day = addDays(day, -7);
  }
  return day;
}

/**
 * Makes sure the technician has a booking between `from` and `to`: the demo plan is fixed in the
 * calendar while today moves, so pencil one on the first working day when none falls in the
 * window. Returns `{ technician, count, pencilled }` (`pencilled` is the day, if one was added).
 */
export async function ensureBooking(techToken, coordToken, from, to) {
  const mine = await gql(
    'query ($f: Date!, $t: Date!) { me { technician { id name } } bookings(first: 200, filter: { from: $f, to: $t }) { totalCount } workingDays(from: $f, to: $t) }',
    { f: from, t: to },
    techToken,
  );
  if (!mine.me.technician) return { technician: null, count: 0 };
  if (mine.bookings.totalCount > 0) return { technician: mine.me.technician, count: mine.bookings.totalCount };
  const { productions } = await gql('{ productions(first: 50) { edges { node { id tasks { id } } } } }', {}, coordToken);
  const task = productions.edges.flatMap((e) => e.node.tasks)[0];
  const day = mine.workingDays[0];
  await gql(
    'mutation ($input: BookingInput!) { createBooking(input: $input) { id } }',
    { input: { taskId: task.id, technicianId: mine.me.technician.id, startDate: day, endDate: day, status: 'PENCILLED', note: 'e2e' } },
    coordToken,
  );
  return { technician: mine.me.technician, count: 0, pencilled: day };
}

/** Creates, approves and issues a distribution run over a period; returns the issued run. */
export async function issueRun(token, { start, end }) {
  const { createDistributionRun: run } = await gql(
    'mutation ($s: Date!, $e: Date!) { createDistributionRun(periodStart: $s, periodEnd: $e) { id status } }',
    { s: start, e: end },
    token,
  );
  await gql('mutation ($id: ID!) { approveDistributionRun(id: $id) { id status } }', { id: run.id }, token);
  const { issueDistributionRun: issued } = await gql(
    'mutation ($id: ID!) { issueDistributionRun(id: $id) { id status statements { amount holder { name } } } }',
    { id: run.id },
    token,
  );
  return issued;
}
