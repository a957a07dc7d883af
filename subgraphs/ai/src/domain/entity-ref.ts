/** A federated entity as another subgraph references it: the products and users ai points at. */
export interface EntityRef {
  id: string;
}
