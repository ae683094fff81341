import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import { tokens } from '../../lib/api';
import { clearOfflineData } from '../slips/offlineData';

const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String) {
    logout(refreshToken: $refreshToken)
  }
`);

/** Ends the session: tells the server (if it can), forgets the tokens and what was kept offline, reloads on /login. */
export function useLogout(): { logout: () => Promise<void>; busy: boolean } {
  const [state, mutate] = useMutation(LogoutMutation);
  async function logout() {
    // The session ends locally even if the server cannot be told.
    await mutate({ refreshToken: tokens.refresh }).catch(() => undefined);
    tokens.clear();
    // What was kept for working offline belongs to this session too.
    clearOfflineData();
    // A full reload drops the cache and the websocket of the old session.
    location.assign('/login');
  }
  return { logout, busy: state.fetching };
}
