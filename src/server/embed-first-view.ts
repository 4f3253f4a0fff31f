import type { Handler } from 'hono';
import { firstViewElementId, firstViewJson, type FirstView } from '../core/first-view';
import { isTheme } from '../core/embed-protocol';
import { limits } from '../core/limits';
import { encodeOnce, sendEncoded, type EncodedBody } from './json-once';
import type { CommentPage } from '../core/schemas';
import type { Store } from './store';

/** Renders the embed's comments view to HTML (the client's `renderEmbedFirstView`). */
export type EmbedRenderer = (input: {
  path: string;
  search: string;
  acceptLanguage: string | undefined;
  view: FirstView;
}) => Promise<{ html: string; locale: string }>;

/** The script that shows the frame as soon as this HTML is on screen (src/client/embed/frame-boot.ts). */
export const frameBootScript = '/embed-frame.js';

/** How long a rendered view is reused: its "3 minutes ago" may be a minute behind. */
const renderedLifetimeMs = 60_000;
/**
 * Views kept per page of comments, the oldest dropped first: the few that theme, language and
 * thread make, and no more however many addresses a client invents.
 */
const renderedPerPage = 16;
/** The address's parameters that change the page; the rest (the host's origin) do not. */
const renderedParams = ['lang', 'thread', 'theme'];

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
  preload = () => [],
  now = Date.now,
}: {
  store: Store;
  /** The built client's index.html. */
  template: string;
  render: EmbedRenderer;
  /**
   * Modules the app needs before it renders over a first view in `locale`: the reply form's,
   * and the language's catalogue where it is a module of its own.
   */
  preload?: (locale: string) => readonly string[];
  now?: () => number;
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
  // Rendered views per page of comments: the store hands out the same page until a write.
  const rendered = new WeakMap<CommentPage, Map<string, { at: number; html: EncodedBody }>>();

  return async (c, next) => {
    const url = new URL(c.req.url);
    if (url.searchParams.get('view') === 'full') return next();
    const slug = c.req.param('slug') ?? '';
    const [article, comments] = await Promise.all([
      store.getArticle(slug),
      store.listComments(slug, { sort: 'oldest', limit: limits.commentsPageDefault, cursor: null }),
    ]);
    if (!article || !comments) return next();

    let views = rendered.get(comments);
    if (!views) rendered.set(comments, (views = new Map()));
    const acceptLanguage = c.req.header('accept-language');
    const search = new URLSearchParams(
      renderedParams.flatMap((name) => url.searchParams.getAll(name).map((value) => [name, value])),
    ).toString();
    const key = `${search}\n${acceptLanguage ?? ''}`;
    let page = views.get(key);
    if (!page || now() - page.at > renderedLifetimeMs) {
      const view: FirstView = { slug, sort: 'oldest', article, comments };
      const { html, locale } = await render({ path: url.pathname, search, acceptLanguage, view });
      page = {
        at: now(),
        html: encodeOnce(
          pageHtml(shell, bootScript(locale), {
            html,
            locale,
            view,
            theme: url.searchParams.get('theme'),
          }),
        ),
      };
      views.delete(key);
      views.set(key, page);
      if (views.size > renderedPerPage) views.delete(views.keys().next().value!);
    }
    c.header('Cache-Control', 'no-cache');
    // Gzipped once per rendered view, not on every request.
    return sendEncoded(c, page.html, 'text/html; charset=UTF-8');
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
  const themeAttribute = isTheme(theme) && theme !== 'auto' ? ` data-theme="${theme}"` : '';
  // Replacement functions, not strings: a comment's "$&" must stay text, not a pattern.
  return template
    .replace(htmlElement, () => `<html lang="${locale}" data-embed${themeAttribute}>`)
    .replace(
      rootElement,
      () =>
        `<div id="root">${html}</div>` +
        `<script type="application/json" id="${firstViewElementId}">${firstViewJson(view)}</script>` +
        bootScript,
    );
}
