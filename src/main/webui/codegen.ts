import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema the service serves (a test keeps docs/schema.graphql equal to it): an operation the schema no longer
// allows fails the build here.
const config: CodegenConfig = {
  schema: '../../../docs/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Money amounts are integers of any size: strings or numbers on the wire, never floats we compute with.
        scalars: { DateTime: 'string', Date: 'string', BigInteger: 'string | number', BigDecimal: 'string | number' },
      },
    },
  },
};
export default config;
