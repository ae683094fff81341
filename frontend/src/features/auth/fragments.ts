// Who is signed in, as the pages select it: each selection written once.
import { graphql } from '../../gql';

/** The person and organisation shown in the shell, on the home page and on the portal. */
export const ViewerDoc = graphql(`
  fragment Viewer on Me {
    role
    user {
      id
      name
    }
    organisation {
      id
      name
    }
  }
`);

/** A technician's own record, for the pages of their day, slips and schedule. */
export const TechnicianViewerDoc = graphql(`
  fragment TechnicianViewer on Me {
    role
    technician {
      id
      name
    }
  }
`);
