import type { Comment } from '../core/schemas';

export interface ServerConfig {
  /** Status of new comments: 'approved' shows them at once, 'pending' holds them for moderation. */
  newCommentStatus: Comment['status'];
  /** The clock, replaceable in tests. */
  now: () => Date;
}

export const defaultConfig: ServerConfig = {
  newCommentStatus: 'approved',
  now: () => new Date(),
};

/** Reads the server's settings from the environment; see the README for each variable. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig & {
  dbFile: string;
  port: number;
  host: string;
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
    dbFile: env.PARLEY_DB ?? './data/parley.db',
    port,
    host: env.HOST ?? '127.0.0.1',
  };
}
