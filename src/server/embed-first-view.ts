import type { Handler } from 'hono';
import { firstViewElementId, firstViewJson, type FirstView } from '../core/first-view';
import { isTheme } from '../core/embed-protocol';
import { limits } from '../core/limits';
import { encodeOnce, sendEncoded, type EncodedBody } from './json-once';
import { withFeedLinks } from './feed-links';
import { commentSchema, type CommentPage } from '../core/schemas';
import { keepValid } from '../core/validate';
import type { Store } from './store';
import { createTurns, type Turns } from './turns';

/** Renders the embed's comments view to HTML (the client's `renderEmbedFirstView`). */
export type EmbedRenderer = (input: {
  path: string;
  /** The query string, without its "?": empty, as no parameter changes what is rendered. */
  search: string;
  locale: string;
  view: FirstView;
}) => Promise<string>;

/** The language a view is rendered in, from the address's `lang` and the Accept-Language header. */
export type EmbedLocale = (search: string, acceptLanguage: string | undefined) => string;

/** The script that shows the frame as soon as this HTML is on screen (src/client/embed/frame-boot.ts). */
export const frameBootScript = '/embed-frame.js';

/** How long a rendered view is reused: its "3 minutes ago" may be a minute behind. */
const renderedLifetimeMs = 60_000;

/** A view as rendered (or being rendered), and whether a newer one is on its way. */
interface RenderedView {
  at: number;
  html: Promise<EncodedBody>;
  refreshing: boolean;
}

const rootElement = '<div id="root"></div>';
const htmlElement = /<html lang="[^"]*">/;
const moduleScript = /\s*<script type="module"[^>]* src="([^"]+)"[^>]*><\/script>/g;
const modulePreload = /\s*<link rel="modulepreload"[^>]* href="([^"]+)"[^>]*>/g;

/**
 * The template without the app's script tags, and what they loaded: the boot script asks for
 * those once the first view has been painted, so nothing competes with it.
 */
function withoutAppScripts(template: string) {
  const entries = [...template.matchAll(moduleScript)].map((match) => match[1]!);
  if (entries.length !== 1) {
    throw new Error(`index.html must load one module script, not ${entries.length}.`);
  }
  return {
    page: template.replace(moduleScript, '').replace(modulePreload, ''),
    app: entries[0]!,
    imports: [...template.matchAll(modulePreload)].map((match) => match[1]!),
  };
}

/**
 * GET /embed/<slug> (the comments view) with its first view in the HTML: the thread and the
 * Leave a Reply form, rendered by the client's components from the article and its first page of
 * comments, and that data beside it for the app to start from. The host page can show the
 * discussion before the app's script arrives; the app then renders over it. Anything this does
 * not render (the full view, an unknown article) falls through to the single-page app.
 */
