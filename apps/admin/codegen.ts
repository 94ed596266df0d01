import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed contract, never from a running server, so the
// portal builds offline and a schema change shows up as a diff in src/gql.
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // `useFragment` is not a React hook; the other name keeps the hooks lint honest.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: { input: 'string', output: 'string' }, DateTimeISO: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false },
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
