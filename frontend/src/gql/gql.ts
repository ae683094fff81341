/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProductionDetailFragmentDoc,
    "\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n": typeof types.ProductionDocument,
    "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n": typeof types.ProductionEventsDocument,
};
const documents: Documents = {
    "\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": types.ProductionDetailFragmentDoc,
    "\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n": types.ProductionDocument,
    "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n": types.ProductionEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n"): (typeof documents)["\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;