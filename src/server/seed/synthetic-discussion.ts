import type { SeedArticle, SeedComment } from './seed-article';

/**
 * Synthetic discussions for tests, benchmarks and `npm run seed -- --bulk N`: deterministic for a
 * given seed, with the shapes real threads have — many short top-level comments, replies that
 * cluster under recent and popular comments, a few long essays, nesting up to `maxDepth` levels.
 */
export interface SyntheticOptions {
  comments: number;
  /** Same seed, same discussion. */
  seed?: number;
  /** Deepest nesting, counting a top-level comment as depth 1. */
  maxDepth?: number;
  /** Size of one extra-large thread (all descendants of a single comment), for collapse timing. */
  bigThread?: number;
  slug?: string;
}

const firstNames = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jamal',
  'Kofi',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
];
const lastNames = [
  'Alvarez',
  'Baptiste',
  'Chen',
  'Douglas',
  'Edwards',
  'Fernandes',
  'Gomez',
  'Harris',
  'Ibrahim',
  'Jones',
  'Khan',
  'Lopez',
  'Mendes',
  'Nunez',
  'Okafor',
  'Persaud',
  'Ramdin',
  'Singh',
  'Thomas',
];
const words = (
  'the a of to and in that is for on it with as was at by this be are from or an have not but ' +
  'they which one you were all we can there their been has more if will when who would so what ' +
  'government people election policy country oil economy vote border market price reform history ' +
  'agree disagree think believe evidence source article report point question answer maybe never'
).split(' ');

/** mulberry32: a tiny, fast, seedable generator; quality is ample for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticDiscussion(options: SyntheticOptions): SeedArticle {
  const { comments: total, seed = 1, maxDepth = 12, bigThread = 0 } = options;
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

  const sentence = () => {
    const length = 6 + Math.floor(rand() * 14);
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const body = () => {
    // Most comments are a few sentences; about one in forty is an essay.
    const paragraphs = rand() < 0.025 ? 6 + Math.floor(rand() * 6) : 1 + Math.floor(rand() * 2.2);
    return Array.from({ length: paragraphs }, () =>
      Array.from({ length: 1 + Math.floor(rand() * 4) }, sentence).join(' '),
    ).join('\n\n');
  };

  const comments: SeedComment[] = [];
  const depthOf: number[] = [];
  let time = Date.UTC(2024, 0, 15, 9, 0);
  const add = (parentIndex: number | null) => {
    time += Math.floor(rand() * 240_000) + 1000;
    const first = pick(firstNames);
    const last = pick(lastNames);
    comments.push({
      parentIndex,
      authorName:
        rand() < 0.15 ? `${first.toLowerCase()}${Math.floor(rand() * 100)}` : `${first} ${last}`,
      authorUrl: rand() < 0.1 ? `https://example.com/${first.toLowerCase()}` : undefined,
      createdAt: new Date(time).toISOString(),
      body: body(),
    });
    depthOf.push(parentIndex === null ? 1 : depthOf[parentIndex]! + 1);
    return comments.length - 1;
  };

  // One chain that reaches the deepest level, so depth handling is always exercised.
  let chain: number | null = null;
  for (let d = 0; d < Math.min(maxDepth, total); d++) chain = add(chain);

  // The big thread: one top-level comment and `bigThread` descendants.
  if (bigThread > 0 && comments.length < total) {
    const members = [add(null)];
    for (let i = 0; i < bigThread && comments.length < total; i++) {
      const parent = pick(members.slice(-30));
      members.push(add(depthOf[parent]! < maxDepth ? parent : members[0]!));
    }
  }

  while (comments.length < total) {
    if (rand() < 0.3 || comments.length === 0) {
      add(null);
      continue;
    }
    // Replies go mostly to recent comments, sometimes to any earlier one.
    const recent = rand() < 0.75;
    const start = recent ? Math.max(0, comments.length - 40) : 0;
    let parent = start + Math.floor(rand() * (comments.length - start));
    while (depthOf[parent]! >= maxDepth) parent = comments[parent]!.parentIndex ?? parent;
    add(parent);
  }

  return {
    slug: options.slug ?? `synthetic-${total}`,
    title: `A synthetic discussion of ${total.toLocaleString('en')} comments`,
    bodyHtml:
      '<p>This article was generated to show how Parley handles a large discussion. ' +
      'Its comments are synthetic.</p>',
    commentsOpen: true,
    comments,
  };
}
