import { defineConfig } from 'vitest/config';

/** `npm run bench:crash`: the crash measurement alone, in Node, one browser at a time. */
export default defineConfig({
  test: {
    include: ['test/bench/draft-crash.ts'],
    environment: 'node',
    fileParallelism: false,
  },
});
