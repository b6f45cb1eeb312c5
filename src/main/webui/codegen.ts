import type { CodegenConfig } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';

// The service's schema, as the build checks it (docs/schema.graphql equals what the service serves). Scalars the file
// uses without declaring are declared here, only when missing, so that the file declaring them changes nothing.
const schemaText = readFileSync(new URL('../../../docs/schema.graphql', import.meta.url), 'utf8');
const scalars = ['DateTime', 'Date', 'BigInteger', 'BigDecimal']
  .filter((name) => !new RegExp(`^scalar ${name}\\b`, 'm').test(schemaText))
  .map((name) => `scalar ${name}`)
  .join('\n');

const config: CodegenConfig = {
  schema: `${schemaText}\n${scalars}\n`,
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
