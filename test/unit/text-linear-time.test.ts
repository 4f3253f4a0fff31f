// @vitest-environment node
/**
 * Every function that walks a comment's text must take time linear in its length, whatever the
 * text holds (issue 15: one comment of nested brackets once took 0.6 s to linkify). For each
 * function, fast-check builds adversarial texts, a short pattern of the characters that function
 * cares about repeated to the longest input it can be given, and the test checks that:
 * - it never throws;
 * - the time per character at the limit stays within a fixed multiple of the time per character
 *   at 1 KB (a ratio, so a slow machine slows both), and within a fixed budget per KB.
 * Quadratic work at 10× the length takes ~10× longer per character; linear work takes the same.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/client/thread/comment-body';
import { isArticleId } from '../../src/core/comment-counts';
import { limits } from '../../src/core/limits';
import { linkify } from '../../src/core/linkify';
import { commentSchema, newCommentSchema } from '../../src/core/schemas';
import { firstRefusedCharacter, hasVisibleCharacter } from '../../src/core/text-rules';
import { checkWebAddress } from '../../src/core/web-address';
import { decodeHtmlEntities, htmlToText } from '../../src/core/wordpress/html-text';
import { withAbsoluteLinks } from '../../src/server/feed/absolute-links';
import { linkSlug, slugOf } from '../../src/server/feed/entry-slug';
import { parseFeed } from '../../src/server/feed/parse-feed';
import { xmlText } from '../../src/server/xml-text';

/** WordPress's own limit on a comment's HTML (65,525 bytes), rounded up: what htmlToText gets. */
const wordPressHtmlMax = 65_536;
/** A POST's fields are checked before their limits refuse them: anything the request can hold. */
const requestMax = limits.requestBodyMaxBytes;

/** Per character, at the limit, at most this many times slower than at 1 KB. */
const slowdownAllowed = 4;
/** And at most this much time per KB at the limit, on the slowest machine we run on. */
const msPerKbAllowed = 1;

const post = (fields: { body?: string; name?: string; email?: string; url?: string }) => ({
  parentId: null,
  author: { name: fields.name ?? 'Ana', email: fields.email ?? 'a@b.co', url: fields.url },
  body: fields.body ?? 'Hi',
  idempotencyKey: 'abcdefgh12345678',
});
const read = (fields: { name?: string; body?: string; url?: string }) => ({
  id: '1',
  parentId: null,
  author: { name: fields.name ?? 'Ana', ...(fields.url !== undefined && { url: fields.url }) },
  createdAt: '2024-01-01T00:00:00Z',
  body: fields.body ?? 'Hi',
  status: 'approved',
});

/** The characters and pieces each kind of function reacts to: the alphabet of its attacks. */
const textPieces = [
  ...'()[]{}<>"\'.,;:!?/\\@#&=-_~%+ \t\n\r',
  'www.',
  'http://',
  'https://',
  'www.a(',
  'a.co/',
  '\u00a0',
  '\u200b',
  '\u2800',
  '\u3164',
  '\u05d0',
  '\u0301',
  '\ud83d\ude00',
  '\ud800',
  '\u0000',
  '\u001b',
  '\u2028',
  'é',
  'e\u0301',
];
const htmlPieces = [
  ...'<>/"\'=&;# \n\t!-?ax',
  '<a ',
  '<a href="',
  "href='",
  'href=',
  '</a',
  '</a>',
  '<script',
  '</script',
  '<style',
  '<!--',
  '-->',
  '<p ',
  '<p>',
  '</p>',
  '<br',
  '<br/>',
  '<b>',
  '&amp',
  '&amp;',
  '&#',
  '&#x',
  '&#12',
  '&#x1F600;',
  '&nbsp;',
  '&constructor;',
  '\u00a0',
];
const addressPieces = [
  ...'/.:@?#%[]-_ ',
  'http://',
  'https://',
  'xn--',
  'a',
  '0',
  '\u05d0',
  '\u00fc',
  '\u200d',
  '%2e',
  '..',
  'user:pass@',
  '[::1]',
  ':8080',
];

