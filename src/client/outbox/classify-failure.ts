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
    const { code, field, params } = error;
    return { kind: 'reject', rejection: { code, field, params } };
  }
  if (error instanceof ContractError) {
    return { kind: 'reject', rejection: { code: 'bad_answer', field: undefined, params: {} } };
  }
  // Anything else (a bug, an aborted request) is not the reader's fault: keep the reply, retry.
  return { kind: 'wait', problem: { reason: 'server' } };
}

const isTimeout = (error: unknown) =>
  error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
