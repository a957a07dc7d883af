import { createLogger, DEMO_SECRETS, IDENTITY_EXTENSION, signIdentity, type Identity, type StartedSubgraph } from '@shop/kit';
import { InMemoryEventBus } from '@shop/stores';
import { admin, anonymous, callSubgraph, customer } from '@shop/testing';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startAiSubgraph } from '../src/app';

const secret = DEMO_SECRETS.GATEWAY_SECRET;
const alice = customer('usr_alice');
const bob = customer('usr_bob');
const sam = { userId: 'usr_sam', role: 'SUPPORT' as const };
type Caller = { userId: string | null; role: Identity['role'] };

const START =
  'mutation($s: String!, $m: String!) { startConversation(subject: $s, message: $m) { conversation { id status subject customer { id } } userErrors { code field message } } }';
const SEND =
  'mutation($c: ID!, $b: String!, $k: String) { sendChatMessage(conversationId: $c, body: $b, clientMessageId: $k) { message { id seq body authorRole author { id } } userErrors { code field } } }';
const CLOSE = 'mutation($c: ID!) { closeConversation(conversationId: $c) { conversation { id status } userErrors { code } } }';
const ADDED =
  'subscription($c: ID!, $after: Int) { chatMessageAdded(conversationId: $c, afterSeq: $after) { seq body authorRole author { id } conversationId } }';

