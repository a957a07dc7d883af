import { createLogger } from '@shop/kit';
import { InProcessPubSub, openPostgres, type PostgresStore } from '@shop/stores';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/app';
import { createMemoryKnowledge } from '../src/assistant/memory-knowledge';
import type { AssistantProvider } from '../src/assistant/provider';
import { createAssistantStore } from '../src/assistant/store';
import { createAssistantService, INTERRUPTED, type AssistantChunkRow } from '../src/assistant/turn-service';
import { schema, type AiSchema } from '../src/db/schema';

const customer = { userId: 'usr_a', role: 'CUSTOMER' as const, requestId: 'r' };
const collect = async (feed: AsyncIterableIterator<AssistantChunkRow>) => {
  const chunks: AssistantChunkRow[] = [];
  for await (const chunk of feed) chunks.push(chunk);
  return chunks;
};

describe('assistant turns (PGlite, in-process pub/sub)', () => {
  const logger = createLogger('silent');
  let pg: PostgresStore<AiSchema>;
  let pubsub: InProcessPubSub;
  let release: () => void = () => {};
  const stalled = new Promise<void>((resolve) => (release = resolve));
  /** Writes one chunk, then stalls like a writer whose replica died. */
  const stalling: AssistantProvider = {
    name: 'stalling',
    async answer(_request, emit) {
      await emit('Hello');
      await stalled;
      return { products: [], sources: [] };
    },
  };
  const service = () =>
    createAssistantService({
      store: createAssistantStore(pg.db),
      knowledge: createMemoryKnowledge([], []),
      provider: stalling,
      pubsub,
      support: async () => null,
      logger,
      idleMs: 150,
    });

  beforeAll(async () => {
    pg = await openPostgres({ schema, migrationsFolder, pgSchema: 'ai' });
    pubsub = new InProcessPubSub(logger);
  });
  afterAll(async () => {
    release();
    await pubsub.close();
    await pg.close();
  });

  it('closes the stream of a turn whose writer went silent instead of waiting for ever', async () => {
    const assistant = service();
    const { turnId } = await assistant.ask(customer, { message: 'hi' });
    const chunks = await collect(await assistant.subscribe(customer, turnId!));
    expect(chunks.map((c) => [c.seq, c.delta, c.done])).toEqual([
      [1, 'Hello', false],
      [2, INTERRUPTED, true],
    ]);
  });

  it('refuses another customer’s turn and an unknown one with NOT_FOUND', async () => {
    const assistant = service();
    const { turnId } = await assistant.ask(customer, { message: 'hi' });
    await expect(assistant.subscribe({ ...customer, userId: 'usr_b' }, turnId!)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(assistant.subscribe(customer, 'trn_nope')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await assistant.history({ ...customer, userId: 'usr_b' }, (await assistant.ask(customer, { message: 'x' })).conversationId!)).toEqual([]);
  });
});
