/** What the browser half needs; embedded in the page as JSON. */
export interface DashboardPageConfig {
  /** The HTTP endpoint; graphql-ws is the same path on ws(s)://. */
  graphqlPath: string;
  /** The documents the page sends, by operation name (schema/operations/dashboard.graphql). */
  operations: Record<string, string>;
  /**
   * The registered id (sha256 hex in the trusted-documents manifest) of each operation, by name:
   * the page sends ids, so it works where only registered documents run (production, enforce).
   */
  documentIds: Record<string, string>;
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function renderDashboardPage(config: DashboardPageConfig): string {
  const asset = (name: string) => `/dashboard/assets/${name}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Shop operations</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset('dashboard.css')}" />
  </head>
  <body>
    <header>
      <h1>Shop operations</h1>
      <span id="connection" data-state="offline">Signed out</span>
      <span id="who"></span>
      <button id="sign-out" type="button" hidden>Sign out</button>
    </header>
    <form id="sign-in" hidden>
      <h2>Staff sign-in</h2>
      <label>Email <input name="email" type="email" autocomplete="username" required /></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
      <button type="submit">Sign in</button>
      <p id="sign-in-error" role="alert"></p>
    </form>
    <main id="board" hidden>
      <section id="figures" aria-label="Sales">
        <div class="figure"><h2>Revenue today</h2><p id="revenue-today">–</p><small id="orders-today"></small></div>
        <div class="figure"><h2>Revenue this week</h2><p id="revenue-week">–</p><small id="orders-week"></small></div>
        <div class="figure"><h2>Average order</h2><p id="aov-week">–</p><small>this week</small></div>
        <div class="figure"><h2>Cart conversion</h2><p id="conversion-week">–</p><small id="carts-week"></small></div>
      </section>
      <section id="orders-panel"><h2>Orders</h2><table><thead><tr><th>Order</th><th>Customer</th><th>Total</th><th>Status</th><th>Payment</th><th>Fulfilment</th><th>Updated</th></tr></thead><tbody id="orders"></tbody></table></section>
      <section id="stock-panel"><h2>Low stock</h2><ul id="low-stock"><li class="empty">No alerts since you opened the page.</li></ul></section>
      <section id="inbox-panel"><h2>Support inbox</h2><ul id="inbox"></ul></section>
    </main>
    <script id="dashboard-config" type="application/json">${scriptJson(config)}</script>
    <script src="${asset('graphql-ws.js')}"></script>
    <script src="${asset('dashboard-view.js')}"></script>
    <script src="${asset('dashboard.js')}"></script>
  </body>
</html>
`;
}
