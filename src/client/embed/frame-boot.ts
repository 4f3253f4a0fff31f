import { firstViewElementId } from '../../core/first-view';
import {
  bridgeTakesOverEvent,
  contentHeight,
  hostOriginFrom,
  postToHost,
  type Handover,
} from './frame-channel';

/**
 * /embed-frame.js: a classic script at the end of an embed page whose comments the server
 * rendered. The discussion is already on screen, so it tells the host page at once (with the
 * height) instead of waiting for the app's script, and keeps the height current until the app's
 * bridge takes over. Until then a press of Enter must not submit the form the old way (the
 * frame would navigate away with the text in its address).
 */
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
  window.addEventListener(
    bridgeTakesOverEvent,
    (event) => {
      observer.disconnect();
      document.removeEventListener('submit', holdSubmit);
      (event as CustomEvent<Handover>).detail.hostWasToldReady = told;
    },
    { once: true },
  );
}
