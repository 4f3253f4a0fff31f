/**
 * What is wrong with sanitised HTML, as it would be once in the page: anything that runs (a
 * script, a handler, a style, a script URL) or a link without rel. Self-contained, so a browser
 * test can run its source in the page that sanitised the HTML.
 */
export function problemsIn(html: string): string[] {
  const dangerousTags =
    'script, iframe, frame, object, embed, style, link, meta, base, form, svg, math';
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'];
  const isSafeUrl = (value: string) => {
    try {
      const { protocol } = new URL(value, 'https://parley.test/');
      return ['http:', 'https:', 'mailto:'].includes(protocol);
    } catch {
      return true; // the browser cannot follow it either
    }
  };
  const template = document.createElement('template');
  template.innerHTML = html;
  const problems: string[] = [];
  for (const el of template.content.querySelectorAll(dangerousTags)) {
    problems.push(`<${el.tagName.toLowerCase()}>`);
  }
  for (const el of template.content.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || attr.name === 'style') problems.push(`${attr.name}=`);
      if (urlAttributes.includes(attr.name) && !isSafeUrl(attr.value)) {
        problems.push(`${attr.name}=${attr.value}`);
      }
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      if (el.getAttribute('rel') !== 'nofollow ugc noopener') problems.push('a without rel');
    }
  }
  return problems;
}
