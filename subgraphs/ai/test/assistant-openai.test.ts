import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryKnowledge } from '../src/assistant/memory-knowledge';
import { createOpenAiProvider } from '../src/assistant/openai-provider';
import { createAssistantTools } from '../src/assistant/tools';
import { demoOrderFacts, demoProductFacts } from '../eval/demo-knowledge';

type Body = { model: string; stream: boolean; messages: Record<string, any>[]; tools: { function: { name: string } }[] };
type Script = (body: Body) => Record<string, unknown>[];

/** A chat completions server speaking the streaming protocol: SSE `data:` chunks, then `data: [DONE]`. */
function startFakeLlm(script: Script[]) {
  const requests: { headers: IncomingMessage['headers']; body: Body }[] = [];
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const part of req) raw += part;
    const body = JSON.parse(raw) as Body;
    requests.push({ headers: req.headers, body });
    if (req.url !== '/v1/chat/completions') return void res.writeHead(404).end();
    const chunks = script[requests.length - 1]!(body);
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const chunk of chunks) res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, ...chunk }] })}\n\n`);
    res.end('data: [DONE]\n\n');
  });
  return { server, requests };
}

const toolCall = (id: string, name: string, args: string) => [
  { delta: { role: 'assistant', tool_calls: [{ index: 0, id, type: 'function', function: { name, arguments: '' } }] } },
  // Arguments arrive in pieces, as real servers send them.
  { delta: { tool_calls: [{ index: 0, function: { arguments: args.slice(0, 8) } }] } },
  { delta: { tool_calls: [{ index: 0, function: { arguments: args.slice(8) } }] }, finish_reason: 'tool_calls' },
];
const content = (...parts: string[]) => [...parts.map((p) => ({ delta: { content: p } })), { delta: {}, finish_reason: 'stop' }];

describe('the OpenAI-compatible provider against a local server speaking the protocol', () => {
  const knowledge = createMemoryKnowledge(demoProductFacts(), demoOrderFacts());
  const customer = { userId: 'usr_0001', role: 'CUSTOMER' as const, requestId: 't' };
  let fake: ReturnType<typeof startFakeLlm>;
  let baseUrl: string;
  const scripts: Script[] = [];

  beforeAll(async () => {
    fake = startFakeLlm(scripts);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it('streams content, runs tool calls with the caller’s tools and sends their results back', async () => {
    fake.requests.length = 0;
    scripts.length = 0;
    scripts.push(
      () => toolCall('call_1', 'search_products', '{"query":"carbon steel wok"}'),
      () => content('The Hearthly ', 'Everyday Wok ', 'is carbon steel.'),
    );
    const provider = createOpenAiProvider({ baseUrl, apiKey: 'sk-test', model: 'test-model' });
    const deltas: string[] = [];
    const outcome = await provider.answer(
      { question: 'carbon steel wok?', history: [], tools: createAssistantTools(knowledge, customer, async () => null) },
      async (d) => void deltas.push(d),
    );
    expect(deltas).toEqual(['The Hearthly ', 'Everyday Wok ', 'is carbon steel.']);
    expect(outcome.products).toContain('prd_0016');
    expect(outcome.sources.some((s) => s.kind === 'PRODUCT' && s.id === 'prd_0016')).toBe(true);
    const [first, second] = fake.requests;
    expect(first!.headers.authorization).toBe('Bearer sk-test');
    expect(first!.body).toMatchObject({ model: 'test-model', stream: true });
    expect(first!.body.tools.map((t) => t.function.name)).toEqual(['search_products', 'search_policies', 'my_orders', 'order_status', 'handover_to_support']);
    const toolMessage = second!.body.messages.find((m) => m.role === 'tool')!;
    expect(toolMessage.tool_call_id).toBe('call_1');
    expect(toolMessage.content).toContain('Hearthly Everyday Wok');
    expect(second!.body.messages.find((m) => m.role === 'assistant')!.tool_calls[0].function.arguments).toBe('{"query":"carbon steel wok"}');
  });

  it('answers order tools with the caller’s orders only, whatever number the model asks for', async () => {
    fake.requests.length = 0;
    scripts.length = 0;
    const someoneElses = demoOrderFacts().find((o) => o.customerId === 'usr_0002')!;
    scripts.push(
      () => toolCall('call_2', 'order_status', JSON.stringify({ number: someoneElses.number })),
      () => content('I cannot find it.'),
    );
    const provider = createOpenAiProvider({ baseUrl, model: 'test-model' });
    const outcome = await provider.answer(
      { question: `status of ${someoneElses.number}`, history: [], tools: createAssistantTools(knowledge, customer, async () => null) },
      async () => {},
    );
    const toolMessage = fake.requests[1]!.body.messages.find((m) => m.role === 'tool')!;
    expect(JSON.parse(toolMessage.content)).toEqual({ error: 'No such order among the caller’s orders.' });
    expect(outcome.sources).toEqual([]);
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('fails the turn on an HTTP error from the server', async () => {
    const provider = createOpenAiProvider({ baseUrl: `${baseUrl}/nowhere`, model: 'm' });
    scripts.length = 0;
    scripts.push(() => []);
    fake.requests.length = 0;
    await expect(
      provider.answer({ question: 'x', history: [], tools: createAssistantTools(knowledge, customer, async () => null) }, async () => {}),
    ).rejects.toThrow(/404/);
  });
});
