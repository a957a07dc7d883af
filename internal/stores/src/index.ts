export * from './events';
export * from './outbox';
export * from './pg';
export * from './redis';
export * from './redis-event-bus';
export * from './event-bus-factory';
export * from './subgraph-process';
