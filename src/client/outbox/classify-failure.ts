import { ContractError } from '../../core/validate';
import { HttpError, NetworkError } from '../lib/http';
import type { Rejection, WaitProblem } from './outbox-entry';

/** When the server says 429 without saying how long to wait. */
const defaultRateLimitWaitMs = 60_000;

export type Failure =
  | { kind: 'wait'; problem: WaitProblem; /** Overrides the backoff. */ retryAt?: number }
  | { kind: 'reject'; rejection: Rejection };

/**
 * Whether a failed send may succeed later unchanged (it waits in the outbox) or never will
 * (the server refused it: the reader must change something, so the form says what).
 */
export function classifyFailure(error: unknown, online: boolean, now: number): Failure {
  if (error instanceof NetworkError || isTimeout(error)) {
    return { kind: 'wait', problem: { reason: online ? 'unreachable' : 'offline' } };
  }
  if (error instanceof HttpError) {
    if (error.isRateLimited) {
      const retryAt = now + (error.retryAfterSeconds ?? defaultRateLimitWaitMs / 1000) * 1000;
      return { kind: 'wait', problem: { reason: 'rate-limited', retryAt }, retryAt };
    }
    if (error.status >= 500 || error.status === 408) {
      return { kind: 'wait', problem: { reason: 'server' } };
    }
    return { kind: 'reject', rejection: rejectionOf(error) };
  }
  if (error instanceof ContractError) {
    return {
      kind: 'reject',
      rejection: { code: 'bad_answer', message: error.message, field: undefined },
    };
  }
  // Anything else (a bug, an aborted request) is not the reader's fault: keep the reply, retry.
  return { kind: 'wait', problem: { reason: 'server' } };
}

const isTimeout = (error: unknown) =>
  error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');

/** The server's own message, except where the reader needs to hear what to do next. */
function rejectionOf(error: HttpError): Rejection {
  const field = error.field;
  switch (error.code) {
    case 'comments_closed':
      return {
        code: error.code,
        field: undefined,
        message:
          'Comments are now closed on this article, so your reply can’t be posted. Its text stays here.',
      };
    case 'parent_not_found':
      return {
        code: error.code,
        field: undefined,
        message:
          'The comment you are replying to no longer exists. Copy your text if you want to keep it.',
      };
    case 'spam_suspected':
      return {
        code: error.code,
        field: undefined,
        message:
          'A hidden field that catches spam robots was filled in, perhaps by your browser’s autofill. It has been cleared: send again.',
      };
    case 'idempotency_key_reused':
      return {
        code: error.code,
        field: undefined,
        message:
          'An earlier version of this reply was already posted. Send again to post this version as a new comment.',
      };
    case 'article_not_found':
      return { code: error.code, field: undefined, message: 'This article no longer exists.' };
    default:
      return { code: error.code, field, message: error.message };
  }
}
