// The GraphQL API as a second client: logging in, reading what the pages should show, and
// changing data behind a page's back to check that it follows live.
import { BASE_URL, PASSWORD } from './env.mjs';

/** Sends one operation; throws on a transport error or any GraphQL error. */
export async function gql(query, variables, token) {
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': 'fr' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${BASE_URL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${res.status} from /graphql, not JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Sends one operation and returns the whole response, errors included (for refusals). */
export async function gqlRaw(query, variables, token) {
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': 'fr' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${BASE_URL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

/** Logs a demo account in through the API: its access token. */
export async function apiLogin(email, password = PASSWORD) {
  const { login } = await gql(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: email, p: password },
  );
  return login.accessToken;
}
