export * from './carts';
export * from './catalog';
export * from './commerce';
export * from './people';
export { createRandom, slugify } from './random';