describe('ai subgraph chat', () => {
  let subgraph: StartedSubgraph;
  const bus = new InMemoryEventBus();
  const clients: Client[] = [];

  const call = (as: Caller, query: string, variables: Record<string, unknown> = {}) => callSubgraph(subgraph.url, query, variables, as);
  const start = async (as: Caller = alice, subject = 'Parcel missing', message = 'Nothing arrived.') =>
    (await call(as, START, { s: subject, m: message })).data?.startConversation;
  const send = async (as: Caller, c: string, b: string, k?: string) => call(as, SEND, { c, b, k });

  /** A graphql-ws client that connects as the gateway does: proof in connection_init, the user signed per operation. */
  function subscribe(as: Caller, variables: Record<string, unknown>, query = ADDED) {
    const client = createClient({
      url: subgraph.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: signIdentity(secret, { userId: null, role: null, requestId: 'gateway' }),
    });
    clients.push(client);
    const identity = { userId: as.userId, role: as.role, requestId: 'test-ws' };
    return client.iterate<Record<string, any>>({ query, variables, extensions: { [IDENTITY_EXTENSION]: signIdentity(secret, identity) } });
  }
  type Events = ReturnType<typeof subscribe>;
  async function take(events: Events, n: number) {
    const got: (Events extends AsyncIterableIterator<infer E> ? E : never)[] = [];
    for await (const event of events) {
      got.push(event);
      if (got.length >= n) break;
    }
    return got;
  }

  beforeAll(async () => {
    subgraph = await startAiSubgraph({ port: 0, gatewaySecret: secret, logger: createLogger('silent'), bus });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await subgraph?.close();
    await bus.close();
  });

  it('lets a customer start a conversation and support answer it', async () => {
    const started = await start(alice, '  Parcel missing ');
    expect(started).toMatchObject({ conversation: { status: 'OPEN', subject: 'Parcel missing', customer: { id: 'usr_alice' } }, userErrors: [] });
    const id = started.conversation.id;
    const reply = await send(sam, id, 'Looking into it.');
    expect(reply.data?.sendChatMessage).toEqual({
      message: { id: expect.any(String), seq: 2, body: 'Looking into it.', authorRole: 'SUPPORT', author: { id: 'usr_sam' } },
      userErrors: [],
    });
    const read = await call(alice, '{ c: conversation(id: "' + id + '") { id messages { seq authorRole } newest: messages(last: 1) { body } } }');
    expect(read.data?.c).toEqual({
      id,
      messages: [
        { seq: 1, authorRole: 'CUSTOMER' },
        { seq: 2, authorRole: 'SUPPORT' },
      ],
      newest: [{ body: 'Looking into it.' }],
    });
  });

  it('answers bad input with userErrors, and auth failures with errors', async () => {
    expect((await start(alice, ' ', '')).userErrors).toEqual([
      { code: 'INVALID_SUBJECT', field: 'subject', message: expect.any(String) },
      { code: 'INVALID_MESSAGE', field: 'message', message: expect.any(String) },
    ]);
    expect((await call(sam, START, { s: 'x', m: 'y' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(anonymous, START, { s: 'x', m: 'y' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const id = (await start()).conversation.id;
    expect((await send(alice, id, 'x'.repeat(2001))).data?.sendChatMessage.userErrors).toEqual([{ code: 'INVALID_MESSAGE', field: 'body' }]);
    expect((await send(alice, 'cnv_nope', 'hi')).data?.sendChatMessage.userErrors).toEqual([{ code: 'CONVERSATION_NOT_FOUND', field: 'conversationId' }]);
    expect((await send(bob, id, 'let me in')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(bob, CLOSE, { c: id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('makes a retried send safe with clientMessageId, and refuses sends once closed', async () => {
    const id = (await start()).conversation.id;
    const first = (await send(alice, id, 'Order 1042', 'k1')).data?.sendChatMessage;
    expect((await send(alice, id, ' Order 1042 ', 'k1')).data?.sendChatMessage).toEqual(first);
    expect((await send(alice, id, 'Order 9999', 'k1')).data?.sendChatMessage).toEqual({
      message: null,
      userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: 'clientMessageId' }],
    });
    expect((await call(sam, CLOSE, { c: id })).data?.closeConversation).toEqual({ conversation: { id, status: 'CLOSED' }, userErrors: [] });
    expect((await call(alice, CLOSE, { c: id })).data?.closeConversation.userErrors).toEqual([]);
    expect((await send(alice, id, 'One more thing')).data?.sendChatMessage.userErrors).toEqual([{ code: 'CONVERSATION_CLOSED', field: 'conversationId' }]);
    const read = await call(alice, `{ conversation(id: "${id}") { messages { seq } } }`);
    expect(read.data?.conversation.messages).toEqual([{ seq: 1 }, { seq: 2 }]);
  });

  it('shows a conversation to its customer and staff only, as a query and as an entity', async () => {
    const id = (await start()).conversation.id;
    const query = `{ conversation(id: "${id}") { id } }`;
    expect((await call(bob, query)).data?.conversation).toBeNull();
    expect((await call(anonymous, query)).data?.conversation).toBeNull();
    expect((await call(sam, query)).data?.conversation).toEqual({ id });
    const entities = `{ _entities(representations: [{ __typename: "Conversation", id: "${id}" }]) { ... on Conversation { id subject } } }`;
    expect((await call(bob, entities)).data?._entities).toEqual([null]);
    expect((await call(alice, entities)).data?._entities).toEqual([{ id, subject: 'Parcel missing' }]);
  });

  it('lists my conversations and, for staff, all of them, with their messages in one query per list', async () => {
    const carol = customer('usr_carol');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await start(carol, `Question ${i}`)).conversation.id);
    await send(sam, ids[1]!, 'Answered.');
    const mine = await call(carol, '{ myConversations { id messages(last: 1) { seq } } }');
    expect(mine.data?.myConversations.map((c: { id: string }) => c.id)).toEqual([ids[1], ids[4], ids[3], ids[2], ids[0]]);
    expect(mine.data?.myConversations[0].messages).toEqual([{ seq: 2 }]);
    const samsOwn = await call(sam, '{ myConversations { id } }');
    expect(samsOwn.data?.myConversations.map((c: { id: string }) => c.id)).toContain(ids[1]);
    expect(samsOwn.data?.myConversations.map((c: { id: string }) => c.id)).not.toContain(ids[0]);

    subgraph.resetQueryCount();
    const all = await call(admin, '{ conversations(status: OPEN) { id status messages { seq } } }');
    expect(all.errors).toBeUndefined();
    expect(all.data?.conversations.length).toBeGreaterThanOrEqual(5);
    expect(all.data?.conversations.every((c: { status: string }) => c.status === 'OPEN')).toBe(true);
    expect(subgraph.queryCount()).toBe(2);
    expect((await call(carol, '{ conversations { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('streams missed messages, then live ones, over graphql-ws', async () => {
    const id = (await start()).conversation.id;
    await send(sam, id, 'First reply');
    const events = subscribe(alice, { c: id, after: 1 });
    const received = take(events, 3);
    // The subscription may or may not be live yet: either way nothing is lost or repeated.
    await send(sam, id, 'Second reply');
    await send(alice, id, 'Thanks!');
    expect((await received).map((e) => e.data?.chatMessageAdded)).toEqual([
      { seq: 2, body: 'First reply', authorRole: 'SUPPORT', author: { id: 'usr_sam' }, conversationId: id },
      { seq: 3, body: 'Second reply', authorRole: 'SUPPORT', author: { id: 'usr_sam' }, conversationId: id },
      { seq: 4, body: 'Thanks!', authorRole: 'CUSTOMER', author: { id: 'usr_alice' }, conversationId: id },
    ]);
  });

  it("refuses another customer's and anonymous subscriptions with an error and no events", async () => {
    const id = (await start()).conversation.id;
    for (const [as, code] of [
      [bob, 'FORBIDDEN'],
      [anonymous, 'UNAUTHENTICATED'],
    ] as const) {
      const events = await take(subscribe(as, { c: id, after: 0 }), 5);
      expect(events).toEqual([{ errors: [expect.objectContaining({ extensions: { code } })] }]);
    }
    // Staff may follow it.
    const staff = await take(subscribe(sam, { c: id, after: 0 }), 1);
    expect(staff.map((e) => e.data?.chatMessageAdded.seq)).toEqual([1]);
  });

  it('tells staff of every new conversation and message on supportInbox, and refuses everyone else', async () => {
    const INBOX = 'subscription { supportInbox { kind conversation { id subject status } message { seq body authorRole } } }';
    const inbox = subscribe(sam, {}, INBOX);
    // Conversations start until the first one arrives: the socket may not have subscribed yet.
    const first = inbox.next();
    let started: any;
    for (let i = 0; i < 50; i++) {
      started = (await start(bob, `Inbox ${i}`, 'Where is my refund?')).conversation;
      const winner = await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 100, null))]);
      if (winner) break;
    }
    const opened = (await first).value;
    expect(opened.data.supportInbox).toMatchObject({
      kind: 'CONVERSATION_STARTED',
      conversation: { status: 'OPEN' },
      message: { seq: 1, body: 'Where is my refund?', authorRole: 'CUSTOMER' },
    });
    // Drain the starts after the one that arrived, then a message in the latest conversation.
    await send(bob, started.id, 'Any news?');
    const rest = [];
    for await (const event of inbox) {
      rest.push(event.data!.supportInbox);
      if (event.data!.supportInbox.kind === 'MESSAGE_ADDED') break;
    }
    expect(rest.at(-1)).toMatchObject({ kind: 'MESSAGE_ADDED', conversation: { id: started.id }, message: { seq: 2, body: 'Any news?' } });

    for (const who of [alice, anonymous]) {
      const refused = await take(subscribe(who, {}, INBOX), 1);
      expect(refused[0]?.errors?.[0]?.extensions?.code).toBe(who === alice ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });
});
