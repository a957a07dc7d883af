import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';
import type { CartService } from './services/cart-service';
import type { OrderService } from './services/order-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  orders: OrderService;
  carts: CartService;
}
