/** When a source is polled next: every `every` ms with jitter after a success; exponential backoff after failures. */
import { WATCH_BACKOFF_MAX_MS, WATCH_BACKOFF_MIN_MS, WATCH_JITTER } from '../core/config.js';

export interface ScheduleOptions {
  everyMs: number;
  /** Backoff bounds (defaults WATCH_BACKOFF_MIN_MS, WATCH_BACKOFF_MAX_MS); tests shrink them. */
  backoffMinMs?: number;
  backoffMaxMs?: number;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
}

/**
 * The wait before the next poll: after n failures in a row min·2^(n−1) (capped, never below the regular interval's
 * half), else the interval; both spread by ±WATCH_JITTER so many sources on one schedule do not poll in step.
 * @example nextPollDelay(0, { everyMs: 600_000 }) // 540000 … 660000
 */
export function nextPollDelay(failures: number, options: ScheduleOptions): number {
  const random = options.random ?? Math.random;
  const base =
    failures <= 0
      ? options.everyMs
      : Math.min(
          options.backoffMaxMs ?? WATCH_BACKOFF_MAX_MS,
          (options.backoffMinMs ?? WATCH_BACKOFF_MIN_MS) * 2 ** Math.min(failures - 1, 30),
        );
  return Math.max(0, Math.round(base * (1 + WATCH_JITTER * (2 * random() - 1))));
}

/**
 * Reads a duration such as `90s`, `15m`, `2h` or a number of seconds.
 * @example parseDuration('15m') // 900000
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 's']!;
  const value = Number(match[1]) * unit;
  return Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}
