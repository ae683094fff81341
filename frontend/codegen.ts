import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../graph/*.graphqls',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**/*', '!src/**/*.test.ts', '!src/**/*.test.tsx'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Masking would make every component unwrap fragments; the app is too small to benefit.
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { ID: 'string', Date: 'string', Money: 'string', Time: 'string', Percent: 'string', Quantity: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
