import { graphql } from '../../gql';

/** A technician as the list, the form and the team picker show it (rates are null for whoever may not see costs). */
export const TechnicianFieldsDoc = graphql(`
  fragment TechnicianFields on Technician {
    id
    name
    functions
    skills
    employment
    hourlyRate
    dailyRate
    email
    phone
  }
`);

export const RoomFieldsDoc = graphql(`
  fragment RoomFields on Room {
    id
    name
    kind
    dailyRate
  }
`);

/** The operations of the catalogue, for the skills of a technician and the operation of a task. */
export const OperationChoicesQuery = graphql(`
  query OperationChoices {
    operations(first: 200) {
      edges {
        node {
          id
          code
          label
          department
        }
      }
    }
  }
`);
