export * from './postgres';
export * from './subgraph-client';
export * from './wait';
export * from './migrations';
export * from './throwaway-servers';