interface Subject {
  name: string;
  run: (text: string) => unknown;
  max: number;
  pieces: readonly string[];
  /** Its own budget per KB, for work whose every character costs more (a DOM's elements). */
  msPerKb?: number;
}

const subjects: Subject[] = [
  { name: 'linkify', run: linkify, max: limits.commentBodyMax, pieces: textPieces },
  { name: 'paragraphsOf', run: paragraphsOf, max: limits.commentBodyMax, pieces: textPieces },
  { name: 'htmlToText', run: htmlToText, max: wordPressHtmlMax, pieces: htmlPieces },
  {
    name: 'decodeHtmlEntities',
    run: decodeHtmlEntities,
    max: wordPressHtmlMax,
    pieces: htmlPieces,
  },
  {
    name: 'text rules',
    run: (text) => [
      firstRefusedCharacter(text, 'text'),
      firstRefusedCharacter(text, 'line'),
      hasVisibleCharacter(text),
    ],
    max: requestMax,
    pieces: textPieces,
  },
  {
    name: 'POST body and name',
    run: (text) => [v.safeParse(newCommentSchema, post({ body: text, name: text }))],
    max: requestMax / 2,
    pieces: textPieces,
  },
  {
    name: 'POST email and web address',
    run: (text) => [v.safeParse(newCommentSchema, post({ email: text, url: text }))],
    max: requestMax / 2,
    pieces: [...addressPieces, ...textPieces],
  },
  {
    name: 'read contract',
    run: (text) => v.safeParse(commentSchema, read({ name: text, body: text, url: text })),
    max: requestMax,
    pieces: [...addressPieces, ...textPieces],
  },
  { name: 'checkWebAddress', run: checkWebAddress, max: requestMax, pieces: addressPieces },
  { name: 'xmlText (Atom feeds)', run: xmlText, max: requestMax, pieces: [...textPieces, ']]>'] },
  { name: 'isArticleId (/api/counts)', run: isArticleId, max: requestMax, pieces: addressPieces },
  { name: 'slugOf (import:feed)', run: slugOf, max: requestMax, pieces: textPieces },
  {
    name: 'linkSlug (import:feed)',
    run: (text) => linkSlug(`https://blog.example/${text}`),
    max: requestMax,
    pieces: addressPieces,
  },
  {
    name: 'withAbsoluteLinks (import:feed)',
    run: (html) => withAbsoluteLinks(html, 'https://blog.example/2024/post/'),
    max: requestMax,
    pieces: [...htmlPieces, '<img src="', 'src=', '../', '//'],
  },
  {
    name: 'parseFeed (import:feed)',
    run: (text) => {
      try {
        // Raw, where the text is markup too, and escaped, where all of it is a title to read.
        const feed = (title: string) =>
          `<rss><channel><item><title>${title}</title></item></channel></rss>`;
        return [parseFeed(feed(xmlText(text))), parseFeed(feed(text))];
      } catch (error) {
        // Text that makes the XML ill-formed is refused (NotAFeedError): that is an answer too.
        return error;
      }
    },
    max: requestMax,
    pieces: [...htmlPieces, '<![CDATA[', ']]>', '<!DOCTYPE', '<?', '?>', '&lt;'],
    // An element every few characters ("<p>" repeated) is a DOM node each: about 2 ms a KB.
    msPerKb: 4,
  },
];

/** A text of exactly `length` characters: `head`, then `pattern` repeated, then `tail`. */
function fill({ head, pattern, tail }: Attack, length: number): string {
  const room = Math.max(0, length - head.length - tail.length);
  const body = pattern.repeat(Math.ceil(room / pattern.length)).slice(0, room);
  return (head + body + tail).slice(0, length);
}

