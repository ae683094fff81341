DROP TABLE IF EXISTS events, team_members, episodes, productions, rooms, operations, invitations, api_tokens, refresh_tokens, memberships, technicians, clients, users, organisations CASCADE;
