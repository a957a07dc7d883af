/* global document, location, fetch, sessionStorage, graphqlWs, DashboardView, setTimeout, clearTimeout, console, FormData */
// The dashboard's controller: staff sign-in over HTTP, then three graphql-ws subscriptions on the
// gateway's own /graphql. Orders resume from the last cursor after every reconnect, so no change
// is lost or shown twice; the inbox and the figures are re-read on reconnect (they carry no cursor).
(function startDashboard() {
  const config = JSON.parse(document.getElementById('dashboard-config').textContent);
  const ops = config.operations;
  /** Registered ids by operation name: sent instead of the text, so the page also runs where only registered documents do. */
  const ids = config.documentIds || {};
  const view = DashboardView;
  const $ = (id) => document.getElementById(id);
  const TOKEN_KEY = 'shop-dashboard-token';
  const STAFF = ['SUPPORT', 'ADMIN'];

  let token = sessionStorage.getItem(TOKEN_KEY);
  let client;
  let active = [];
  /** The newest ordersUpdated cursor shown: where a reconnect resumes. */
  let cursor = null;
  let figuresTimer;

  async function request(name, variables = {}) {
    const res = await fetch(config.graphqlPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(
        ids[name] ? { documentId: `sha256:${ids[name]}`, operationName: name, variables } : { query: ops[name], operationName: name, variables },
      ),
    });
    const body = await res.json();
    if (body.errors?.length) {
      const error = new Error(body.errors.map((e) => e.message).join('; '));
      error.code = body.errors[0].extensions?.code;
      throw error;
    }
    return body.data;
  }

  /** Cursors are `<txId>:<seq>`; compared as numbers, both parts. */
  function after(a, b) {
    const [ta, sa] = a.split(':').map(BigInt);
    const [tb, sb] = b.split(':').map(BigInt);
    return ta !== tb ? ta > tb : sa > sb;
  }

  const day = (d) => d.toISOString().slice(0, 10);
  async function refreshFigures() {
    const now = new Date();
    const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
    view.figures((await request('DashboardSales', { from: day(monday), to: day(now) })).salesSummary);
  }
  /** Many changes in a burst cost one summary query. */
  function figuresSoon() {
    clearTimeout(figuresTimer);
    figuresTimer = setTimeout(() => refreshFigures().catch(report), 250);
  }

  async function refreshLists() {
    const [orders, inbox] = await Promise.all([request('DashboardRecentOrders'), request('DashboardOpenConversations')]);
    for (const edge of [...orders.orders.edges].reverse()) view.upsertOrder(edge.node);
    view.clearInbox();
    for (const c of [...inbox.conversations].reverse()) view.conversation(c, c.messages.at(-1), false);
  }

  function subscribe(name, variables, onData) {
    const stop = client.subscribe(
      // A registered id over graphql-ws: an empty query and the persistedQuery extension (docs/trusted-documents.md).
      ids[name]
        ? { query: '', operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: ids[name] } } }
        : { query: ops[name], operationName: name, variables },
      { next: (result) => (result.errors ? report(new Error(result.errors[0].message)) : onData(result.data)), error: report, complete: () => {} },
    );
    active.push(stop);
  }

  const onOrder = ({ ordersUpdated: u }) => {
    if (cursor && !after(u.cursor, cursor)) return;
    cursor = u.cursor;
    view.upsertOrder(u.order, u.occurredAt);
    figuresSoon();
  };

  /** On every (re)connection: subscribe afresh (orders from the last cursor), then re-read what has no cursor. */
  function onConnected() {
    view.connection('live', 'Live');
    subscribe('DashboardOrdersFeed', { after: cursor }, onOrder);
    subscribe('DashboardLowStock', {}, (d) => view.lowStock(d.lowStockAlerts));
    subscribe('DashboardInbox', {}, (d) => view.conversation(d.supportInbox.conversation, d.supportInbox.message, true));
    Promise.all([refreshLists(), refreshFigures()]).catch(report);
  }
  /** A dropped socket: forget its subscriptions, so that the retry does not replay stale variables. */
  function onClosed() {
    for (const stop of active) stop();
    active = [];
    if (client) view.connection('reconnecting', 'Reconnecting…');
  }

  function connect() {
    const ws = location.protocol === 'https:' ? 'wss:' : 'ws:';
    client = graphqlWs.createClient({
      url: `${ws}//${location.host}${config.graphqlPath}`,
      lazy: false,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      connectionParams: () => ({ authorization: `Bearer ${token}` }),
      on: { connected: onConnected, closed: onClosed },
    });
  }

  function report(error) {
    if (error?.code === 'UNAUTHENTICATED') return signOut('Your session has ended; sign in again.');
    console.warn('dashboard:', error?.message ?? error);
  }

  async function start() {
    let me;
    try {
      me = (await request('DashboardMe')).me;
    } catch (error) {
      return signOut(error.code === 'UNAUTHENTICATED' ? 'Your session has ended; sign in again.' : error.message);
    }
    if (!me || !STAFF.includes(me.role)) return signOut('The dashboard is for support staff and admins.');
    $('who').textContent = `${me.name} (${me.role.toLowerCase()})`;
    $('sign-in').hidden = true;
    $('board').hidden = false;
    $('sign-out').hidden = false;
    view.connection('connecting', 'Connecting…');
    connect();
  }

  function signOut(message = '') {
    token = null;
    sessionStorage.removeItem(TOKEN_KEY);
    const closing = client;
    client = undefined;
    closing?.dispose();
    cursor = null;
    view.clearOrders();
    $('board').hidden = true;
    $('sign-out').hidden = true;
    $('who').textContent = '';
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message;
    view.connection('offline', 'Signed out');
  }

  $('sign-in').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    $('sign-in-error').textContent = '';
    try {
      const { login } = await request('DashboardSignIn', { email: form.get('email'), password: form.get('password') });
      if (!login.token) throw new Error(login.userErrors.map((e) => e.message).join(' ') || 'Sign-in failed.');
      token = login.token;
      sessionStorage.setItem(TOKEN_KEY, token);
      await start();
    } catch (error) {
      $('sign-in-error').textContent = error.message;
    }
  });
  $('sign-out').addEventListener('click', () => signOut());

  // For operators and tests: drop the socket as a network failure would (the client reconnects).
  globalThis.shopDashboard = { terminate: () => client?.terminate(), cursor: () => cursor };

  if (token) void start();
  else signOut();
})();
