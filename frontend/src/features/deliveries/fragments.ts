import { graphql } from '../../gql';

/** A delivery as a row of the board and of a production's list. */
export const DeliveryRowDoc = graphql(`
  fragment DeliveryRow on Delivery {
    id
    status
    dueDate
    atRisk
    late
    recipient
    openBlockingFindings
    episode {
      id
      number
    }
    spec {
      id
      name
    }
    compatibility {
      ok
      issues {
        code
        severity
      }
    }
  }
`);
