/** `pnpm eval:assistant`: the offline assistant over the question set, per category and overall. */
import { CASES, HELD_OUT_CASES, runAssistantEval, type AssistantCase } from './assistant-eval';

async function report(title: string, cases: AssistantCase[]) {
  const { results, correct, total, leaks } = await runAssistantEval(cases);
  const byCategory = new Map<string, { correct: number; total: number }>();
  for (const r of results) {
    const c = byCategory.get(r.category) ?? { correct: 0, total: 0 };
    byCategory.set(r.category, { correct: c.correct + (r.correct ? 1 : 0), total: c.total + 1 });
  }
  console.log(`Shopping assistant, offline provider (retrieval + intent rules + templates), ${title}`);
  for (const [category, c] of byCategory) console.log(`  ${category.padEnd(13)} ${c.correct}/${c.total}`);
  console.log(`  correct       ${correct}/${total} (${((100 * correct) / total).toFixed(1)}%)`);
  console.log(`  leaks         ${leaks} answers with another customer's order number or an email address`);
  for (const r of results.filter((x) => !x.correct || x.leaked.length))
    console.log(`  ✗ ${r.id}: ${[...r.problems, ...r.leaked.map((l) => `leaked ${l}`)].join('; ')}`);
  if (process.argv.includes('--verbose')) for (const r of results) console.log(`\n[${r.id}]\n${r.answer}`);
}

await report('subgraphs/ai/eval/assistant-cases.json', CASES);
await report('held out: subgraphs/ai/eval/assistant-heldout.json', HELD_OUT_CASES);
