import { firstViewElementId } from '../../core/first-view';
import { earlyClickOn, onHandoverRequest, writeEarlyClick } from '../lib/page-signals';
import { contentHeight, hostOriginFrom, postToHost } from './frame-channel';

/**
 * /embed-frame.js: a classic script at the end of an embed page whose comments the server
 * rendered. The discussion is already on screen, so it tells the host page at once (with the
 * height) instead of waiting for the app's script, and keeps the height current until the app's
 * bridge takes over. Until then a press of Enter must not submit the form the old way (the
 * frame would navigate away with the text in its address), and a button pressed is noted, for
 * the app to press once it is there (src/client/embed/carry-over.ts).
 *
 * It also starts the app: the server left the app's script out of the page and named it here
 * (`data-app`, with the modules it needs first in `data-preload`), to be asked for once the first
 * view has been painted. The first view needs none of it, so none of it competes with it.
 */
const boot = document.currentScript?.dataset;
if (document.getElementById(firstViewElementId)) {
  const hostOrigin = hostOriginFrom(window.location.search);
  let told = false;
  let lastHeight = -1;
  const report = () => {
    const height = contentHeight();
    if (height === lastHeight) return;
    lastHeight = height;
    postToHost({ type: told ? 'resize' : 'ready', height }, hostOrigin);
    told = true;
  };
  const observer = new ResizeObserver(report);
  observer.observe(document.documentElement);
  const holdSubmit = (event: Event) => event.preventDefault();
  document.addEventListener('submit', holdSubmit);
  const noteClick = (event: MouseEvent) => {
    const click = earlyClickOn(event.target);
    if (click) writeEarlyClick(click);
  };
  document.addEventListener('click', noteClick);
  onHandoverRequest(() => {
    observer.disconnect();
    document.removeEventListener('submit', holdSubmit);
    document.removeEventListener('click', noteClick);
    return { hostWasToldReady: told };
  });

  // Once the first view has been painted; or at the load event, where a frame out of sight gets
  // no frames painted. Whichever comes first.
  let started = false;
  const startApp = () => {
    if (started) return;
    started = true;
    for (const href of boot?.preload?.split(' ').filter(Boolean) ?? []) {
      document.head.append(
        Object.assign(document.createElement('link'), {
          rel: 'modulepreload',
          href,
          crossOrigin: '',
        }),
      );
    }
    if (boot?.app) {
      document.head.append(
        Object.assign(document.createElement('script'), {
          type: 'module',
          src: boot.app,
          crossOrigin: '',
        }),
      );
    }
  };
  requestAnimationFrame(() => setTimeout(startApp));
  if (document.readyState === 'complete') startApp();
  else window.addEventListener('load', startApp, { once: true });
}
