/** An entity another subgraph owns, as this subgraph knows it: by key only. */
export interface EntityRef {
  id: string;
}
