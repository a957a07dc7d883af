import type { Identity, Logger } from '@shop/kit';
import type { Loaders } from './loaders';
import type { CatalogService } from './services/catalog-service';
import type { ProductAdminService } from './services/product-admin-service';

export interface Context {
  identity: Identity;
  logger: Logger;
  loaders: Loaders;
  catalog: CatalogService;
  admin: ProductAdminService;
}
