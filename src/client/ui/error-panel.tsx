import { ContractError } from '../../core/validate';
import { HttpError, NetworkError } from '../lib/http';

/** What went wrong, in words a reader can act on. */
export function describeError(error: unknown): {
  title: string;
  detail: string;
  canRetry: boolean;
} {
  if (error instanceof NetworkError) {
    return {
      title: 'Can’t reach the server',
      detail: 'Parley’s server did not answer. Check your connection, then try again.',
      canRetry: true,
    };
  }
  if (error instanceof ContractError) {
    return {
      title: 'Something here can’t be shown',
      detail: `The server’s answer was not in the expected form. ${error.message}`,
      canRetry: true,
    };
  }
  if (error instanceof HttpError) {
    if (error.isNotFound) return { title: 'Not found', detail: error.message, canRetry: false };
    if (error.status >= 500) {
      return {
        title: 'The server had a problem',
        detail: 'It is not your fault. Try again in a moment.',
        canRetry: true,
      };
    }
    return { title: 'That didn’t work', detail: error.message, canRetry: false };
  }
  return {
    title: 'Something went wrong',
    detail: error instanceof Error ? error.message : String(error),
    canRetry: true,
  };
}

export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { title, detail, canRetry } = describeError(error);
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-panel__title">{title}</h2>
      <p>{detail}</p>
      {canRetry && onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
