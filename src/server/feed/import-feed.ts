import type { Store } from '../store';
import { checkFeedEntry } from './feed-entry';
import { isAddress, loadFeed, type FeedPage } from './load-feed';
import { parseFeed } from './parse-feed';

export interface FeedImportOptions {
  /** Go on to the next pages: Atom/RSS link rel="next", else WordPress's ?paged=N. */
  follow: boolean;
  /** A hard cap, whatever a site's links say. */
  pagesMax: number;
  load?: (source: string) => Promise<FeedPage>;
}

export const feedPagesMax = 100;

export interface SkippedEntry {
  /** Where it is in the feed: page and position, and its id or title when it has one. */
  entry: string;
  problem: string;
}

export interface FeedImportReport {
  created: number;
  updated: number;
  unchanged: number;
  skipped: SkippedEntry[];
  pages: number;
  /** Why following stopped short of the end (a page that failed, the cap), if it did. */
  stopped?: string | undefined;
}

/**
 * Imports every entry of a feed (and, following, of its next pages), one article each, found
 * again by the entry's id on a second run. An entry that cannot be imported is skipped and
 * reported; the rest go on. Only the first page's failure (unreadable, not a feed) throws.
 */
export async function importFeed(
  store: Store,
  source: string,
  { follow, pagesMax, load = loadFeed }: FeedImportOptions,
): Promise<FeedImportReport> {
  const report: FeedImportReport = { created: 0, updated: 0, unchanged: 0, skipped: [], pages: 0 };
  const seenPages = new Set<string>();
  const seenEntries = new Set<string>();
  let address: string | undefined = source;
  while (address !== undefined) {
    const page = report.pages + 1;
    let feed;
    try {
      const loaded = await load(address);
      if (loaded.kind === 'missing') {
        if (page === 1) throw new Error(`${address} answered 404: there is no feed there`);
        break;
      }
      feed = parseFeed(loaded.xml, isAddress(address) ? address : undefined);
    } catch (error) {
      if (page === 1) throw error;
      report.stopped = `page ${page} (${address}): ${(error as Error).message}`;
      break;
    }
    // A site that ignores ?paged sends its first page again: the same entries are the end.
    const ids = feed.entries.map((entry) => entry.id ?? entry.link ?? '').join('\n');
    if (feed.entries.length === 0 || seenPages.has(ids)) break;
    seenPages.add(ids);
    report.pages = page;

    for (const [index, entry] of feed.entries.entries()) {
      const where = `page ${page}, entry ${index + 1}${entry.id ? ` (${entry.id.slice(0, 200)})` : entry.title ? ` ("${entry.title.slice(0, 80)}")` : ''}`;
      const checked = checkFeedEntry(entry);
      if (!checked.ok) {
        report.skipped.push({ entry: where, problem: checked.problem });
        continue;
      }
      const result = await store.importFeedEntry(checked.write);
      if (result.kind === 'deleted') {
        report.skipped.push({
          entry: where,
          problem: `/articles/${result.slug} was deleted here; the import leaves it deleted.`,
        });
      } else if (result.kind === 'slug-taken') {
        report.skipped.push({
          entry: where,
          problem: `Its slugs (${checked.write.slugs.join(', ')}) belong to other articles.`,
        });
      } else if (seenEntries.has(checked.write.entryId)) {
        // Listed twice (on two pages): one article, counted once.
      } else {
        report[result.kind]++;
      }
      seenEntries.add(checked.write.entryId);
    }

    if (!follow) break;
    if (page >= pagesMax) {
      report.stopped = `the cap of ${pagesMax} pages`;
      break;
    }
    address = feed.next ?? (isAddress(source) ? pagedAddress(source, page + 1) : undefined);
  }
  return report;
}

/** WordPress's page `n` of a feed: the same address with ?paged=n. */
function pagedAddress(source: string, n: number): string {
  const url = new URL(source);
  url.searchParams.set('paged', String(n));
  return url.href;
}
