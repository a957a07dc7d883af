import { z } from 'zod';

/** The shopping assistant's chat completions API; the offline assistant when LLM_BASE_URL is unset. */
export const llmEnv = {
  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
};

export const llmOptions = (config: { LLM_BASE_URL?: string; LLM_API_KEY?: string; LLM_MODEL: string }) => ({
  baseUrl: config.LLM_BASE_URL,
  apiKey: config.LLM_API_KEY,
  model: config.LLM_MODEL,
});
