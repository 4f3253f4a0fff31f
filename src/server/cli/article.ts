/**
 * Publishes an article from a file, or deletes one, straight into the database (PARLEY_DB, like
 * the server), through the same code as PUT and DELETE /api/articles/:slug:
 *   npm run article -- put <file.md|file.html>
 *   npm run article -- delete <slug> [--comments delete]
 * The file's front matter is described in src/server/article-file.ts.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { articleSlugSchema } from '../../core/article-input';
import { firstIssue } from '../../core/validate';
import { parseArticleFile } from '../article-file';
import { configFromEnv } from '../config';
import { openDb } from '../db';
import { publishArticle } from '../publish-article';
import { createSqliteStore } from '../sqlite-store';

const usage =
  'usage: npm run article -- put <file.md|file.html>\n' +
  '       npm run article -- delete <slug> [--comments delete]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { comments: { type: 'string', default: 'keep' } },
});
const [command, target] = positionals;
if ((command !== 'put' && command !== 'delete') || !target || positionals.length > 2) {
  console.error(usage);
  process.exit(2);
}

/** Refuses with a sentence and exit code 1, before the database is opened. */
function refuse(problem: string): never {
  console.error(problem);
  process.exit(1);
}

const config = configFromEnv(process.env);

if (command === 'put') {
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch (error) {
    refuse(`Cannot read ${target}: ${(error as Error).message}`);
  }
  const file = parseArticleFile(text, target);
  if (!file.ok) refuse(`${target}: ${file.problem}`);
  const store = createSqliteStore(openDb(config.dbFile));
  try {
    const { kind, article } = await publishArticle(store, file.slug, file.input);
    console.log(
      `${kind === 'created' ? 'Published' : 'Replaced'} /articles/${article.slug} ` +
        `(${article.commentCount} comments) in ${config.dbFile}`,
    );
  } finally {
    await store.close();
  }
} else {
  const slug = v.safeParse(articleSlugSchema, target);
  if (!slug.success) refuse(`${target}: ${firstIssue(slug.issues).message}`);
  const comments = values.comments;
  if (comments !== 'keep' && comments !== 'delete') refuse('--comments takes keep or delete.');
  const store = createSqliteStore(openDb(config.dbFile));
  try {
    const deleted = await store.deleteArticle(slug.output, comments, config.now());
    if (!deleted) {
      console.error(`There is no article at /articles/${slug.output} in ${config.dbFile}.`);
      process.exitCode = 1;
    } else {
      console.log(
        comments === 'keep'
          ? `Deleted /articles/${slug.output}; its comments are kept, unseen, until an article is published at that slug again.`
          : `Deleted /articles/${slug.output} and its comments from ${config.dbFile}.`,
      );
    }
  } finally {
    await store.close();
  }
}
