/**
 * Fetches one URL politely and safely: timeout, size cap, redirects followed, no private addresses. The address
 * check happens at the socket: the connection goes to exactly the address that was checked (every resolved address
 * must pass), so a second DNS answer (rebinding) cannot switch it, and every redirect hop is checked the same way.
 */
import { type LookupAddress, lookup as dnsLookup } from 'node:dns';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { MAX_INPUT_BYTES } from '../core/config.js';
import { type Outcome, reject, succeed } from '../core/outcome.js';
import { isPrivateAddress } from './private-address.js';
import type { InputKind } from './read-content.js';

export { isPrivateAddress } from './private-address.js';

export interface FetchOptions {
  timeoutMs?: number;
  /** Allow loopback/private/link-local hosts (tests on a loopback fixture server need this). */
  allowPrivate?: boolean;
  maxRedirects?: number;
  /** Which addresses are refused (default: isPrivateAddress). Tests narrow it to let one loopback spelling through. */
  isBlocked?: (address: string) => boolean;
  /** Resolves a host name to all its addresses (default: the system resolver, as `dns.lookup` with `all`). */
  resolve?: (hostname: string, family: number) => Promise<LookupAddress[]>;
  /** Extra request headers: conditional GET validators (`if-none-match`, `if-modified-since`), a content type. */
  headers?: Record<string, string>;
  /** GET (default) or POST with `body` (a webhook); a POST never follows redirects. */
  method?: 'GET' | 'POST';
  body?: string;
  /** Abandons the request (a `watch` that is stopping); it then fails like a timeout, as `aborted`. */
  signal?: AbortSignal;
}

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  kind: InputKind;
  /** The response's `Content-Type` (its charset decides how HTML is decoded). */
  contentType?: string;
  /** The final response's status (200…299, or 304 for a conditional GET whose copy is current). */
  status: number;
  /** True for 304 Not Modified: `bytes` is empty and the caller's stored copy is still current. */
  notModified?: boolean;
  /** Validators for the next conditional GET. */
  etag?: string;
  lastModified?: string;
}

const DEFAULT_TIMEOUT_MS = 20_000;
/** Who we say we are; robots.txt groups for `triangulate` apply to us (see watch/robots.ts). */
export const USER_AGENT = 'triangulate/0.1 (+https://github.com/triangulate)';

/** Thrown inside the socket's lookup when a host resolves to a blocked address. */
class BlockedAddressError extends Error {}

/**
 * Fetches a page, following up to `maxRedirects` redirects, checking every hop's address at connect time.
 * Never throws: a refused address, reset connection, slow body or bad status is a rejection for this URL.
 * @example await fetchUrl('https://example.org/story.html')
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Outcome<Fetched>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = withCaller(AbortSignal.timeout(timeoutMs), options.signal);
  const guard: Guard = {
    isBlocked: options.allowPrivate ? () => false : (options.isBlocked ?? isPrivateAddress),
    resolve: options.resolve ?? systemResolve,
  };
  let current = url;
  const maxRedirects = options.method === 'POST' ? 0 : (options.maxRedirects ?? 5);
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const target = checkUrl(current, guard);
    if (!target.ok) return target;
    let response: IncomingMessage;
    try {
      response = await send(target.value, guard, deadline, options);
    } catch (error) {
      return failure(current, error, deadline, timeoutMs, options.signal);
    }
    const location = response.headers.location;
    const status = response.statusCode ?? 0;
    if (status === 304) {
      response.destroy();
      return succeed({
        url: current,
        bytes: new Uint8Array(),
        kind: 'html',
        status,
        notModified: true,
        ...validators(response),
      });
    }
    if (status >= 300 && status < 400 && location) {
      response.destroy();
      try {
        current = new URL(location, current).toString();
      } catch {
        return reject('unparseable', `${current} redirects to an invalid URL`);
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      return reject('not-found', `${current} answered HTTP ${status}`);
    }
    let body: Outcome<Uint8Array>;
    try {
      body = await readCapped(response);
    } catch (error) {
      return failure(current, error, deadline, timeoutMs, options.signal);
    }
    if (!body.ok) return body;
    const contentType = response.headers['content-type'];
    return succeed({
      url: current,
      bytes: body.value,
      kind: kindFromType(contentType ?? null, current),
      contentType,
      status,
      ...validators(response),
    });
  }
  return reject('unreadable', `too many redirects from ${url}`);
}

/**
 * The HTTP status a fetch rejection reports, when the server answered with one (the message is written above).
 * @example httpStatusOf({ code: 'not-found', message: 'http://x/ answered HTTP 503' }) // 503
 */
export function httpStatusOf(error: { message: string }): number | undefined {
  const status = / answered HTTP (\d{3})$/.exec(error.message)?.[1];
  return status === undefined ? undefined : Number(status);
}

/** The response's ETag and Last-Modified, for the next conditional GET. */
function validators(response: IncomingMessage): { etag?: string; lastModified?: string } {
  const found: { etag?: string; lastModified?: string } = {};
  const etag = response.headers.etag;
  const lastModified = response.headers['last-modified'];
  if (typeof etag === 'string' && etag) found.etag = etag;
  if (typeof lastModified === 'string' && lastModified) found.lastModified = lastModified;
  return found;
}

/** One signal that aborts when either does (AbortSignal.any needs Node 20.3). */
function withCaller(deadline: AbortSignal, caller: AbortSignal | undefined): AbortSignal {
  if (!caller) return deadline;
  const both = new AbortController();
  const abort = () => both.abort();
  if (deadline.aborted || caller.aborted) abort();
  deadline.addEventListener('abort', abort, { once: true });
  caller.addEventListener('abort', abort, { once: true });
  return both.signal;
}

