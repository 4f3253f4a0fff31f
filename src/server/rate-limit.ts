/** At most `posts` new comments per client in any `perMs` window, on average. */
export interface RateLimit {
  posts: number;
  perMs: number;
}

export type RateDecision =
  | { allowed: true; /** Gives the post back: for requests that created nothing. */ refund(): void }
  | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before full ones (clients that have been quiet) are swept out. */
const sweepAbove = 10_000;

/**
 * A token bucket per client: a burst of up to `posts`, refilled continuously, so a client that
 * waits `Retry-After` seconds always has one post again. Memory only: a restart forgives everyone,
 * which is fine for a limit meant to slow floods, not to keep score.
 */
export function createRateLimiter(limit: RateLimit, now: () => number) {
  const perMs = limit.posts / limit.perMs;
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(limit.posts, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
  };

  const sweep = (at: number) => {
    for (const [client, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= limit.posts) buckets.delete(client);
    }
  };

  return {
    take(client: string): RateDecision {
      const at = now();
      if (buckets.size > sweepAbove) sweep(at);
      const bucket = buckets.get(client) ?? { tokens: limit.posts, updatedAt: at };
      buckets.set(client, bucket);
      refill(bucket, at);
      if (bucket.tokens < 1) {
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
        };
      }
      bucket.tokens -= 1;
      return {
        allowed: true,
        refund: () => {
          bucket.tokens = Math.min(limit.posts, bucket.tokens + 1);
        },
      };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
