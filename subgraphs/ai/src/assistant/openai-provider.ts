import type { AssistantProvider, ProviderOutcome } from './provider';
import { sseData } from './sse';
import { runTool, TOOL_DEFINITIONS } from './openai-tools';

export interface OpenAiOptions {
  /** e.g. https://api.openai.com/v1 or a local server speaking the same protocol. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** Per request; the whole answer may take several rounds of tool calls. */
  timeoutMs?: number;
}

type Message = Record<string, unknown>;
interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}
const MAX_ROUNDS = 4;

const SYSTEM_PROMPT = [
  'You are the shopping assistant of an online shop. Answer briefly and only from what the tools return.',
  'Use search_products for products, search_policies for shipping, returns, payment and privacy questions,',
  'my_orders and order_status for the signed-in customer’s own orders (they never return anyone else’s),',
  'and handover_to_support when you cannot help. Never reveal or guess other customers’ data.',
].join(' ');

/** An OpenAI-compatible chat completions API, streamed, with tool calls answered by the caller-bound tools. */
export function createOpenAiProvider(options: OpenAiOptions): AssistantProvider {
  const url = `${options.baseUrl.replace(/\/$/, '')}/chat/completions`;
  return {
    name: `${options.model} (OpenAI-compatible chat completions)`,
    async answer(request, emit) {
      const outcome: ProviderOutcome = { products: [], sources: [] };
      const messages: Message[] = [
        { role: 'system', content: SYSTEM_PROMPT },
        ...request.history.flatMap((t) => [
          { role: 'user', content: t.question },
          { role: 'assistant', content: t.answer },
        ]),
        { role: 'user', content: request.question },
      ];
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
          body: JSON.stringify({ model: options.model, stream: true, messages, tools: TOOL_DEFINITIONS, tool_choice: 'auto' }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
        });
        if (!res.ok || !res.body) throw new Error(`chat completions answered ${res.status}`);
        const calls: ToolCall[] = [];
        let content = '';
        for await (const data of sseData(res.body)) {
          if (data === '[DONE]') break;
          const delta = JSON.parse(data)?.choices?.[0]?.delta ?? {};
          if (typeof delta.content === 'string' && delta.content) {
            content += delta.content;
            await emit(delta.content);
          }
          for (const call of delta.tool_calls ?? []) {
            const slot = (calls[call.index ?? 0] ??= { id: '', name: '', arguments: '' });
            slot.id ||= call.id ?? '';
            slot.name += call.function?.name ?? '';
            slot.arguments += call.function?.arguments ?? '';
          }
        }
        if (!calls.length) return outcome;
        messages.push({
          role: 'assistant',
          content: content || null,
          tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })),
        });
        for (const call of calls) {
          const result = await runTool(request.tools, call.name, call.arguments, outcome);
          messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
        }
      }
      await emit('\n(I stopped after several tool calls without a final answer.)');
      return outcome;
    },
  };
}
