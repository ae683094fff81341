import { graphql } from '../../gql';

/** The rights holders a work's forms offer to choose from. */
export const HolderChoicesDoc = graphql(`
  fragment HolderChoices on Query {
    rightsHolders(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
