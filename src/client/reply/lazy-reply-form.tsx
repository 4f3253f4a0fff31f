import { lazyWithPreload } from '../lib/lazy-with-preload';

/**
 * The reply form's code (fields, validation, draft saving) is not needed to read a discussion:
 * it loads when the reader goes for Reply, or as the "Leave a Reply" form comes near.
 */
export const LazyReplyForm = lazyWithPreload(() =>
  import('./reply-form').then((module) => module.ReplyForm),
);

/** Starts loading the form's code (the embed does, with its data: it shows once the form is there). */
export const preloadReplyForm = () => LazyReplyForm.preload();

/** Where the form will be, as tall as it will be, so nothing jumps when it arrives. */
export function ReplyFormPlaceholder() {
  return <div className="reply-form" aria-busy="true" style={{ minHeight: '24rem' }} />;
}
