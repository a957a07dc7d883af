/** An order as the payments subgraph knows it: only its id; the orders subgraph owns the rest. */
export interface OrderRef {
  id: string;
}
