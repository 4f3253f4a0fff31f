import type { WaitProblem } from '../outbox/outbox-entry';

const secondsUntil = (at: number | undefined, now: number) =>
  Math.max(1, Math.ceil(((at ?? now) - now) / 1000));

/** For the form: why its reply waits, and that nothing is lost. */
export function waitMessage(problem: WaitProblem | undefined, now = Date.now()): string {
  switch (problem?.reason) {
    case undefined:
      return 'Your reply is saved and waiting to be sent.';
    case 'offline':
      return 'You’re offline. Your reply is saved and will be sent when you’re back online.';
    case 'unreachable':
      return 'Can’t reach the server. Your reply is saved and will be sent when you’re back online.';
    case 'server':
      return 'The server had a problem. Your reply is saved and will be sent again shortly.';
    case 'rate-limited':
      return `Too many comments in a short time. Try again in ${secondsUntil(problem.retryAt, now)} s; your reply is saved and will be sent then.`;
  }
}

/** For the reply shown in the thread: a short label. */
export function waitLabel(problem: WaitProblem | undefined, now = Date.now()): string {
  switch (problem?.reason) {
    case 'server':
      return 'Not sent yet: the server had a problem. Trying again soon.';
    case 'rate-limited':
      return `Not sent yet: too many comments. Trying again in ${secondsUntil(problem.retryAt, now)} s.`;
    default:
      return 'Will be sent when you’re back online';
  }
}
