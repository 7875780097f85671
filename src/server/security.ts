/** The server's guards: headers on every response, the CSRF token, the write token, and a rate limit on writes. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * No script at all, styles only from the server's own sheet, forms only to this origin, never framed. Source text
 * is escaped everywhere; this is the second wall if an escape were ever missed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Security headers on every response. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

/** The cookie that carries the form token (double submit: the form's hidden field must equal it). */
export const CSRF_COOKIE = 'triangulate_csrf';

/** A new unguessable token for the CSRF cookie. */
export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time string equality (a token compared byte by byte would leak its prefix through timing). */
export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a.length === 0) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The Set-Cookie value for the CSRF token: not readable by script, never sent cross-site. */
export function csrfCookie(token: string): string {
  return `${CSRF_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The CSRF token in a Cookie header, if any. */
export function csrfFromCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * A token bucket per client: `burst` writes at once, refilled at `perMinute`. Buckets of idle clients are dropped so
 * the map cannot grow without bound.
 * @example const limit = createRateLimit({ perMinute: 10, burst: 5 }); limit('127.0.0.1') // true while tokens last
 */
export function createRateLimit(rate: { perMinute: number; burst: number }, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client: string): boolean => {
    const t = now();
    if (buckets.size > 10_000) {
      for (const [key, bucket] of buckets) if (t - bucket.at > 60_000) buckets.delete(key);
    }
    const bucket = buckets.get(client) ?? { tokens: rate.burst, at: t };
    bucket.tokens = Math.min(rate.burst, bucket.tokens + ((t - bucket.at) / 60_000) * rate.perMinute);
    bucket.at = t;
    buckets.set(client, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}

/** Whether a listening host is this machine only (then writes need no token). */
export function isLoopbackHost(host: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i.test(host);
}
