/**
 * The messages between an embedding page (the host script, /embed.js) and Parley in its iframe.
 * One typed union each way, and guards that accept only well-formed messages: anything else
 * (another widget's messages, a stranger's, a malformed one) is ignored. Dependency-free, so the
 * host script stays tiny. docs/embedding.md describes the same protocol in prose.
 */

export type Theme = 'light' | 'dark' | 'auto';

export const protocolVersion = 1;

/** From the frame to the host page. */
export type FrameMessage =
  /** Real content has rendered: show the frame at this height. */
  | { source: 'parley'; version: 1; type: 'ready'; height: number }
  | { source: 'parley'; version: 1; type: 'resize'; height: number }
  /** The article or its comments could not be loaded; the frame shows why. */
  | { source: 'parley'; version: 1; type: 'error'; message: string }
  /** A comment was opened by its permalink: the host scrolls to it and may update its address. */
  | { source: 'parley'; version: 1; type: 'permalink'; commentId: string; offset: number };

/** From the host page to the frame. */
export type HostMessage =
  | { source: 'parley-host'; version: 1; type: 'theme'; theme: Theme }
  /** Settings the host can change after load; today, the comment to bring into view. */
  | { source: 'parley-host'; version: 1; type: 'config'; commentId?: string };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isHeight = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e7;

const isCommentId = (value: unknown): value is string =>
  typeof value === 'string' && /^[\w-]{1,64}$/.test(value);

export const isTheme = (value: unknown): value is Theme =>
  value === 'light' || value === 'dark' || value === 'auto';

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!isObject(data) || data.source !== 'parley' || data.version !== protocolVersion) return false;
  switch (data.type) {
    case 'ready':
    case 'resize':
      return isHeight(data.height);
    case 'error':
      return typeof data.message === 'string' && data.message.length < 1000;
    case 'permalink':
      return isCommentId(data.commentId) && isHeight(data.offset);
    default:
      return false;
  }
}

export function isHostMessage(data: unknown): data is HostMessage {
  if (!isObject(data) || data.source !== 'parley-host' || data.version !== protocolVersion) {
    return false;
  }
  switch (data.type) {
    case 'theme':
      return isTheme(data.theme);
    case 'config':
      return data.commentId === undefined || isCommentId(data.commentId);
    default:
      return false;
  }
}

/** A message without the envelope (source and version) that every message carries. */
export type Unwrapped<M> = M extends unknown ? Omit<M, 'source' | 'version'> : never;

/**
 * The colour scheme the iframe element must have: when it differs from the framed page's, the
 * browser paints an opaque backdrop behind the frame instead of letting the host page show.
 */
export const frameColorScheme = (theme: Theme): string => (theme === 'auto' ? 'light dark' : theme);
