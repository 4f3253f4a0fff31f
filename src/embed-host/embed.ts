/**
 * The host-page script (/embed.js): puts Parley's discussion of an article into any page.
 *
 *   <script src="https://PARLEY/embed.js" data-article="SLUG" data-theme="auto" async></script>
 *   or <div data-parley-article="SLUG" data-parley-view="full"></div> plus the script anywhere.
 *
 * Plain TypeScript, no framework: it creates each iframe, keeps it hidden until the app inside
 * says it has rendered (or a few seconds have passed), sizes it to its content, and scrolls the
 * page to a permalinked comment. window.Parley offers setTheme, mount and destroy.
 */
import { commentHashOf, commentIdFromHash } from '../core/comment-hash';
import {
  frameColorScheme,
  isFrameMessage,
  isTheme,
  type HostMessage,
  type Theme,
  type Unwrapped,
} from '../core/embed-protocol';

interface Embed {
  iframe: HTMLIFrameElement;
  setTheme(theme: Theme): void;
  destroy(): void;
}

interface Options {
  article: string;
  theme?: string | null;
  view?: string | null;
}

/** Show the frame anyway if it has not said it is ready by then (slow network, blocked frame). */
const readyTimeoutMs = 4000;

const script = document.currentScript as HTMLScriptElement | null;
const parleyOrigin = new URL(script?.src ?? '/', location.href).origin;
const embeds: Embed[] = [];

function mount(target: Element, options: Options): Embed {
  const iframe = document.createElement('iframe');
  const theme = isTheme(options.theme) ? options.theme : 'auto';
  const query = new URLSearchParams({
    view: options.view === 'full' ? 'full' : 'comments',
    theme,
    origin: location.origin,
  });
  const comment = commentIdFromHash(location.hash);
  iframe.src = `${parleyOrigin}/embed/${encodeURIComponent(options.article)}?${query}${
    comment === null ? '' : commentHashOf(comment)
  }`;
  iframe.title = 'Comments';
  iframe.loading = 'lazy';
  iframe.setAttribute('scrolling', 'no');
  iframe.style.cssText = 'display:block;width:100%;height:150px;border:0;visibility:hidden';
  iframe.style.colorScheme = frameColorScheme(theme);

  let ready = false;
  // A permalink can be reported before the frame is sized: its scroll waits for "ready".
  let pendingOffset: number | null = null;
  const scrollToOffset = (offset: number) => {
    const top = iframe.getBoundingClientRect().top + scrollY + offset;
    scrollTo({ top: Math.max(0, top - innerHeight / 3) });
  };
  const show = () => (iframe.style.visibility = 'visible');
  const fallback = setTimeout(show, readyTimeoutMs);
  const send = (message: Unwrapped<HostMessage>) =>
    iframe.contentWindow?.postMessage(
      { source: 'parley-host', version: 1, ...message },
      parleyOrigin,
    );

  const onMessage = (event: MessageEvent) => {
    // Only this embed's own frame, served from Parley's origin, is listened to.
    if (event.source !== iframe.contentWindow || event.origin !== parleyOrigin) return;
    const message = event.data;
    if (!isFrameMessage(message)) return;
    if (message.type === 'ready' || message.type === 'resize') {
      iframe.style.height = `${message.height}px`;
    }
    if (message.type === 'ready' || message.type === 'error') {
      clearTimeout(fallback);
      show();
      ready = true;
      if (pendingOffset !== null) scrollToOffset(pendingOffset);
      pendingOffset = null;
    }
    if (message.type === 'permalink') {
      history.replaceState(history.state, '', commentHashOf(message.commentId));
      if (ready) scrollToOffset(message.offset);
      else pendingOffset = message.offset;
    }
  };
  const onHashChange = () => {
    const id = commentIdFromHash(location.hash);
    if (id !== null) send({ type: 'config', commentId: id });
  };
  addEventListener('message', onMessage);
  addEventListener('hashchange', onHashChange);
  target.appendChild(iframe);

  const embed: Embed = {
    iframe,
    setTheme(next) {
      iframe.style.colorScheme = frameColorScheme(next);
      send({ type: 'theme', theme: next });
    },
    destroy() {
      clearTimeout(fallback);
      removeEventListener('message', onMessage);
      removeEventListener('hashchange', onHashChange);
      iframe.remove();
      embeds.splice(embeds.indexOf(embed), 1);
    },
  };
  embeds.push(embed);
  return embed;
}

function mountAll() {
  for (const target of document.querySelectorAll(
    '[data-parley-article]:not([data-parley-mounted])',
  )) {
    target.setAttribute('data-parley-mounted', '');
    mount(target, {
      article: target.getAttribute('data-parley-article')!,
      theme: target.getAttribute('data-parley-theme'),
      view: target.getAttribute('data-parley-view'),
    });
  }
  const article = script?.dataset.article;
  if (script && article && !script.hasAttribute('data-parley-mounted')) {
    script.setAttribute('data-parley-mounted', '');
    const target = document.createElement('div');
    script.after(target);
    mount(target, { article, theme: script.dataset.theme, view: script.dataset.view });
  }
}

declare global {
  interface Window {
    Parley?: {
      embeds: Embed[];
      mount(target: Element, options: Options): Embed;
      setTheme(theme: Theme): void;
      destroy(): void;
    };
  }
}

window.Parley = {
  embeds,
  mount,
  setTheme: (theme) => embeds.forEach((e) => e.setTheme(theme)),
  destroy: () => [...embeds].forEach((e) => e.destroy()),
};

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
