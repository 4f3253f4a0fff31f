import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import type { FirstView } from '../core/first-view';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { loadLanguage, pickLocale, type Locale } from './i18n/locale';
import { createSafeStorage } from './lib/safe-storage';
import { preloadReplyForm } from './reply';
import { createApiSource } from './sources/api-source';
import { seedFirstView } from './embed/first-view';

/**
 * Runs on the server: the embed's comments view as HTML, rendered by the app's own components
 * from `view`, so the host can show the discussion before the frame's script has arrived. The
 * storage is empty (drafts, collapsed threads and sort order live in the reader's browser); the
 * browser's app renders over this once it starts, with what the reader has stored.
 */
export async function renderEmbedFirstView({
  path,
  search,
  locale,
  view,
}: {
  path: string;
  /** The query string, without its "?". */
  search: string;
  /** From embedLocale. */
  locale: string;
  view: FirstView;
}): Promise<string> {
  const [language] = await Promise.all([
    loadLanguage(pickLocale('', [locale])),
    preloadReplyForm(),
  ]);
  const source = createApiSource();
  const queryClient = createQueryClient();
  seedFirstView(queryClient, source, view);
  const html = renderToString(
    <Router ssrPath={path} ssrSearch={search}>
      <App
        source={source}
        queryClient={queryClient}
        storage={createSafeStorage(() => nothingStored, null)}
        language={language}
      />
    </Router>,
  );
  queryClient.clear();
  return html;
}

/** The embed's language: the address's `lang`, then the browser's (as the app picks it). */
export function embedLocale(search: string, acceptLanguage: string | undefined): Locale {
  return pickLocale(search, languagesOf(acceptLanguage));
}

/**
 * The reader's storage as the server sees it: empty, yet working, so the form does not warn
 * that drafts won't be kept (the browser's app says so if its storage really fails).
 */
const nothingStored: Storage = {
  length: 0,
  key: () => null,
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
  clear: () => undefined,
};

/** An Accept-Language header's tags, most wanted first ("es-VE,es;q=0.9,en;q=0.8"). */
export function languagesOf(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag !== '' && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}
