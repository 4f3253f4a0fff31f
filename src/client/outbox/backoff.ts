/** First automatic retry after about 5 s, doubling up to a minute. */
const firstDelayMs = 5_000;
const maxDelayMs = 60_000;

/**
 * How long to wait before automatic attempt number `attempts + 1`. Jittered by ±20 %, so that
 * many readers cut off by the same outage don't all come back in the same second.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
