/** Fetches one URL politely and safely: timeout, size cap, redirects followed, no private addresses. */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { MAX_INPUT_BYTES } from '../core/config.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import type { InputKind } from './read-content.js';

export interface FetchOptions {
  timeoutMs?: number;
  /** Allow loopback/private/link-local hosts (tests on a loopback fixture server need this). */
  allowPrivate?: boolean;
  maxRedirects?: number;
}

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  kind: InputKind;
  /** The response's `Content-Type` (its charset decides how HTML is decoded). */
  contentType?: string;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const USER_AGENT = 'triangulate/0.1 (+https://github.com/triangulate)';

/**
 * Fetches a page, following up to `maxRedirects` redirects, checking every hop's address.
 * @example await fetchUrl('https://example.org/story.html')
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Outcome<Fetched>> {
  const deadline = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let current = url;
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    const allowed = await checkAddress(current, options.allowPrivate ?? false);
    if (!allowed.ok) return allowed;
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', signal: deadline, headers: { 'user-agent': USER_AGENT } });
    } catch (error) {
      const reason = deadline.aborted
        ? 'timed out'
        : (((error as Error).cause as Error)?.message ?? (error as Error).message);
      return reject('unreadable', `could not fetch ${current}: ${reason}`);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).toString();
      continue;
    }
    if (!response.ok) return reject('not-found', `${current} answered HTTP ${response.status}`);
    const body = await readCapped(response);
    if (!body.ok) return body;
    return succeed({
      url: current,
      bytes: body.value,
      kind: kindFromType(response.headers.get('content-type'), current),
      contentType: response.headers.get('content-type') ?? undefined,
    });
  }
  return reject('unreadable', `too many redirects from ${url}`);
}

async function checkAddress(url: string, allowPrivate: boolean): Promise<Outcome<true>> {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return reject('unsupported-format', `only http and https URLs are read, not ${parsed.protocol}`);
    }
    host = parsed.hostname.replace(/^\[|\]$/g, '');
  } catch {
    return reject('unparseable', `not a valid URL: ${url}`);
  }
  if (allowPrivate) return succeed(true);
  let address = host;
  if (isIP(host) === 0) {
    try {
      address = (await lookup(host)).address;
    } catch {
      return reject('not-found', `cannot resolve host ${host}`);
    }
  }
  if (isPrivateAddress(address)) {
    return reject(
      'unreadable',
      `refusing to fetch ${host} (${address}): loopback, private and link-local addresses are blocked`,
    );
  }
  return succeed(true);
}

/** True for loopback, private, link-local and unspecified addresses (IPv4 and IPv6). */
export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    return (
      a === 127 ||
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const lower = address.toLowerCase();
  if (lower.startsWith('::ffff:')) return isPrivateAddress(lower.slice(7));
  return (
    lower === '::1' || lower === '::' || lower.startsWith('fe80:') || lower.startsWith('fc') || lower.startsWith('fd')
  );
}

async function readCapped(response: Response): Promise<Outcome<Uint8Array>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return succeed(new Uint8Array());
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) return reject('too-large', `the response is over ${MAX_INPUT_BYTES} bytes`);
    chunks.push(chunk);
  }
  return succeed(Buffer.concat(chunks));
}

function kindFromType(contentType: string | null, url: string): InputKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('opml')) return 'opml';
  if (/\b(?:rss|atom|rdf)\b/.test(type) || (type.includes('xml') && !type.includes('xhtml'))) return 'feed';
  if (type.startsWith('text/plain') || /\.(txt|md)$/i.test(new URL(url).pathname)) return 'text';
  return 'html';
}
