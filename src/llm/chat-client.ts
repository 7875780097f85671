/** A minimal OpenAI-compatible chat client (Ollama, llama.cpp server, vLLM): one POST, a timeout, typed failures. */
import { LLM_TIMEOUT_MS } from '../core/config.js';

export interface LlmConfig {
  /** Base URL of the API, e.g. http://127.0.0.1:11434/v1 (…/chat/completions is appended). */
  url: string;
  model: string;
  key?: string;
  timeoutMs?: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export type ChatResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'timeout' | 'http' | 'garbage' | 'empty' | 'network'; detail: string };

/**
 * The writer's configuration from flags, then the environment; undefined when no endpoint is configured (then no
 * network is used at all).
 * @example readLlmConfig({ url: 'http://127.0.0.1:8080/v1' }, process.env)?.model // 'default' unless TRIANGULATE_LLM_MODEL is set
 */
export function readLlmConfig(
  flags: { url?: string | undefined; model?: string | undefined },
  env: Record<string, string | undefined>,
): LlmConfig | undefined {
  const url = flags.url ?? env.TRIANGULATE_LLM_URL;
  if (!url) return undefined;
  const config: LlmConfig = { url, model: flags.model ?? env.TRIANGULATE_LLM_MODEL ?? 'default' };
  if (env.TRIANGULATE_LLM_KEY) config.key = env.TRIANGULATE_LLM_KEY;
  return config;
}

/**
 * Sends one chat completion request and returns the first choice's text, or why there is none.
 * @example const answer = await chat(config, [{ role: 'user', content: 'Hello' }]); if (answer.ok) answer.text
 */
export async function chat(config: LlmConfig, messages: ChatMessage[]): Promise<ChatResult> {
  const endpoint = `${config.url.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.key) headers.authorization = `Bearer ${config.key}`;
  const timeoutMs = config.timeoutMs ?? LLM_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: config.model, messages, temperature: 0 }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    return { ok: false, reason: 'network', detail: (error as Error).message };
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    return { ok: false, reason: 'timeout', detail: (error as Error).message };
  }
  if (!response.ok) return { ok: false, reason: 'http', detail: `HTTP ${response.status}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'garbage', detail: 'the answer is not JSON' };
  }
  const text = (parsed as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
  if (typeof text !== 'string')
    return { ok: false, reason: 'garbage', detail: 'the answer has no choices[0].message.content' };
  if (!text.trim()) return { ok: false, reason: 'empty', detail: 'the model returned no text' };
  return { ok: true, text };
}
