import { fileURLToPath } from 'node:url';

/** The seven subgraphs of the supergraph: name, default port and where their contract lives. */
export interface SubgraphDefinition {
  name: 'users' | 'products' | 'orders' | 'payments' | 'search' | 'inventory' | 'ai';
  port: number;
  schemaPath: string;
}

const contract = (name: string) => fileURLToPath(new URL(`../../subgraphs/${name}/src/schema.graphql`, import.meta.url));

export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  { name: 'users', port: 4001, schemaPath: contract('users') },
  { name: 'products', port: 4002, schemaPath: contract('products') },
  { name: 'orders', port: 4003, schemaPath: contract('orders') },
  { name: 'payments', port: 4004, schemaPath: contract('payments') },
  { name: 'search', port: 4005, schemaPath: contract('search') },
  { name: 'inventory', port: 4006, schemaPath: contract('inventory') },
  { name: 'ai', port: 4007, schemaPath: contract('ai') },
];

export const GATEWAY_PORT = 4000;
export const defaultSubgraphUrl = (s: SubgraphDefinition) => `http://127.0.0.1:${s.port}/graphql`;

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
export const API_SCHEMA_PATH = fileURLToPath(new URL('../api-schema.graphql', import.meta.url));
