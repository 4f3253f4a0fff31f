/**
 * Seeds the database: the demo article, and with `--bulk N` a synthetic discussion of N comments
 * (slug `synthetic-N`). `npm run seed -- --bulk 10000`. Uses PARLEY_DB like the server.
 */
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config';
import { openDb } from '../db';
import { seedDemo } from '../seed';
import { syntheticDiscussion } from '../seed/synthetic-discussion';
import { createSqliteStore } from '../sqlite-store';

const { values } = parseArgs({
  options: {
    bulk: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'big-thread': { type: 'string', default: '0' },
  },
});

const config = configFromEnv(process.env);
const store = createSqliteStore(openDb(config.dbFile));
await seedDemo(store);
if (values.bulk !== undefined) {
  const comments = Number(values.bulk);
  if (!Number.isInteger(comments) || comments < 1) {
    throw new Error(`--bulk takes a number of comments, not "${values.bulk}".`);
  }
  const article = syntheticDiscussion({
    comments,
    seed: Number(values.seed),
    bigThread: Number(values['big-thread']),
  });
  const started = performance.now();
  const result = await store.seedArticle(article);
  const ms = Math.round(performance.now() - started);
  console.log(
    result === 'inserted'
      ? `Inserted /articles/${article.slug} (${comments} comments) in ${ms} ms into ${config.dbFile}`
      : `/articles/${article.slug} is already in ${config.dbFile}`,
  );
}
await store.close();
