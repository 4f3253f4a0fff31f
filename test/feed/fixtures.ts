import { readFileSync } from 'node:fs';

/** A feed of test/feed/fixtures. */
export const feedFixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** An RSS 2.0 feed of these items (XML already), in the test blog's channel. */
export const rssOf = (...items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><language>en</language>${items.join('')}</channel></rss>`;

/** An RSS item with these parts; a part left undefined is left out. */
export function rssItem(parts: {
  guid?: string;
  title?: string;
  link?: string;
  pubDate?: string;
  content?: string;
}): string {
  const element = (name: string, value: string | undefined) =>
    value === undefined ? '' : `<${name}>${value}</${name}>`;
  return `<item>${element('guid', parts.guid)}${element('title', parts.title)}${element('link', parts.link)}${element('pubDate', parts.pubDate)}${element('content:encoded', parts.content)}</item>`;
}
