import type { FrameMessage, Unwrapped } from '../../core/embed-protocol';

/**
 * What the frame's two speakers share: the boot script (frame-boot.ts), which shows the frame as
 * soon as the server's HTML is on screen, and the app's bridge (use-frame-bridge.ts), which takes
 * over once the app has started.
 */

export type FramePayload = Unwrapped<FrameMessage>;

/** Sends a message to the page that frames this one; nothing when the page is not framed. */
export function postToHost(message: FramePayload, hostOrigin: string | null): void {
  if (window.parent === window) return;
  window.parent.postMessage({ source: 'parley', version: 1, ...message }, hostOrigin ?? '*');
}

/** The height the host must give the frame to show all of it. */
export const contentHeight = (): number =>
  Math.ceil(document.documentElement.getBoundingClientRect().height);

/** The host page's origin, as its script passed it (`origin=`); anything else is ignored. */
export function hostOriginFrom(search: string): string | null {
  const value = new URLSearchParams(search).get('origin');
  if (!value) return null;
  try {
    return new URL(value).origin === value ? value : null;
  } catch {
    return null;
  }
}
