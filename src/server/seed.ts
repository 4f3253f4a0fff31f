import { demoArticle } from './seed/demo-article';
import type { Store } from './store';

/** Puts the demo article into a new database; leaves an existing one alone. */
export async function seedDemo(store: Store): Promise<void> {
  await store.seedArticle(demoArticle());
}
