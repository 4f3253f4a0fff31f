// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, htmlToText } from '../../src/core/wordpress/html-text';

describe('decodeHtmlEntities', () => {
  it('decodes what WordPress sends: named, decimal and hex references', () => {
    expect(
      decodeHtmlEntities('Caf&eacute; &amp; &#8220;Q&#8221; &#x2019; &lt;b&gt; &hellip; &#x1F600;'),
    ).toBe('Café & “Q” ’ <b> … 😀');
  });

  it('leaves unknown names alone and replaces impossible code points', () => {
    expect(decodeHtmlEntities('&bogus; &amp &#0; &#xD800; &#1114112;')).toBe(
      '&bogus; &amp \uFFFD \uFFFD \uFFFD',
    );
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeHtmlEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs as blank-line-separated text and <br> as a line break', () => {
    expect(htmlToText('<p>One<br />\ntwo</p>\n<p>Three</p>\n')).toBe('One\ntwo\n\nThree');
  });

  it('keeps a link’s address after its text, once', () => {
    expect(
      htmlToText(
        '<p>See <a href="https://example.com/a?x=1&amp;y=2" rel="nofollow ugc">the source</a> ' +
          'and <a href="https://example.com/b">https://example.com/b</a>.</p>',
      ),
    ).toBe('See the source (https://example.com/a?x=1&y=2) and https://example.com/b.');
  });

  it('drops scripts, styles, comments and every other tag, keeping their text', () => {
    expect(
      htmlToText(
        '<p>Hi <img src=x onerror="alert(1)"><script>alert(2)</script><style>p{}</style>' +
          '<!-- note --><strong>there</strong> &lt;3</p>',
      ),
    ).toBe('Hi there <3');
  });

  it('turns a quotation into its own paragraph', () => {
    expect(htmlToText('<blockquote>Quoted.</blockquote>And mine.')).toBe('Quoted.\n\nAnd mine.');
  });
});
