import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { htmlToText } from '../../core/wordpress/html-text';

/**
 * An RSS 2.0 or Atom feed read with @xmldom/xmldom: a DOM with namespaces, so `content:encoded`
 * or an Atom `<link>` is found by its namespace whatever prefix the feed gives it, and a
 * DOCTYPE's own entities are never expanded (no "billion laughs": an unknown entity stays text).
 * Nothing here checks the values: feed-entry.ts does, one entry at a time.
 */
export interface FeedEntry {
  /** RSS guid or Atom id. */
  id?: string | undefined;
  /** Its page on the site: RSS link, Atom link rel="alternate". */
  link?: string | undefined;
  /** Plain text. */
  title?: string | undefined;
  /** As the feed writes it: RFC 822 (RSS) or RFC 3339 (Atom). */
  published?: string | undefined;
  author?: string | undefined;
  /** Untrusted HTML: the full content when the feed has it, else the summary. */
  html?: string | undefined;
  /** The entry's or the feed's language. */
  lang?: string | undefined;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  entries: FeedEntry[];
  /** An absolute http(s) address of the next page (Atom or RSS link rel="next"). */
  next?: string | undefined;
}

const ns = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** Recoverable XML errors let pass before a feed is refused as not XML. */
const errorsMax = 100;

export class NotAFeedError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'NotAFeedError';
  }
}

/** The feed in `xml`; `address` resolves its relative links. Throws NotAFeedError. */
export function parseFeed(xml: string, address?: string): ParsedFeed {
  let root: Element | null;
  try {
    // A few recoverable errors (an HTML entity such as &nbsp;) are let pass: the entries are
    // checked. Many are not: xmldom's recovery from each costs time (a page of "<<<<" took
    // 8 ms a KB), and a feed that broken is not worth reading.
    let errors = 0;
    const onError = (level: 'warning' | 'error' | 'fatalError') => {
      if (level !== 'warning' && ++errors > errorsMax) {
        throw new Error(`more than ${errorsMax} errors`);
      }
    };
    const parser = new DOMParser({ locator: false, onError });
    root = parser.parseFromString(xml, 'text/xml').documentElement;
  } catch (error) {
    throw new NotAFeedError(`It is not well-formed XML: ${(error as Error).message}`);
  }
  if (root?.namespaceURI === ns.atom && root.localName === 'feed') {
    return atomFeed(root, address);
  }
  const channel = root?.localName === 'rss' ? child(root, null, 'channel') : undefined;
  if (!channel) throw new NotAFeedError('It is neither an RSS 2.0 feed (<rss>) nor Atom (<feed>).');
  return rssFeed(channel, address);
}

function rssFeed(channel: Element, address: string | undefined): ParsedFeed {
  const lang = text(child(channel, null, 'language')) ?? xmlLang(channel);
  const entries = children(channel, null, 'item').map((item) => ({
    id: text(child(item, null, 'guid')),
    link: absolute(text(child(item, null, 'link')), address),
    title: text(child(item, null, 'title')),
    published: text(child(item, null, 'pubDate')) ?? text(child(item, ns.dc, 'date')),
    author: text(child(item, ns.dc, 'creator')) ?? text(child(item, null, 'author')),
    html: text(child(item, ns.content, 'encoded')) ?? text(child(item, null, 'description')),
    lang: xmlLang(item) ?? lang,
  }));
  return { format: 'rss', entries, next: nextLink(channel, address) };
}

function atomFeed(feed: Element, address: string | undefined): ParsedFeed {
  const lang = xmlLang(feed);
  const feedAuthor = authorName(feed);
  const entries = children(feed, ns.atom, 'entry').map((entry) => ({
    id: text(child(entry, ns.atom, 'id')),
    link: absolute(alternateLink(entry), address),
    title: atomText(child(entry, ns.atom, 'title')),
    published: text(child(entry, ns.atom, 'published')) ?? text(child(entry, ns.atom, 'updated')),
    author: authorName(entry) ?? feedAuthor,
    html: atomHtml(child(entry, ns.atom, 'content')) ?? atomHtml(child(entry, ns.atom, 'summary')),
    lang: xmlLang(entry) ?? lang,
  }));
  return { format: 'atom', entries, next: nextLink(feed, address) };
}

/** Element children of `parent` with this namespace (null: none) and local name. */
function children(parent: Element, namespace: string | null, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const element = node as Element;
    if (node.nodeType === 1 && element.localName === name && element.namespaceURI === namespace) {
      found.push(element);
    }
  }
  return found;
}

const child = (parent: Element, namespace: string | null, name: string): Element | undefined =>
  children(parent, namespace, name)[0];

/** The element's text, trimmed; undefined when there is no element or no text. */
function text(element: Element | undefined): string | undefined {
  const value = element?.textContent?.trim();
  return value ? value : undefined;
}

const xmlLang = (element: Element): string | undefined =>
  element.getAttributeNS(ns.xml, 'lang')?.trim() || undefined;

function authorName(element: Element): string | undefined {
  const author = child(element, ns.atom, 'author');
  return author ? text(child(author, ns.atom, 'name')) : undefined;
}

/** rel="alternate" (or no rel), an HTML one first. */
function alternateLink(entry: Element): string | undefined {
  const links = children(entry, ns.atom, 'link').filter(
    (link) => (link.getAttribute('rel') || 'alternate') === 'alternate',
  );
  const html = links.find((link) => (link.getAttribute('type') ?? 'text/html') === 'text/html');
  return (html ?? links[0])?.getAttribute('href')?.trim() || undefined;
}

/** An Atom or RSS (atom:link) rel="next" link, as an absolute http(s) address. */
function nextLink(parent: Element, address: string | undefined): string | undefined {
  const next = children(parent, ns.atom, 'link').find((l) => l.getAttribute('rel') === 'next');
  return absolute(next?.getAttribute('href')?.trim(), address);
}

/** `href` resolved against the page's address; undefined unless it is http(s). */
function absolute(href: string | undefined, address: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An Atom text construct as plain text: type="text" (the default), "html" or "xhtml". */
function atomText(element: Element | undefined): string | undefined {
  const type = element?.getAttribute('type');
  if (type !== 'html' && type !== 'xhtml') return text(element);
  const html = atomHtml(element);
  return html === undefined ? undefined : htmlToText(html).replace(/\s+/g, ' ').trim() || undefined;
}

/** An Atom text construct as HTML; undefined for content elsewhere (src="…"). */
function atomHtml(element: Element | undefined): string | undefined {
  if (!element || element.hasAttribute('src')) return undefined;
  const type = element.getAttribute('type') ?? 'text';
  if (type === 'html' || type === 'text/html') return text(element);
  if (type === 'xhtml') {
    // The markup inside its one <div>, as the XHTML it is.
    const div = child(element, 'http://www.w3.org/1999/xhtml', 'div');
    if (!div) return undefined;
    const serializer = new XMLSerializer();
    let html = '';
    for (let node = div.firstChild; node; node = node.nextSibling) {
      html += serializer.serializeToString(node);
    }
    return html.trim() || undefined;
  }
  const plain = text(element);
  return plain === undefined ? undefined : `<p>${escapeHtml(plain)}</p>`;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
