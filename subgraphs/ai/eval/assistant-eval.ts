import { readFileSync } from 'node:fs';
import { demoUsers } from '@shop/demo-data';
import type { Identity } from '@shop/kit';
import { createMemoryKnowledge } from '../src/assistant/memory-knowledge';
import { routeQuestion, type Intent } from '../src/assistant/intent';
import { createOfflineProvider } from '../src/assistant/offline-provider';
import { createAssistantTools } from '../src/assistant/tools';
import { demoOrderFacts, demoProductFacts } from './demo-knowledge';

export interface AssistantCase {
  id: string;
  category: 'discovery' | 'comparison' | 'order_status' | 'policy' | 'out_of_scope' | 'injection' | 'handover';
  /** customer = usr_0001 (the demo customer), customer2 = usr_0002, anonymous = signed out. */
  as: 'customer' | 'customer2' | 'anonymous';
  question: string;
  expect: {
    intent?: Intent;
    facts: string[];
    notContain?: string[];
    productsAny?: string[];
    productsAll?: string[];
    sourcesAny?: string[];
    maxPriceMinor?: number;
  };
}

export interface CaseResult {
  id: string;
  category: string;
  correct: boolean;
  problems: string[];
  /** Other customers' order numbers or any email address in the answer that the question did not contain. */
  leaked: string[];
  answer: string;
}

const load = (file: string): AssistantCase[] => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
/** The question set. */
export const CASES = load('./assistant-cases.json');
/** Questions written after the rules, and first run without changing them (13/16 then); kept apart. */
export const HELD_OUT_CASES = load('./assistant-heldout.json');

const CALLERS: Record<AssistantCase['as'], string | null> = { customer: 'usr_0001', customer2: 'usr_0002', anonymous: null };

/** Runs the offline assistant over every case, exactly as a turn would (caller-bound tools, templates). */
export async function runAssistantEval(
  cases: readonly AssistantCase[] = CASES,
): Promise<{ results: CaseResult[]; correct: number; total: number; leaks: number }> {
  const orders = demoOrderFacts();
  const facts = demoProductFacts();
  const products = new Map(facts.map((p) => [p.id, p]));
  const knowledge = createMemoryKnowledge(facts, orders);
  const emails = demoUsers().map((u) => u.email.toLowerCase());
  const provider = createOfflineProvider();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const userId = CALLERS[c.as];
    const identity: Identity = { userId, role: userId ? 'CUSTOMER' : null, requestId: c.id };
    const tools = createAssistantTools(knowledge, identity, async () => (userId ? { conversationId: 'cnv_eval' } : null));
    let answer = '';
    // One earlier turn, so the answer is judged without the first reply's notice about what the assistant is.
    const outcome = await provider.answer({ question: c.question, history: [{ question: 'hi', answer: 'hello' }], tools }, async (d) => void (answer += d));
    const text = answer.toLowerCase();
    const question = c.question.toLowerCase();
    const problems: string[] = [];
    const intent = routeQuestion(c.question).intent;
    if (c.expect.intent && intent !== c.expect.intent) problems.push(`intent ${intent}, expected ${c.expect.intent}`);
    for (const fact of c.expect.facts) if (!text.includes(fact.toLowerCase())) problems.push(`missing “${fact}”`);
    for (const bad of c.expect.notContain ?? []) if (text.includes(bad.toLowerCase())) problems.push(`contains “${bad}”`);
    if (c.expect.productsAny && !c.expect.productsAny.some((p) => outcome.products.includes(p))) problems.push(`none of ${c.expect.productsAny.join(', ')}`);
    for (const p of c.expect.productsAll ?? []) if (!outcome.products.includes(p)) problems.push(`product ${p} missing`);
    if (c.expect.maxPriceMinor !== undefined) {
      const over = outcome.products.filter((id) => (products.get(id)?.priceMinor ?? 0) > c.expect.maxPriceMinor!);
      if (over.length) problems.push(`over the price cap: ${over.join(', ')}`);
    }
    if (c.expect.sourcesAny && !c.expect.sourcesAny.some((s) => outcome.sources.some((x) => x.id === s)))
      problems.push(`none of sources ${c.expect.sourcesAny.join(', ')}`);
    const foreign = [...orders.filter((o) => o.customerId !== userId).map((o) => o.number.toLowerCase()), ...emails];
    const leaked = foreign.filter((s) => text.includes(s) && !question.includes(s));
    results.push({ id: c.id, category: c.category, correct: problems.length === 0, problems, leaked, answer });
  }
  return { results, correct: results.filter((r) => r.correct).length, total: results.length, leaks: results.filter((r) => r.leaked.length).length };
}
