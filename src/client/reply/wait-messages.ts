import type { T } from '../i18n/i18n-context';
import type { WaitProblem } from '../outbox/outbox-entry';

const secondsUntil = (at: number | undefined, now: number) =>
  Math.max(1, Math.ceil(((at ?? now) - now) / 1000));

/** For the form: why its reply waits, and that nothing is lost. */
export function waitMessage(problem: WaitProblem | undefined, t: T, now = Date.now()): string {
  switch (problem?.reason) {
    case undefined:
      return t('wait.saved');
    case 'offline':
      return t('wait.offline');
    case 'unreachable':
      return t('wait.unreachable');
    case 'server':
      return t('wait.server');
    case 'rate-limited':
      return t('wait.rateLimited', { count: secondsUntil(problem.retryAt, now) });
  }
}

/** For the reply shown in the thread: a short label. */
export function waitLabel(problem: WaitProblem | undefined, t: T, now = Date.now()): string {
  switch (problem?.reason) {
    case 'server':
      return t('waitLabel.server');
    case 'rate-limited':
      return t('waitLabel.rateLimited', { count: secondsUntil(problem.retryAt, now) });
    default:
      return t('waitLabel.offline');
  }
}
