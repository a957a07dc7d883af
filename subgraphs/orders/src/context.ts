import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';
import type { CartCommands } from './services/cart-commands';
import type { CartService } from './services/cart-service';
import type { CheckoutService } from './services/checkout-service';
import type { OrderLifecycleService } from './services/order-lifecycle-service';
import type { OrderService } from './services/order-service';
import type { OrderTrackingService } from './services/order-tracking-service';
import type { SalesService } from './services/sales-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  orders: OrderService;
  carts: CartService;
  cartCommands: CartCommands;
  checkout: CheckoutService;
  lifecycle: OrderLifecycleService;
  tracking: OrderTrackingService;
  sales: SalesService;
}
