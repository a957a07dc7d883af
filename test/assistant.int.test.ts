import { demoOrders, DEMO_CREDENTIALS } from '@shop/demo-data';
import { waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, record, type TestClient } from '../gateway/test/ws-client';
import { bootStack, gql, login, stackTargets } from './support';

/**
 * The shopping assistant as a shopper meets it: askAssistant over HTTP, the answer streamed over
 * graphql-ws through the gateway with products resolved by the products subgraph.
 */
const ASK = `mutation($c: ID, $m: String!) { askAssistant(conversationId: $c, message: $m) { turnId conversationId provider userErrors { code field } } }`;
const REPLY = `subscription($t: ID!) {
  assistantReply(turnId: $t) {
    turnId seq delta done provider
    products { id name price { amount } }
    sources { kind id title }
    handoverConversation { id subject status messages { body } }
  }
}`;

for (const target of stackTargets) {
  describe.skipIf(target.skip)(`the shopping assistant through the gateway — ${target.name}`, () => {
    let stack: Awaited<ReturnType<typeof bootStack>>;
    let url: string;
    let wsUrl: string;
    let token: string;
    const clients: TestClient[] = [];
    const client = (t?: string) => {
      const c = connect(wsUrl, { token: t });
      clients.push(c);
      return c;
    };
    const ask = async (message: string, t?: string, conversationId?: string) => {
      const res = await gql(url, ASK, { c: conversationId ?? null, m: message }, t);
      expect(res.errors).toBeUndefined();
      return res.data.askAssistant as { turnId: string; conversationId: string; provider: string; userErrors: unknown[] };
    };
    /** Subscribes and waits for the whole answer. */
    const streamed = async (turnId: string, t?: string) => {
      const r = record(client(t), { query: REPLY, variables: { t: turnId } });
      await r.ended;
      expect(r.error).toBeUndefined();
      expect(r.completed).toBe(true);
      return r.events.map((e) => e.data.assistantReply);
    };
    const text = (chunks: { delta: string }[]) => chunks.map((c) => c.delta).join('');

    beforeAll(async () => {
      stack = await bootStack(target);
      url = stack.gateway.url;
      wsUrl = url.replace(/^http/, 'ws');
      token = await login(url, DEMO_CREDENTIALS.customer.email, DEMO_CREDENTIALS.customer.password);
    });
    afterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await stack?.dispose();
    });

    it('streams a product answer whose products come from the products subgraph, first chunk within 300 ms', async () => {
      const ws = client();
      await waitFor(() => ws.connected(), { message: 'socket connected' });
      // One untimed turn first: the gateway plans each new operation once, and the process warms up.
      await streamed((await ask('hello')).turnId);
      const started = performance.now();
      const { turnId, conversationId, provider, userErrors } = await ask('carbon steel wok');
      expect(userErrors).toEqual([]);
      expect(provider).toMatch(/offline/);
      let firstAt = 0;
      const r = record(ws, { query: REPLY, variables: { t: turnId } });
      await waitFor(() => r.events.length > 0 || r.error !== undefined, { timeoutMs: 5000, intervalMs: 5, message: 'the first chunk' });
      firstAt = performance.now() - started;
      await r.ended;
      const chunks = r.events.map((e) => e.data.assistantReply);
      expect(firstAt).toBeLessThan(300);
      expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i + 1));
      expect(chunks.filter((c) => c.done)).toHaveLength(1);
      expect(chunks.at(-1).done).toBe(true);
      expect(text(chunks)).toMatch(/offline assistant.*no language model/);
      expect(text(chunks)).toContain('Hearthly Everyday Wok');
      const last = chunks.at(-1);
      expect(last.products).toContainEqual(expect.objectContaining({ id: 'prd_0016', name: 'Hearthly Everyday Wok' }));
      expect(last.sources).toContainEqual({ kind: 'PRODUCT', id: 'prd_0016', title: 'Hearthly Everyday Wok' });
      expect(conversationId).toMatch(/^asc_/);
    });

    it('replays a whole turn to a subscriber that connects after it finished', async () => {
      const { turnId, conversationId } = await ask('How much does shipping cost?');
      await waitFor(
        async () =>
          (await gql(url, `query($id: ID!) { assistantConversation(id: $id) { answer } }`, { id: conversationId })).data?.assistantConversation?.[0]?.answer,
        {
          message: 'the turn to finish before subscribing',
        },
      );
      const chunks = await streamed(turnId);
      expect(chunks[0].seq).toBe(1);
      expect(text(chunks)).toContain('$5.99');
      expect(chunks.at(-1).sources).toContainEqual(expect.objectContaining({ kind: 'POLICY', id: 'shipping#shipping-costs' }));
    });

    it("answers a signed-in customer about their own orders, never another customer's, and keeps the history", async () => {
      const mine = await gql(url, '{ me { id orders(first: 1) { edges { node { number status } } } } }', {}, token);
      const latest = mine.data.me.orders.edges[0].node as { number: string; status: string };
      const first = await ask(`Where is order ${latest.number}?`, token);
      expect(text(await streamed(first.turnId, token))).toContain(`Order ${latest.number}`);

      const theirs = demoOrders(new Date()).orders.find((o) => o.customerId === 'usr_0002')!.number;
      const second = await ask(`What is the status of ${theirs}?`, token, first.conversationId);
      expect(second.conversationId).toBe(first.conversationId);
      const answer = text(await streamed(second.turnId, token));
      expect(answer).toContain(`could not find order ${theirs}`);
      expect(answer).not.toMatch(/placed \d{4}/);

      const history = await gql(url, `query($id: ID!) { assistantConversation(id: $id) { seq question answer } }`, { id: first.conversationId }, token);
      expect(history.data.assistantConversation.map((t: { seq: number }) => t.seq)).toEqual([1, 2]);
      // The conversation is the customer's: anonymous callers and others see nothing, and cannot continue it.
      expect((await gql(url, `query($id: ID!) { assistantConversation(id: $id) { seq } }`, { id: first.conversationId })).data.assistantConversation).toEqual(
        [],
      );
      expect((await ask('hello', undefined, first.conversationId)).userErrors).toEqual([{ code: 'CONVERSATION_NOT_FOUND', field: 'conversationId' }]);
      const refused = record(client(), { query: REPLY, variables: { t: first.turnId } });
      await refused.ended;
      // Refused before any chunk: one error result, no data.
      expect(refused.events.map((e) => e.data?.assistantReply ?? null)).toEqual([null]);
      expect(refused.events[0]!.errors[0].extensions.code).toBe('NOT_FOUND');
    });

    it('hands over to the human support chat, which support staff then see', async () => {
      const { turnId } = await ask('I want to talk to a human about a damaged parcel', token);
      const chunks = await streamed(turnId, token);
      const handover = chunks.at(-1).handoverConversation;
      expect(handover).toMatchObject({ subject: 'Handed over by the shopping assistant', status: 'OPEN' });
      expect(handover.messages[0].body).toContain('damaged parcel');
      expect(text(chunks)).toContain(handover.id);
      const support = await login(url, DEMO_CREDENTIALS.support.email, DEMO_CREDENTIALS.support.password);
      const open = await gql(url, '{ conversations(status: OPEN) { id } }', {}, support);
      expect(open.data.conversations.map((c: { id: string }) => c.id)).toContain(handover.id);
    });

    it('refuses an empty message as a userError', async () => {
      expect((await ask('   ')).userErrors).toEqual([{ code: 'INVALID_MESSAGE', field: 'message' }]);
    });
  });
}
