import postgres from 'postgres';

const TERMINAL = ['CONFIRMED', 'OUT_OF_STOCK', 'PAYMENT_FAILED', 'CANCELLED'];

type Sql = ReturnType<typeof postgres>;
export type StockSnapshot = Map<string, { onHand: number; adjusted: number }>;

const levelKey = (warehouseId: string, variantId: string) => `${warehouseId}/${variantId}`;

/** On hand and the sum of manual adjustments per stock level, before the faults (after seeding). */
export async function stockSnapshot(sql: Sql): Promise<StockSnapshot> {
  const levels = await sql<
    { w: string; v: string; on_hand: number }[]
  >`select warehouse_id w, variant_id v, quantity_on_hand on_hand from inventory.stock_levels`;
  const adjusted = await sql<{ w: string; v: string; sum: number }[]>`
    select warehouse_id w, variant_id v, sum(delta)::int sum from inventory.stock_adjustments group by 1, 2`;
  const snapshot: StockSnapshot = new Map();
  for (const l of levels) snapshot.set(levelKey(l.w, l.v), { onHand: l.on_hand, adjusted: 0 });
  for (const a of adjusted) snapshot.get(levelKey(a.w, a.v))!.adjusted = a.sum;
  return snapshot;
}

/** Checkout orders not yet in a terminal state. */
export async function unsettled(sql: Sql): Promise<{ id: string; status: string }[]> {
  return sql<{ id: string; status: string }[]>`
    select id, status from orders.orders where cart_id is not null and status not in ${sql(TERMINAL)} order by created_at`;
}

/**
 * Reconciles orders, payments (ours and the simulated provider's), stock and events, reading each
 * subgraph's own tables (the judge's view, not the services'). Returns the problems found.
 */
