// A delivery as its page shows it: one fragment for the page and the answer of a status move, so graphcache updates what the page shows.
import { graphql } from '../../gql';
import type { DeliveryDetailFragment } from '../../gql/graphql';

// One fragment for the page and the answer of a status move, so graphcache updates what the page shows.
export const DeliveryDetailDoc = graphql(`
  fragment DeliveryDetail on Delivery {
    id
    status
    nextStatuses
    dueDate
    atRisk
    late
    recipient
    sentMethod
    sentReference
    rejectionReasons
    notes
    openBlockingFindings
    production {
      id
      title
      spec {
        technicalProfile {
          frameRate
        }
      }
    }
    episode {
      id
      number
      title
    }
    spec {
      id
      name
      recipientKind
    }
    items {
      id
      kind
      language
      label
      status
      fileName
      checksum
      size
    }
    qcFindings {
      id
      timecodeIn
      timecodeOut
      severity
      category
      description
      fixed
      fixedAt
      createdAt
      item {
        id
      }
    }
    history {
      from
      to
      method
      reference
      reasons
      at
      by {
        id
        name
      }
    }
    compatibility {
      ok
      issues {
        code
        severity
        message
      }
    }
  }
`);

export type Detail = DeliveryDetailFragment;

export type Item = Detail['items'][number];
