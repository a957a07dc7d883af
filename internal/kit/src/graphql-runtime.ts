import { createRequire } from 'node:module';

/**
 * The graphql module exactly as Node loads it for Apollo, @apollo/subgraph, @apollo/gateway and
 * graphql-ws: its CommonJS build (graphql 16 has no "exports" map, so Node picks "main"). Under tsx
 * this is the very module `import 'graphql'` yields. Under Vitest, however, our source files get
 * the ESM build ("module"), a second copy whose schemas and errors those libraries reject or
 * misread (`instanceof` fails across copies). Code that validates against a library-built schema
 * or hands GraphQLErrors to a library takes graphql from here.
 */
export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof import('graphql');
