import type { QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { firstViewElementId, firstViewSchema, type FirstView } from '../../core/first-view';
import { articleQueries } from '../article';
import type { Source } from '../sources/source';
import { commentQueries } from '../thread';

/**
 * The data of a first view the server rendered into this page, or null when there is none (the
 * reader's pages, `npm run dev`) or it is not what the API would have sent: the app then asks
 * the API, as it always can.
 */
export function readFirstView(document: Document): FirstView | null {
  const text = document.getElementById(firstViewElementId)?.textContent;
  if (!text) return null;
  try {
    const parsed = v.safeParse(firstViewSchema, JSON.parse(text));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Puts a first view's article and first page of comments where the app's queries look. */
export function seedFirstView(queryClient: QueryClient, source: Source, view: FirstView): void {
  queryClient.setQueryData(articleQueries.detail(source, view.slug).queryKey, view.article);
  queryClient.setQueryData(commentQueries.list(source, view.slug, view.sort).queryKey, {
    pages: [view.comments],
    pageParams: [null],
  });
}