export function embedFirstView({
  store,
  template,
  render,
  localeOf,
  preload = () => [],
  now = Date.now,
  turns = createTurns(),
}: {
  store: Store;
  /** The built client's index.html. */
  template: string;
  render: EmbedRenderer;
  localeOf: EmbedLocale;
  /**
   * Modules the app needs before it renders over a first view in `locale`: the reply form's,
   * and the language's catalogue where it is a module of its own.
   */
  preload?: (locale: string) => readonly string[];
  now?: () => number;
  /** Shared with the store: a render waits its turn with the other heavy work (turns.ts). */
  turns?: Turns;
}): Handler {
  if (!template.includes(rootElement) || !htmlElement.test(template)) {
    throw new Error(`index.html must have ${rootElement} and <html lang="…">.`);
  }
  const { page: shell, app, imports } = withoutAppScripts(template);
  // One boot script per language (the preloads name its catalogue), made once.
  const bootScripts = new Map<string, string>();
  const bootScript = (locale: string) => {
    let script = bootScripts.get(locale);
    if (script === undefined) {
      const modules = new Set([...imports, ...preload(locale)]);
      modules.delete(app); // asked for as the script itself
      script = `<script src="${frameBootScript}" data-app="${app}" data-preload="${[...modules].join(' ')}"></script>`;
      bootScripts.set(locale, script);
    }
    return script;
  };
  // Rendered views per page of comments: the store hands out the same page until a write. A view
  // is stored while it renders, so the requests that ask for it meanwhile wait for that render.
  const rendered = new WeakMap<CommentPage, Map<string, RenderedView>>();

  return async (c, next) => {
    const url = new URL(c.req.url);
    if (url.searchParams.get('view') === 'full') return next();
    const slug = c.req.param('slug') ?? '';
    const [article, comments] = await Promise.all([
      store.getArticle(slug),
      store.listComments(slug, { sort: 'oldest', limit: limits.commentsPageDefault, cursor: null }),
    ]);
    if (!article || !comments) return next();

    // One thread's view (a permalink) is left to the app: rendering a view for each thread on
    // demand would let a client keep the server rendering. What is rendered is keyed only by
    // what changes it, never by the header or address as sent: a page has a view per language
    // and theme, rendered at most once a minute until a comment is written.
    if (url.searchParams.has('thread')) return next();
    const locale = localeOf(url.search, c.req.header('accept-language'));
    const asked = url.searchParams.get('theme');
    const theme = isTheme(asked) && asked !== 'auto' ? asked : null;

    const views = rendered.get(comments) ?? new Map<string, RenderedView>();
    rendered.set(comments, views);
    const key = `${locale}\n${theme}`;
    // Every reader of the page gets this view: it goes ahead of pages a client invents (turns.ts).
    const renderView = async () => {
      await turns.take({ ahead: true });
      // As the app will: a stored comment that breaks the contract (an old or imported record)
      // is left out and reported, so it can neither break the render nor differ from the app.
      const valid = keepValid(commentSchema, comments.comments, 'stored comment');
      const view: FirstView = {
        slug,
        sort: 'oldest',
        article,
        comments: { ...comments, comments: valid },
      };
      const html = await render({ path: url.pathname, search: '', locale, view });
      return encodeOnce(pageHtml(shell, bootScript(locale), { html, locale, view, theme }));
    };
    const remember = (fresh: RenderedView) => {
      views.set(key, fresh);
      fresh.html.catch(() => views.get(key) === fresh && views.delete(key));
    };
    let page = views.get(key);
    if (!page) {
      remember((page = { at: now(), html: renderView(), refreshing: false }));
    } else if (now() - page.at > renderedLifetimeMs && !page.refreshing) {
      // Sent as it is while it is rendered again, rather than kept waiting for the render.
      const stale = page;
      stale.refreshing = true;
      renderView().then(
        (html) =>
          views.get(key) === stale &&
          remember({ at: now(), html: Promise.resolve(html), refreshing: false }),
        () => (stale.refreshing = false),
      );
    }
    c.header('Cache-Control', 'no-cache');
    // The page is in the reader's language: caches must keep one per Accept-Language.
    c.header('Vary', 'Accept-Language', { append: true });
    // Gzipped once per rendered view, not on every request.
    return sendEncoded(c, await page.html, 'text/html; charset=UTF-8');
  };
}

function pageHtml(
  template: string,
  bootScript: string,
  {
    html,
    locale,
    view,
    theme,
  }: { html: string; locale: string; view: FirstView; theme: string | null },
): string {
  const themeAttribute = theme === null ? '' : ` data-theme="${theme}"`;
  // Replacement functions, not strings: a comment's "$&" must stay text, not a pattern.
  return withFeedLinks(template, view.article)
    .replace(htmlElement, () => `<html lang="${locale}" data-embed${themeAttribute}>`)
    .replace(
      rootElement,
      () =>
        `<div id="root">${html}</div>` +
        `<script type="application/json" id="${firstViewElementId}">${firstViewJson(view)}</script>` +
        bootScript,
    );
}
