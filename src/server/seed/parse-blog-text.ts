import type { LeadImage } from '../../core/schemas';

/**
 * Turns the text of a blog page copied from a browser (title, paragraphs, a bulleted comment list,
 * then the page's footer) into an article and its comments. The demo article is kept in that form
 * so that its conversion can be read and tested, rather than hand-edited JSON.
 */

export interface ParsedComment {
  /** Position in the page, 0-based; parents are referred to by it. */
  index: number;
  parentIndex: number | null;
  authorName: string;
  /** ISO 8601 with the offset of `utcOffset`. */
  createdAt: string;
  /** Plain text, paragraphs separated by a blank line. */
  body: string;
}

export interface ParsedArticle {
  title: string;
  paragraphs: string[];
  leadImage: LeadImage | undefined;
  comments: ParsedComment[];
}

export interface ParseOptions {
  /** The zone the page printed its comment times in, as an ISO offset such as "-04:00". */
  utcOffset: string;
}

const commentsStart = /^Post a comment or leave a trackback/;
const footerStart = /^Leave a Reply\s*$/;
// "  • wally n  On 03/31/2019 at 7:08 pm" (the gap after the name holds a no-break space).
const commentHeader =
  /^(?<indent> *)\u2022\s+(?<name>.+?)[\s\u00a0]+On (?<month>\d{2})\/(?<day>\d{2})\/(?<year>\d{4}) at (?<hour>\d{1,2}):(?<minute>\d{2}) (?<meridiem>am|pm)\s*$/;
// A photo caption ends with its credit, e.g. "… March 27, 2019. REUTERS/Carlos Barria".
const captionCredit = /^(?<caption>.+?)\s+(?<credit>(?:REUTERS|AP Photo|AFP|Getty Images)\/[^/]+)$/;

export function parseBlogText(text: string, options: ParseOptions): ParsedArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = (lines.shift() ?? '').trim();
  if (!title) throw new Error('The page text must start with the title on its first line.');

  const articleLines: string[] = [];
  while (lines.length > 0 && !commentsStart.test(lines[0]!)) articleLines.push(lines.shift()!);
  lines.shift(); // the "Post a comment" line itself

  const paragraphs: string[] = [];
  let leadImage: LeadImage | undefined;
  for (const paragraph of splitParagraphs(articleLines)) {
    const caption = leadImage ? null : captionCredit.exec(paragraph);
    if (caption?.groups) {
      leadImage = { caption: caption.groups.caption!, credit: caption.groups.credit! };
    } else {
      paragraphs.push(paragraph);
    }
  }

  return { title, paragraphs, leadImage, comments: parseComments(lines, options) };
}

function parseComments(lines: string[], options: ParseOptions): ParsedComment[] {
  const comments: ParsedComment[] = [];
  // The open comment at each indentation, so a deeper bullet knows its parent.
  const openAtIndent: { indent: number; index: number }[] = [];
  let bodyLines: string[] = [];

  const finishBody = () => {
    const current = comments.at(-1);
    if (current) current.body = splitParagraphs(bodyLines).join('\n\n');
    bodyLines = [];
  };

  for (const line of lines) {
    if (footerStart.test(line)) break;
    const header = commentHeader.exec(line);
    if (!header?.groups) {
      bodyLines.push(line);
      continue;
    }
    finishBody();
    const g = header.groups;
    const indent = g.indent!.length;
    while (openAtIndent.length > 0 && openAtIndent.at(-1)!.indent >= indent) openAtIndent.pop();
    const index = comments.length;
    comments.push({
      index,
      parentIndex: openAtIndent.at(-1)?.index ?? null,
      authorName: g.name!.trim(),
      createdAt: toIso(g, options.utcOffset),
      body: '',
    });
    openAtIndent.push({ indent, index });
  }
  finishBody();
  return comments;
}

/** Paragraphs are runs of non-blank lines; inner whitespace and indentation are tidied. */
function splitParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    const trimmed = line.trim();
    if (trimmed) current.push(trimmed);
    else if (current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  return paragraphs;
}

function toIso(g: Record<string, string | undefined>, utcOffset: string): string {
  let hour = Number(g.hour) % 12;
  if (g.meridiem === 'pm') hour += 12;
  const pad = (n: number | string) => String(n).padStart(2, '0');
  return `${g.year}-${g.month}-${g.day}T${pad(hour)}:${g.minute}:00${utcOffset}`;
}
