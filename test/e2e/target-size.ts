import type { Frame, Page } from 'playwright-core';

/** One interactive element as the reader's finger meets it. */
export interface Target {
  /**
   * Tag, class (or "@" and its parent's class) and accessible name or text, as in
   * `a.comment__permalink "3 days ago…"` or `a@comment__in-reply-to "Ana"`.
   */
  what: string;
  width: number;
  height: number;
  /** A primary action: must be 44 px tall (see `primaryTargets`). */
  primary: boolean;
}

/**
 * The primary actions, which must be at least 44 px tall on a phone: what a reader does to take
 * part or to move through the discussion. Reply, the reply forms' Send, Cancel and Retry, the
 * collapse toggle, "Load more comments", "Show more replies", "Show more" of a long comment, the
 * toolbar's sort and collapse-all, the theme switch, and every form field. Everything else (the
 * time link, author links, "In reply to", "Continue this thread", the draft's Discard) must be
 * at least 24 × 24 px.
 */
export const primaryTargets = [
  '.comment-actions__reply',
  '.reply-form button[type="submit"]',
  '.reply-form .button',
  '.collapse-toggle',
  '.discussion__more .button',
  '.comment__more',
  '.long-comment__toggle',
  '.thread-toolbar select',
  '.thread-toolbar .button',
  '.theme-switch select',
  '.reply-form__input',
].join(', ');

/**
 * Links inside running text: WCAG 2.5.8's "inline" exception (their size is the line's). Every
 * other target is measured.
 */
const inlineText = '.article__body, .comment__body, .lead-figure__caption, .error-panel p';

/** Every visible interactive element of the page or frame, with its size in CSS pixels. */
export function measureTargets(target: Page | Frame): Promise<Target[]> {
  return target.evaluate(
    ({ primarySelector, inlineSelector }) => {
      const interactive = document.querySelectorAll<HTMLElement>(
        'a[href], button, select, textarea, input:not([type="hidden"]), summary, [tabindex]:not([tabindex="-1"])',
      );
      const found: {
        what: string;
        width: number;
        height: number;
        primary: boolean;
      }[] = [];
      for (const element of interactive) {
        if (element.closest(inlineSelector)) continue;
        // Out of reach: not rendered, or inside the honeypot that only robots fill in.
        if (element.closest('[aria-hidden="true"], [inert]')) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        // The skip link waits off screen until it has focus (measured separately).
        if (box.right < 0) continue;
        const name =
          element.getAttribute('aria-label') ??
          element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ??
          '';
        // Its first class, or its parent's after an "@" (the links of a comment's header).
        const ownClass = String(element.className).split(' ')[0];
        const parentClass = String(element.parentElement?.className ?? '').split(' ')[0];
        const classes = ownClass ? `.${ownClass}` : parentClass ? `@${parentClass}` : '';
        found.push({
          what: `${element.tagName.toLowerCase()}${classes} "${name}"`,
          width: Math.round(box.width * 100) / 100,
          height: Math.round(box.height * 100) / 100,
          primary: element.matches(primarySelector),
        });
      }
      return found;
    },
    { primarySelector: primaryTargets, inlineSelector: inlineText },
  );
}

/** The targets that are too small: under 24 × 24 px, or a primary one under 44 px tall. */
export function tooSmall(targets: readonly Target[]): string[] {
  return targets
    .filter((t) => t.width < 24 || t.height < 24 || (t.primary && t.height < 44))
    .map((t) => `${t.what}: ${t.width}×${t.height}${t.primary ? ' (primary: 44 px tall)' : ''}`);
}
