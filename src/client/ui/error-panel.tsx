import { ContractError } from '../../core/validate';
import { useT, type T } from '../i18n/i18n-context';
import { HttpError, NetworkError, TimeoutError } from '../lib/http';

/** What went wrong, in words a reader can act on. */
export function describeError(
  error: unknown,
  t: T,
): { title: string; detail: string; canRetry: boolean } {
  if (error instanceof TimeoutError) {
    return { title: t('error.timeout.title'), detail: t('error.timeout.detail'), canRetry: true };
  }
  if (error instanceof NetworkError) {
    return { title: t('error.network.title'), detail: t('error.network.detail'), canRetry: true };
  }
  if (error instanceof ContractError) {
    return {
      title: t('error.contract.title'),
      detail: `${t('error.contract.detail')} (${error.message})`,
      canRetry: true,
    };
  }
  if (error instanceof HttpError) {
    if (error.isNotFound) {
      const detail =
        error.code === 'site_not_allowed'
          ? t('wp.notAllowed', { site: String(error.params.site) })
          : t('error.notFound.detail');
      return { title: t('error.notFound.title'), detail, canRetry: false };
    }
    if (error.status >= 500) {
      return { title: t('error.server.title'), detail: t('error.server.detail'), canRetry: true };
    }
    // The server's message is English for API clients; the reader gets the code in their words.
    const detail = t('error.failed.detail', { code: error.code });
    return { title: t('error.failed.title'), detail, canRetry: error.isRateLimited };
  }
  return {
    title: t('error.unknown.title'),
    detail: error instanceof Error ? error.message : String(error),
    canRetry: true,
  };
}

export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const { title, detail, canRetry } = describeError(error, t);
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-panel__title">{title}</h2>
      <p>{detail}</p>
      {canRetry && onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.tryAgain')}
        </button>
      )}
    </div>
  );
}