export async function reconcile(sql: Sql, before: StockSnapshot): Promise<string[]> {
  const problems: string[] = [];
  const orders = await sql<{ id: string; status: string; total: number }[]>`
    select id, status, total_minor total from orders.orders where cart_id is not null`;
  const payments = await sql<{ id: string; order_id: string; status: string; amount: number; captured: number; refunded: number; ref: string | null }[]>`
    select id, order_id, status, amount_minor amount, captured_minor captured, refunded_minor refunded, provider_ref ref
    from payments.payments where origin = 'CHECKOUT'`;
  const charges = await sql<{ ref: string; status: string; captured: number; refunded: number }[]>`
    select ref, status, captured_minor captured, refunded_minor refunded from payments.sim_processor_charges`;
  const reservations = await sql<{ order_id: string; status: string }[]>`select order_id, status from inventory.reservations`;
  const paymentByOrder = new Map(payments.map((p) => [p.order_id, p]));
  const chargeByRef = new Map(charges.map((c) => [c.ref, c]));
  const reservationByOrder = new Map(reservations.map((r) => [r.order_id, r]));

  for (const order of orders) {
    if (!TERMINAL.includes(order.status)) problems.push(`order ${order.id} is still ${order.status}`);
    const payment = paymentByOrder.get(order.id);
    const charge = payment?.ref ? chargeByRef.get(payment.ref) : undefined;
    const reservation = reservationByOrder.get(order.id);
    const kept = payment ? payment.captured - payment.refunded : 0;
    const providerKept = charge ? charge.captured - charge.refunded : 0;
    if (order.status === 'CONFIRMED') {
      // Captured in full; a refund the provider reported since (a webhook) is ours and the provider's alike.
      if (!['CAPTURED', 'PARTIALLY_REFUNDED'].includes(payment?.status ?? '') || payment!.captured !== order.total)
        problems.push(`CONFIRMED order ${order.id} has payment ${payment?.status} capturing ${payment?.captured}`);
      if (charge?.captured !== order.total || providerKept !== kept)
        problems.push(`CONFIRMED order ${order.id}: the provider captured ${charge?.captured} and kept ${providerKept}, we keep ${kept}`);
      if (reservation?.status !== 'COMMITTED') problems.push(`CONFIRMED order ${order.id} has reservation ${reservation?.status}`);
    } else {
      if (kept !== 0 || ['AUTHORIZED', 'AUTHORIZING', 'CAPTURED', 'PARTIALLY_REFUNDED'].includes(payment?.status ?? ''))
        problems.push(`${order.status} order ${order.id} has payment ${payment?.status} keeping ${kept}`);
      if (providerKept !== 0 || charge?.status === 'AUTHORIZED')
        problems.push(`${order.status} order ${order.id}: the provider holds ${charge?.status} ${providerKept}`);
      if (reservation?.status === 'COMMITTED' || reservation?.status === 'ACTIVE')
        problems.push(`${order.status} order ${order.id} has reservation ${reservation.status}`);
    }
  }

  // Stock: on hand = before − committed + adjustments since; nothing reserved once every order settled.
  const committed = await sql<{ w: string; v: string; qty: number }[]>`
    select l.warehouse_id w, l.variant_id v, sum(l.quantity)::int qty from inventory.reservation_lines l
    join inventory.reservations r on r.id = l.reservation_id where r.status = 'COMMITTED' group by 1, 2`;
  const committedBy = new Map(committed.map((c) => [levelKey(c.w, c.v), c.qty]));
  const after = await stockSnapshot(sql);
  const reserved = await sql<{ w: string; v: string; reserved: number }[]>`
    select warehouse_id w, variant_id v, reserved from inventory.stock_levels where reserved <> 0`;
  const activeHeld = await sql<{ w: string; v: string; qty: number }[]>`
    select l.warehouse_id w, l.variant_id v, sum(l.quantity)::int qty from inventory.reservation_lines l
    join inventory.reservations r on r.id = l.reservation_id where r.status = 'ACTIVE' group by 1, 2`;
  const activeBy = new Map(activeHeld.map((a) => [levelKey(a.w, a.v), a.qty]));
  for (const [key, now] of after) {
    const was = before.get(key) ?? { onHand: 0, adjusted: 0 };
    const expected = was.onHand - (committedBy.get(key) ?? 0) + (now.adjusted - was.adjusted);
    if (now.onHand !== expected) problems.push(`stock ${key}: on hand ${now.onHand}, expected ${expected}`);
  }
  for (const r of reserved) {
    if (r.reserved !== (activeBy.get(levelKey(r.w, r.v)) ?? 0))
      problems.push(`stock ${levelKey(r.w, r.v)}: ${r.reserved} reserved without a matching active reservation`);
  }

  // No event applied twice: one ledger entry per payment and step, one change per order version.
  const ledger = await sql<{ payment_id: string; kind: string; n: number }[]>`
    select payment_id, kind, count(*)::int n from payments.payment_transactions where kind in ('AUTHORIZE', 'CAPTURE', 'VOID') group by 1, 2 having count(*) > 1`;
  for (const l of ledger) problems.push(`payment ${l.payment_id} has ${l.n} ${l.kind} entries`);
  const versions = await sql<{ order_id: string; version: number; n: number }[]>`
    select order_id, version, count(*)::int n from orders.order_status_history group by 1, 2 having count(*) > 1`;
  for (const v of versions) problems.push(`order ${v.order_id} version ${v.version} recorded ${v.n} times`);
  const twice = await sql<{ order_id: string; n: number }[]>`
    select order_id, count(*)::int n from payments.payments where origin = 'CHECKOUT' group by 1 having count(*) > 1`;
  for (const t of twice) problems.push(`order ${t.order_id} has ${t.n} checkout payments`);

  // The subgraphs that learn orders from events caught up: ai knows each checkout order's final
  // status (its assistant answers order questions from it), users wrote one confirmation email per
  // confirmed order (the demo customer has an account), never two.
  const aiBehind = await sql<{ id: string; status: string; ai: string | null }[]>`
    select o.id, o.status, a.status ai from orders.orders o left join ai.assistant_orders a on a.order_id = o.id
    where o.cart_id is not null and a.status is distinct from o.status limit 5`;
  for (const a of aiBehind) problems.push(`ai has order ${a.id} as ${a.ai}, orders has ${a.status}`);
  const mails = await sql<{ id: string; n: number }[]>`
    select o.id, count(n.event_id)::int n from orders.orders o
    left join users.notifications n on n.order_id = o.id and n.kind = 'ORDER_CONFIRMED'
    where o.cart_id is not null and o.status = 'CONFIRMED' group by o.id having count(n.event_id) <> 1 limit 5`;
  for (const m of mails) problems.push(`CONFIRMED order ${m.id} has ${m.n} confirmation emails`);
  return problems;
}

/** Counts of checkout orders by status (for the report). */
export async function statusCounts(sql: Sql): Promise<Record<string, number>> {
  const rows = await sql<{ status: string; n: number }[]>`select status, count(*)::int n from orders.orders where cart_id is not null group by 1`;
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
