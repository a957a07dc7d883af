export * from './carts';
export * from './catalog';
export * from './commerce';
export * from './demand';
export * from './history';
export * from './people';
export * from './prices';
export { createRandom, slugify } from './random';
export * from './checkouts';
