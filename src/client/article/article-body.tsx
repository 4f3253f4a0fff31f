import { useLayoutEffect, useRef } from 'react';
import { lazyWithPreload } from '../lib/lazy-with-preload';
import { articleSanitizerConfig, finishArticleElement } from './article-html-policy';

/** Element.setHTML, the browser's own sanitiser (not yet in TypeScript's DOM types). */
type SetHtml = (html: string, options: { sanitizer: typeof articleSanitizerConfig }) => void;

const nativeSanitizer = typeof Element !== 'undefined' && 'setHTML' in Element.prototype;

/** DOMPurify and the body it sanitises, loaded only by browsers without the Sanitizer API. */
const PurifiedArticleBody = lazyWithPreload(() =>
  import('./purified-article-body').then((module) => module.PurifiedArticleBody),
);

/** Starts loading the sanitiser while the article loads, where the browser has none of its own. */
export function preloadArticleSanitizer(): void {
  if (!nativeSanitizer) void PurifiedArticleBody.preload();
}

/**
 * The article's own HTML, sanitised before it reaches the DOM. Browsers with the Sanitizer API
 * (Chromium, Firefox) need no extra code and show it in the same frame as the rest; others
 * suspend until DOMPurify has loaded, so the body never arrives after what sits below it.
 */
export function ArticleBody({ html }: { html: string }) {
  return nativeSanitizer ? <NativeArticleBody html={html} /> : <PurifiedArticleBody html={html} />;
}

function NativeArticleBody({ html }: { html: string }) {
  const body = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    (element as unknown as { setHTML: SetHtml }).setHTML(html, {
      sanitizer: articleSanitizerConfig,
    });
    element.querySelectorAll('a, img').forEach(finishArticleElement);
  }, [html]);
  return <div ref={body} className="article__body" />;
}
