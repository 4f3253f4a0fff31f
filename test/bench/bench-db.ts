import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/server/db';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { syntheticDiscussion } from '../../src/server/seed/synthetic-discussion';
import { createSqliteStore } from '../../src/server/sqlite-store';

/** The discussions every benchmark reads, by what they are. */
export interface BenchArticles {
  demo: string;
  small: string;
  large: string;
  /** Size of the one extra-large thread of `large`. */
  bigThread: number;
  /** 100 articles, as an index page lists them: these three and small ones (counts, issue 17). */
  index: string[];
}

/** Articles listed on the benchmark's index page besides the three discussions. */
const indexArticles = 97;

/**
 * A fresh database in a temporary folder: the demo article, and synthetic discussions of 1,000
 * and 10,000 comments (the latter with one thread of 1,000 replies). `seed` picks which
 * discussions: a check can run the benchmarks on discussions they have not seen.
 */
export async function createBenchDb(
  seed: number,
): Promise<{ dbFile: string; articles: BenchArticles }> {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'parley.db');
  const store = createSqliteStore(openDb(dbFile));
  await seedDemo(store);
  const bigThread = 1000;
  const small = syntheticDiscussion({ comments: 1000, seed });
  const large = syntheticDiscussion({ comments: 10_000, seed, bigThread });
  await store.seedArticle(small);
  await store.seedArticle(large);
  const index = [demoSlug, small.slug, large.slug];
  for (let i = 0; i < indexArticles; i++) {
    const article = syntheticDiscussion({
      comments: 1 + (i % 20),
      seed: seed + i,
      slug: `index-${i}`,
    });
    await store.seedArticle(article);
    index.push(article.slug);
  }
  await store.close();
  return {
    dbFile,
    articles: { demo: demoSlug, small: small.slug, large: large.slug, bigThread, index },
  };
}
