import type { Comment } from '../core/schemas';
import { adminTokenFromEnv } from './admin-auth';
import { parseTrustedProxies, type TrustedProxies } from './client-address';
import { parseCorsOrigins } from './cors';
import { loggerFromEnv, silentLogger, type Logger } from './logger';
import type { RateLimit } from './rate-limit';
import { defaultEmbedOrigins, parseEmbedOrigins } from './security-headers';
import { parseWordPressSites, type WordPressSite } from './wordpress/wordpress-sites';

export interface ServerConfig {
  /** Status of new comments: 'approved' shows them at once, 'pending' holds them for moderation. */
  newCommentStatus: Comment['status'];
  /** The clock, replaceable in tests. */
  now: () => Date;
  /** New comments allowed per client (429 past it); null: no limit. */
  rateLimit: RateLimit | null;
  /** Reverse proxies whose X-Forwarded-For names the client; PARLEY_TRUST_PROXY. */
  trustedProxies: TrustedProxies | null;
  /** Sites allowed to frame the embed pages (CSP frame-ancestors); PARLEY_EMBED_ORIGINS. */
  embedOrigins: readonly string[];
  /** WordPress sites readers may open at /wp/<name>/<post>; PARLEY_WORDPRESS_SITES. */
  wordpressSites: readonly WordPressSite[];
  /** Other sites whose pages may call the API from the browser; PARLEY_CORS_ORIGINS. */
  corsOrigins: readonly string[];
  /** Where request and error logs go; PARLEY_LOG. */
  log: Logger;
  /** The bearer token for publishing articles; PARLEY_ADMIN_TOKEN. Null: no such routes. */
  adminToken: string | null;
}

/** What tests and embedders get unless they ask: no rate limit, so tests may post freely; no logs. */
export const defaultConfig: ServerConfig = {
  newCommentStatus: 'approved',
  now: () => new Date(),
  rateLimit: null,
  trustedProxies: null,
  embedOrigins: defaultEmbedOrigins,
  wordpressSites: [],
  corsOrigins: [],
  log: silentLogger,
  adminToken: null,
};

/**
 * Open connections a client address may have; PARLEY_MAX_CONNECTIONS_PER_CLIENT. A browser opens
 * six at most, but many readers may share one address (an office, a carrier's NAT); sockets
 * held open without a request are what this bounds, and past it the oldest idle one goes.
 */
export const defaultConnectionsPerClient = 1024;

/** A running server's default: a burst of 10 new comments per client, then 10 a minute. */
export const defaultPostsPerMinute = 10;

/** Reads the server's settings from the environment; see the README for each variable. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig & {
  dbFile: string;
  port: number;
  host: string;
  connectionsPerClient: number;
} {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  }
  const moderation = env.PARLEY_MODERATION ?? 'off';
  if (moderation !== 'off' && moderation !== 'all') {
    throw new Error(`PARLEY_MODERATION must be "off" or "all", not "${moderation}".`);
  }
  return {
    ...defaultConfig,
    newCommentStatus: moderation === 'all' ? 'pending' : 'approved',
    rateLimit: rateLimitFromEnv(env.PARLEY_RATE_LIMIT),
    trustedProxies: parseTrustedProxies(env.PARLEY_TRUST_PROXY),
    embedOrigins: parseEmbedOrigins(env.PARLEY_EMBED_ORIGINS),
    wordpressSites: parseWordPressSites(env.PARLEY_WORDPRESS_SITES),
    corsOrigins: parseCorsOrigins(env.PARLEY_CORS_ORIGINS),
    log: loggerFromEnv(env.PARLEY_LOG),
    adminToken: adminTokenFromEnv(env.PARLEY_ADMIN_TOKEN),
    dbFile: env.PARLEY_DB ?? './data/parley.db',
    port,
    host: env.HOST ?? '127.0.0.1',
    connectionsPerClient: connectionsPerClientFromEnv(env.PARLEY_MAX_CONNECTIONS_PER_CLIENT),
  };
}

/** PARLEY_MAX_CONNECTIONS_PER_CLIENT: a whole number from 1. */
function connectionsPerClientFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return defaultConnectionsPerClient;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(
      `PARLEY_MAX_CONNECTIONS_PER_CLIENT must be a whole number from 1, not "${value}".`,
    );
  }
  return n;
}

/** PARLEY_RATE_LIMIT: new comments per minute per client; "off" (or 0) for no limit. */
export function rateLimitFromEnv(value: string | undefined): RateLimit | null {
  if (value === undefined || value === '') return { posts: defaultPostsPerMinute, perMs: 60_000 };
  if (value === 'off' || value === '0') return null;
  const posts = Number(value);
  if (!Number.isInteger(posts) || posts < 0) {
    throw new Error(
      `PARLEY_RATE_LIMIT must be a number of posts per minute or "off", not "${value}".`,
    );
  }
  return { posts, perMs: 60_000 };
}
