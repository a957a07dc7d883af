export * from './card';
export * from './test-cards';
export * from './token';
