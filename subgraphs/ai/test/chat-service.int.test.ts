import { randomBytes } from 'node:crypto';
import { createLogger, type Identity } from '@shop/kit';
import { InProcessPubSub, openPostgres, openPubSub, type PostgresStore, type PubSub, type PubSubSubscription, type TopicFanout } from '@shop/stores';
import { postgresTargets, TEST_REDIS_URL, waitFor } from '@shop/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createChatStore, type ChatMessageRow } from '../src/db/chat-store';
import { schema, type AiSchema } from '../src/db/schema';
import { chatTopic, createChatService, type ChatService } from '../src/services/chat-service';

const logger = createLogger('silent');
const as = (userId: string | null, role: Identity['role']): Identity => ({ userId, role, requestId: 'test' });
const alice = as('usr_alice', 'CUSTOMER');
const bob = as('usr_bob', 'CUSTOMER');
const sam = as('usr_sam', 'SUPPORT');

/** Drops the publishes the test names, as a Redis hiccup would. */
class LossyPubSub implements PubSub {
  readonly dropped = new Set<number>();
  constructor(readonly inner: PubSub) {}
  publish(topic: string, payload: unknown) {
    return this.dropped.has((payload as ChatMessageRow).seq) ? Promise.resolve() : this.inner.publish(topic, payload);
  }
  subscribe<T>(topic: string): PubSubSubscription<T> {
    return this.inner.subscribe<T>(topic);
  }
  close() {
    return this.inner.close();
  }
}

/** Reads `count` messages from a feed; fails the test instead of hanging when they do not come. */
async function collect(feed: AsyncIterator<ChatMessageRow>, count: number): Promise<ChatMessageRow[]> {
  const got: ChatMessageRow[] = [];
  const timeout = setTimeout(() => void feed.return?.(), 10_000);
  try {
    while (got.length < count) {
      const r = await feed.next();
      if (r.done) break;
      got.push(r.value);
    }
  } finally {
    clearTimeout(timeout);
  }
  return got;
}

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

/** The chat service against each Postgres target; the real-server variant also uses real Redis pub/sub. */
for (const target of postgresTargets()) {
  const real = !target.skip && target.name.includes('real server');
  describe.skipIf(target.skip)(`chat service subscriptions — ${target.name}${real && TEST_REDIS_URL ? ' + redis' : ''}`, () => {
    let pg: PostgresStore<AiSchema>;
    let drop: () => Promise<void>;
    let pubsub: LossyPubSub;
    let chat: ChatService;

    const start = async () => {
      const outcome = await chat.startConversation(alice, { subject: 'Damaged mug', message: 'It arrived broken.' });
      return outcome.conversation!.id;
    };
    const send = async (id: string, who: Identity, body: string) => {
      const outcome = await chat.send(who, { conversationId: id, body });
      expect(outcome.userErrors).toEqual([]);
      return outcome.message!;
    };
    const activeTopics = () => (pubsub.inner as unknown as TopicFanout).activeTopics();

    beforeAll(async () => {
      const database = await target.create();
      drop = database.drop;
      pg = await openPostgres({ url: database.url, schema, migrationsFolder, pgSchema: 'ai' });
      const prefix = `test:ai-chat:${randomBytes(6).toString('hex')}:`;
      pubsub = new LossyPubSub(real && TEST_REDIS_URL ? await openPubSub(TEST_REDIS_URL, logger, { prefix }) : new InProcessPubSub(logger));
      chat = createChatService({ store: createChatStore(pg.db), pubsub, logger });
    });
    afterAll(async () => {
      await pubsub?.close();
      await pg?.close();
      await drop?.();
    });

    it('delivers the backlog after afterSeq, then live messages, with no gap or duplicate', async () => {
      const id = await start();
      for (let i = 2; i <= 5; i++) await send(id, i % 2 ? sam : alice, `m${i}`);
      // Sends race the subscription: some commit before it, some while it reads the backlog, some after.
      const burst = Array.from({ length: 20 }, (_, i) => send(id, i % 2 ? sam : alice, `burst${i}`));
      const feed = await chat.subscribe(alice, id, 2);
      const more = Array.from({ length: 10 }, (_, i) => send(id, sam, `late${i}`));
      const got = await collect(feed, 33);
      await Promise.all([...burst, ...more]);
      expect(got.map((m) => m.seq)).toEqual(Array.from({ length: 33 }, (_, i) => i + 3));
      expect(got[0]).toMatchObject({ body: 'm3', authorId: 'usr_sam', authorRole: 'SUPPORT', conversationId: id });
      await feed.return!();
      await waitFor(() => !activeTopics().includes(chatTopic(id)), { message: 'the topic to be released' });
    });

    it('without afterSeq, delivers only what is sent after subscribing', async () => {
      const id = await start();
      await send(id, sam, 'before');
      const feed = await chat.subscribe(sam, id);
      const sent = await send(id, alice, 'after');
      expect(await collect(feed, 1)).toEqual([sent]);
      await feed.return!();
    });

    it('fills a lost publish from the store when the next message arrives', async () => {
      const id = await start();
      const feed = await chat.subscribe(alice, id, 1);
      const two = await send(id, sam, 'two');
      // Past the backlog now: whatever comes next comes from the live channel.
      expect(await collect(feed, 1)).toEqual([two]);
      pubsub.dropped.add(3);
      const sent = [await send(id, sam, 'three (never published)'), await send(id, sam, 'four')];
      expect(await collect(feed, 2)).toEqual(sent);
      await feed.return!();
    });

    it('lets the customer resume where they left off after a reconnect', async () => {
      const id = await start();
      const first = await chat.subscribe(alice, id, 0);
      expect((await collect(first, 1)).map((m) => m.seq)).toEqual([1]);
      await first.return!();
      // Missed while disconnected.
      await send(id, sam, 'are you there?');
      await send(id, sam, 'hello?');
      const resumed = await chat.subscribe(alice, id, 1);
      const live = send(id, sam, 'live again');
      expect((await collect(resumed, 3)).map((m) => m.body)).toEqual(['are you there?', 'hello?', 'live again']);
      await live;
      await resumed.return!();
    });

    it("refuses another customer's conversation, anonymous callers and unknown ids, subscribing to nothing", async () => {
      const id = await start();
      const topicsBefore = activeTopics().length;
      expect(await codeOf(chat.subscribe(bob, id, 0))).toBe('FORBIDDEN');
      expect(await codeOf(chat.subscribe(as(null, null), id))).toBe('UNAUTHENTICATED');
      expect(await codeOf(chat.subscribe(alice, 'cnv_unknown'))).toBe('NOT_FOUND');
      expect(await codeOf(chat.subscribe(alice, id, -1))).toBe('BAD_USER_INPUT');
      expect(activeTopics()).toHaveLength(topicsBefore);
      // Staff may follow any conversation.
      const feed = await chat.subscribe(as('usr_ada', 'ADMIN'), id, 0);
      expect((await collect(feed, 1)).map((m) => m.seq)).toEqual([1]);
      await feed.return!();
    });
  });
}
