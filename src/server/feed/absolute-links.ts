import sanitizeHtml from 'sanitize-html';

const urlAttributes = ['href', 'src', 'cite'];

/**
 * An entry's body with its relative links made absolute against the entry's own page: an
 * imported article is shown on Parley's site, where "/about/" or "image.png" would point to
 * Parley. Run on HTML the article sanitiser has already passed (its tags and attributes only);
 * sanitize-html as the parser, so it is one linear pass and the output is written alike.
 */
export function withAbsoluteLinks(html: string, base: string | undefined): string {
  if (base === undefined) return html;
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      '*': (tagName, attribs) => {
        const resolved = { ...attribs };
        for (const name of urlAttributes) {
          const value = attribs[name];
          if (value !== undefined && !value.startsWith('#')) resolved[name] = absolute(value, base);
        }
        return { tagName, attribs: resolved };
      },
    },
  });
}

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}