interface Attack {
  head: string;
  pattern: string;
  tail: string;
}

const attacks = (pieces: readonly string[]): fc.Arbitrary<Attack> => {
  const piece = fc.constantFrom(...pieces);
  const run = (max: number) => fc.array(piece, { maxLength: max }).map((p) => p.join(''));
  return fc.record({
    head: run(3),
    pattern: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
    tail: run(2),
  });
};

/** Milliseconds per call: the fastest of `rounds` averages over at least `minMs` of calls. */
function msPerCall(run: () => unknown, rounds: number, minMs = 2): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

interface Measure {
  slowdown: number;
  msPerKb: number;
}

function measure(subject: Subject, attack: Attack, rounds: number): Measure {
  const small = fill(attack, 1024);
  const large = fill(attack, subject.max);
  // Small and large in turn, so a burst of load from elsewhere slows both alike.
  let perCharSmall = Infinity;
  let perCharLarge = Infinity;
  for (let round = 0; round < rounds; round++) {
    perCharSmall = Math.min(perCharSmall, msPerCall(() => subject.run(small), 1) / small.length);
    perCharLarge = Math.min(perCharLarge, msPerCall(() => subject.run(large), 1, 0) / large.length);
  }
  // Below the timer's grain a 1 KB call measures as nearly free: compare with a floor.
  const floor = 1e-6;
  return {
    slowdown: perCharLarge / Math.max(perCharSmall, floor),
    msPerKb: perCharLarge * 1024,
  };
}

/**
 * Under this much time per KB at the limit (3 ms for 64 KB) the whole call is too quick to harm
 * anyone, and the ratio mostly measures the timer and the call's fixed cost.
 */
const msPerKbNegligible = 0.05;

const withinBudget = (m: Measure, subject: Subject) =>
  m.msPerKb <= (subject.msPerKb ?? msPerKbAllowed) &&
  (m.slowdown <= slowdownAllowed || m.msPerKb <= msPerKbNegligible);

/**
 * One quick measure; one that looks slow is measured again, more carefully and then more
 * carefully still, so a burst of load from other work cannot fail the test, while work that
 * really grows faster than the text is slow every time.
 */
function linearOrWorst(subject: Subject, attack: Attack): Measure {
  let m = measure(subject, attack, 1);
  for (const rounds of [5, 9]) if (!withinBudget(m, subject)) m = measure(subject, attack, rounds);
  return m;
}

/** The attacks issue 15 names, and the ones the old code fell to, always tried. */
const knownAttacks: Record<string, Attack[]> = {
  linkify: [
    { head: 'www.a', pattern: '(', tail: ')'.repeat(4990) },
    { head: 'https://a.co/', pattern: ')', tail: 'x' },
    { head: 'www.a', pattern: '()', tail: '' },
  ],
  htmlToText: [
    { head: '', pattern: '<', tail: '' },
    { head: '', pattern: '<a href="x">', tail: '' },
    { head: '', pattern: '<script', tail: '' },
    { head: '', pattern: '<!--', tail: '' },
    { head: '', pattern: '<p ', tail: '' },
    { head: 'x', pattern: ' \u00a0', tail: 'x' },
  ],
};

describe('text functions take linear time and never throw, at the longest input', () => {
  for (const subject of subjects) {
    it(subject.name, () => {
      for (const attack of knownAttacks[subject.name] ?? []) {
        const m = linearOrWorst(subject, attack);
        expect(m, JSON.stringify(attack).slice(0, 80)).toSatisfy((measured: Measure) =>
          withinBudget(measured, subject),
        );
      }
      fc.assert(
        fc.property(attacks(subject.pieces), (attack) => {
          const m = linearOrWorst(subject, attack);
          expect(m, JSON.stringify(attack).slice(0, 80)).toSatisfy((measured: Measure) =>
            withinBudget(measured, subject),
          );
        }),
        { numRuns: 12 },
      );
    });
  }
});