/** The URL parsed, when its scheme is http(s) and (unless allowed) a literal IP host is public. */
function checkUrl(url: string, guard: Guard): Outcome<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return reject('unparseable', `not a valid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return reject('unsupported-format', `only http and https URLs are read, not ${parsed.protocol}`);
  }
  const host = bareHost(parsed);
  // A literal address is connected to without a lookup, so it is checked here; names are checked in `guardedLookup`.
  if (isIP(host) !== 0 && guard.isBlocked(host)) return blocked(host, host);
  return succeed(parsed);
}

const bareHost = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '');

function blocked(host: string, address: string): Outcome<never> {
  return reject(
    'unreadable',
    `refusing to fetch ${host} (${address}): loopback, private, link-local and reserved addresses are blocked`,
  );
}

/**
 * A socket lookup that resolves every address of the host, refuses the host if any of them is private, and hands the
 * socket exactly the addresses it checked (one lookup per connection: nothing resolves the name again).
 */
function guardedLookup(guard: Guard): LookupFunction {
  return (hostname, options, callback) => {
    const done = callback as (error: Error | null, address: string | LookupAddress[], family?: number) => void;
    guard.resolve(hostname, familyNumber(options.family)).then(
      (addresses) => {
        const bad = addresses.find((entry) => guard.isBlocked(entry.address));
        if (bad) return done(new BlockedAddressError(`${hostname} (${bad.address})`), '');
        if (addresses.length === 0) return done(Object.assign(new Error(`no address`), { code: 'ENOTFOUND' }), '');
        if (options.all) return done(null, addresses);
        return done(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: Error) => done(error, ''),
    );
  };
}

const familyNumber = (family: number | string | undefined): number =>
  family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : typeof family === 'number' ? family : 0;

interface Guard {
  isBlocked: (address: string) => boolean;
  resolve: (hostname: string, family: number) => Promise<LookupAddress[]>;
}

const systemResolve = (hostname: string, family: number): Promise<LookupAddress[]> =>
  new Promise((resolve, fail) =>
    dnsLookup(hostname, { all: true, family }, (error, addresses) => (error ? fail(error) : resolve(addresses))),
  );

/** One request on its own connection (no pooled socket is shared between checks). */
function send(url: URL, guard: Guard, signal: AbortSignal, options: FetchOptions): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, rejectPromise) => {
    const req = request(url, {
      method: options.method ?? 'GET',
      agent: false,
      lookup: guardedLookup(guard),
      signal,
      headers: {
        ...options.headers,
        'user-agent': USER_AGENT,
        'accept-encoding': 'gzip, deflate, br',
        connection: 'close',
      },
    });
    req.once('response', resolve);
    req.once('error', rejectPromise);
    req.end(options.body);
  });
}

function failure(
  url: string,
  error: unknown,
  deadline: AbortSignal,
  timeoutMs: number,
  caller?: AbortSignal,
): Outcome<never> {
  if (error instanceof BlockedAddressError) {
    const [host = '', address = ''] = /^(.*) \((.*)\)$/.exec(error.message)?.slice(1) ?? [];
    return blocked(host, address);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return reject('not-found', `cannot resolve the host of ${url}`);
  const reason = caller?.aborted
    ? 'abandoned (the caller stopped)'
    : deadline.aborted
      ? `timed out after ${timeoutMs} ms`
      : code === 'ECONNRESET'
        ? 'the connection was reset'
        : (error as Error).message;
  return reject('unreadable', `could not fetch ${url}: ${reason}`);
}

/** The body, at most MAX_INPUT_BYTES on the wire and after any Content-Encoding is undone. */
async function readCapped(response: IncomingMessage): Promise<Outcome<Uint8Array>> {
  const declared = Number(response.headers['content-length']);
  if (declared > MAX_INPUT_BYTES) {
    response.destroy();
    return reject('too-large', `the response is ${declared} bytes; the limit is ${MAX_INPUT_BYTES}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) {
      response.destroy();
      return reject('too-large', `the response is over ${MAX_INPUT_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  if (!response.complete) return reject('unreadable', 'the connection closed before the body was complete');
  return decode(Buffer.concat(chunks), String(response.headers['content-encoding'] ?? 'identity'));
}

/** Undoes a Content-Encoding, never unpacking past MAX_INPUT_BYTES (a compressed bomb stops at the cap). */
function decode(body: Buffer, encoding: string): Outcome<Uint8Array> {
  const name = encoding.trim().toLowerCase();
  const unpack = { gzip: gunzipSync, 'x-gzip': gunzipSync, deflate: inflateSync, br: brotliDecompressSync }[name];
  if (name === 'identity' || name === '') return succeed(body);
  if (!unpack) return reject('unsupported-format', `the response uses Content-Encoding ${encoding}`);
  try {
    return succeed(unpack(body, { maxOutputLength: MAX_INPUT_BYTES }));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
      ? reject('too-large', `the response unpacks to more than ${MAX_INPUT_BYTES} bytes`)
      : reject('unparseable', `corrupt ${name} response: ${(error as Error).message}`);
  }
}

function kindFromType(contentType: string | null, url: string): InputKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('opml')) return 'opml';
  if (/\b(?:rss|atom|rdf)\b/.test(type) || (type.includes('xml') && !type.includes('xhtml'))) return 'feed';
  if (type.startsWith('text/plain') || /\.(txt|md)$/i.test(new URL(url).pathname)) return 'text';
  return 'html';
}
