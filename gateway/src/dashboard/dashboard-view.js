/* global document, CSS */
// The dashboard's DOM half: renders what dashboard.js hands it. No framework: a handful of lists.
(function defineView() {
  const $ = (id) => document.getElementById(id);
  const MAX_ORDERS = 50;
  const MAX_ALERTS = 20;

  function money(m, currency) {
    if (!m) return '–';
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: m.currencyCode ?? currency }).format(Number(m.amount));
    } catch {
      return `${m.amount} ${m.currencyCode ?? currency}`;
    }
  }
  const time = (iso) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const words = (status) => status.toLowerCase().replace(/_/g, ' ');

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }
  function badge(status) {
    const td = cell(words(status), 'badge');
    td.dataset.status = status;
    return td;
  }
  /** Restarts the highlight animation on an element that just changed. */
  function flash(el) {
    el.classList.remove('changed');
    void el.offsetWidth;
    el.classList.add('changed');
  }

  /** Orders newest first, one row each; a later version of an order replaces its row. */
  const orders = new Map();
  function renderOrders(changedId) {
    const body = $('orders');
    const list = [...orders.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)).slice(0, MAX_ORDERS);
    body.replaceChildren(
      ...list.map((o) => {
        const tr = document.createElement('tr');
        tr.dataset.orderId = o.id;
        tr.dataset.status = o.status;
        tr.append(
          cell(o.number, 'number'),
          cell(o.customer?.name ?? ''),
          cell(money(o.total)),
          badge(o.status),
          badge(o.financialStatus),
          badge(o.fulfillmentStatus),
          cell(time(o.updatedAt ?? o.createdAt), 'time'),
        );
        if (o.id === changedId) flash(tr);
        return tr;
      }),
    );
  }

  globalThis.DashboardView = {
    /** Merges an order (a query result or an event's current order): the higher version wins. */
    upsertOrder(order, updatedAt) {
      const known = orders.get(order.id);
      if (known && known.version > order.version) return false;
      orders.set(order.id, { ...order, updatedAt: updatedAt ?? known?.updatedAt });
      renderOrders(updatedAt ? order.id : undefined);
      return true;
    },
    clearOrders() {
      orders.clear();
      renderOrders();
    },

    figures(summary) {
      const c = summary.currencyCode;
      const today = summary.days.at(-1);
      $('revenue-today').textContent = money(today.revenue, c);
      $('orders-today').textContent = `${today.paidOrders} paid of ${today.orders} orders`;
      $('revenue-week').textContent = money(summary.revenue, c);
      $('orders-week').textContent = `${summary.paidOrders} paid of ${summary.orders} orders`;
      $('aov-week').textContent = money(summary.averageOrderValue, c);
      const rate = summary.cartConversionRate;
      $('conversion-week').textContent = rate === null ? '–' : `${(rate * 100).toFixed(1)} %`;
      $('carts-week').textContent = `${summary.checkouts} checkouts of ${summary.cartsStarted} carts`;
    },

    lowStock(alert) {
      const list = $('low-stock');
      list.querySelector('.empty')?.remove();
      const li = document.createElement('li');
      li.textContent = `${alert.product.name} (${alert.variant.sku}) at ${alert.warehouse.name}: ${alert.available} left, threshold ${alert.threshold}`;
      list.prepend(li);
      flash(li);
      while (list.children.length > MAX_ALERTS) list.lastElementChild.remove();
    },

    /** A conversation in the inbox, most recently active first; `message` is its newest message. */
    conversation(c, message, fresh) {
      const list = $('inbox');
      let li = list.querySelector(`li[data-conversation-id="${CSS.escape(c.id)}"]`);
      if (!li) {
        li = document.createElement('li');
        li.dataset.conversationId = c.id;
      }
      const title = document.createElement('strong');
      title.textContent = `${c.subject} — ${c.customer?.name ?? 'customer'}`;
      const last = document.createElement('span');
      last.textContent = message ? `${message.authorRole === 'SUPPORT' ? 'Support' : 'Customer'}: ${message.body}` : '';
      const when = document.createElement('time');
      when.textContent = time(c.updatedAt);
      li.replaceChildren(title, last, when);
      list.prepend(li);
      if (fresh) flash(li);
    },
    clearInbox() {
      $('inbox').replaceChildren();
    },

    connection(state, text) {
      const el = $('connection');
      el.dataset.state = state;
      el.textContent = text;
    },
  };
})();
