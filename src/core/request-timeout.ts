/**
 * How long a request may take, answer and body included, before it fails with TimeoutError.
 * Long enough for a page of comments on a slow phone connection; the outbox gives a reply as
 * long (src/client/outbox/outbox.ts) and then retries it with the same key.
 */
export const requestTimeoutMs = 20_000;

/** A request's time limit joined with its caller's own abort signal. */
export interface RequestDeadline {
  /** Aborts when the caller aborts or the time is up, whichever comes first. */
  readonly signal: AbortSignal;
  /**
   * Whether the time limit, not the caller, stopped the request: a caller's abort stays the
   * caller's (its own reason, untouched), so the two are never confused.
   */
  readonly timedOut: boolean;
}

/** The signal to pass to a request that must stop after `timeoutMs` or when `caller` aborts. */
export function requestDeadline(
  timeoutMs: number,
  caller: AbortSignal | null | undefined,
): RequestDeadline {
  const timeout = AbortSignal.timeout(timeoutMs);
  return {
    signal: caller ? anySignal([caller, timeout]) : timeout,
    get timedOut() {
      return timeout.aborted && !caller?.aborted;
    },
  };
}

/** AbortSignal.any where the runtime has it (browsers since 2024); the same by hand elsewhere. */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
