// @vitest-environment node
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { expect, it } from 'vitest';
import { articleListSchema, staticArticleFileSchema } from '../../src/core/schemas';
import { exportStatic } from '../../src/server/static-export';
import { createTestServer } from '../helpers/server';

const read = (name: string): unknown => JSON.parse(readFileSync(`public/articles/${name}`, 'utf8'));

it('the static copy in public/articles matches what the server serves (run npm run export:static)', async () => {
  const { store } = await createTestServer();
  const { index, files } = await exportStatic(store);
  expect(v.parse(articleListSchema, read('index.json'))).toEqual(index);
  expect(files.size).toBe(1);
  for (const [slug, file] of files) {
    const committed = v.parse(staticArticleFileSchema, read(`${slug}.json`));
    expect(committed).toEqual(file);
    expect(committed.comments).toHaveLength(7);
  }
});
