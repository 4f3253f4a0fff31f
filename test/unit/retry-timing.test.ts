import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/client/lib/http';
import { retryDelayMs } from '../../src/client/outbox/backoff';

describe('Retry-After', () => {
  it('reads whole seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2024-05-06T07:00:00.000Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Mon, 06 May 2024 07:00:12 GMT', now)).toBe(12);
    expect(parseRetryAfter('Mon, 06 May 2024 06:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('the automatic retry delay', () => {
  it('starts near 5 s, doubles, stops at a minute, and is jittered by ±20 %', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelayMs(n, middle))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000,
    ]);
    expect(retryDelayMs(1, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, () => 1)).toBe(6_000);
  });
});
