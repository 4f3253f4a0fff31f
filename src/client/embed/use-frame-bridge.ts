import { useEffect, useRef } from 'react';
import { isHostMessage } from '../../core/embed-protocol';
import { onReveal, requestHandover } from '../lib/page-signals';
import { applyTheme } from '../lib/theme';
import { contentHeight, postToHost, type FramePayload } from './frame-channel';

/**
 * Talks to the page that embeds this frame: reports the content's height (from a
 * ResizeObserver, once real content has rendered), errors and permalinks; takes theme and config
 * messages, only from the parent window and, where the host told us its origin, only from it.
 */
export function useFrameBridge({
  contentReady,
  error,
  hostOrigin,
}: {
  contentReady: boolean;
  error: string | null;
  hostOrigin: string | null;
}) {
  const lastHeight = useRef(-1);
  const ready = useRef(false);

  useEffect(() => {
    const post = (message: FramePayload) => postToHost(message, hostOrigin);

    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || window.parent === window) return;
      if (hostOrigin !== null && event.origin !== hostOrigin) return;
      if (!isHostMessage(event.data)) return;
      const message = event.data;
      if (message.type === 'theme') applyTheme(message.theme);
      else if (message.commentId) window.location.hash = `comment-${message.commentId}`;
    };
    window.addEventListener('message', onMessage);

    const stopRevealing = onReveal((id) => {
      const element = document.getElementById(`comment-${id}`);
      if (element) {
        post({
          type: 'permalink',
          commentId: id,
          offset: Math.round(element.getBoundingClientRect().top + window.scrollY),
        });
      }
    });

    let observer: ResizeObserver | undefined;
    if (error !== null) {
      post({ type: 'error', message: error });
    }
    if (contentReady || error !== null) {
      // The boot script may have shown the frame already (the server rendered the first view).
      if (requestHandover()?.hostWasToldReady) ready.current = true;
      const report = () => {
        const height = contentHeight();
        if (height === lastHeight.current) return;
        lastHeight.current = height;
        post({ type: ready.current ? 'resize' : 'ready', height });
        ready.current = true;
      };
      observer = new ResizeObserver(report);
      observer.observe(document.documentElement);
      report();
    }

    return () => {
      window.removeEventListener('message', onMessage);
      stopRevealing();
      observer?.disconnect();
    };
  }, [contentReady, error, hostOrigin]);
}
