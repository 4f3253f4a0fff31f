/**
 * Copies a WordPress post and its comments into Parley's database, through the site's REST API:
 *   npm run import:wordpress -- <site> <post-slug>
 * <site> is an address (https://blog.example.com) or a name from PARLEY_WORDPRESS_SITES.
 * Running it again changes nothing. Uses PARLEY_DB like the server.
 */
import { apiMessageOf } from '../api-messages';
import { configFromEnv } from '../config';
import { openDb } from '../db';
import { createSqliteStore } from '../sqlite-store';
import { importWordPressPost } from '../wordpress/import-post';

const [site, postSlug] = process.argv.slice(2);
if (!site || !postSlug) {
  console.error('usage: npm run import:wordpress -- <site address or name> <post-slug>');
  process.exit(2);
}
const config = configFromEnv(process.env);
const siteUrl = config.wordpressSites.find((s) => s.name === site)?.url ?? site;
if (!/^https?:\/\//i.test(siteUrl)) {
  console.error(`"${site}" is neither an address nor a name in PARLEY_WORDPRESS_SITES.`);
  process.exit(2);
}

const store = createSqliteStore(openDb(config.dbFile));
try {
  const { result, slug, comments, skipped, addressesDropped } = await importWordPressPost(
    store,
    siteUrl,
    postSlug,
  );
  console.log(
    result === 'inserted'
      ? `Imported /articles/${slug} with ${comments} comments from ${siteUrl} into ${config.dbFile}`
      : `/articles/${slug} is already in ${config.dbFile}: nothing changed`,
  );
  // What was left out, so an operator can look at those comments on the site itself.
  for (const issue of skipped) {
    const where = issue.field ? `${issue.field}: ` : '';
    console.warn(`Left out comment ${issue.id}: ${where}${apiMessageOf(issue)}`);
  }
  if (skipped.length > 0) console.warn(`${skipped.length} comments left out (listed above).`);
  if (addressesDropped > 0) {
    console.warn(`${addressesDropped} comments copied without their author's web address.`);
  }
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Could not import ${postSlug} from ${siteUrl}: ${reason}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
