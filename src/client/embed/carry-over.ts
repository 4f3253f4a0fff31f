import { caretToEnd } from '../lib/caret';
import {
  buttonOf,
  clearEarlyClick,
  leaveReplyFormSelector,
  readEarlyClick,
} from '../lib/page-signals';

/*
 * What a reader did to the embed's server-rendered first view before the app started, carried
 * over to the app, which replaces that view with its own render.
 */

/**
 * The server-rendered Leave a Reply form can be typed into before the app starts, and the app's
 * first render replaces it. This keeps those words: call it just before that render, and call
 * what it returns just after. The typed values are then entered into the app's form as input
 * (so the form keeps and saves them as it does any typing; after a restored draft's text, never
 * over it), and the caret goes back to the field the reader was in.
 */
export function carryOverTyping(root: HTMLElement): () => void {
  const before = fieldsOf(root);
  const typed = before.filter((field) => field.value !== field.defaultValue);
  const focusedName = before.find((field) => field === document.activeElement)?.name;
  if (typed.length === 0 && focusedName === undefined) return () => undefined;
  const values = typed.map((field) => [field.name, field.value] as const);

  return () => {
    const after = new Map(fieldsOf(root).map((field) => [field.name, field]));
    for (const [name, value] of values) {
      const field = after.get(name);
      if (!field) continue;
      const restored = field.value.trim() !== '' && field.value !== value ? field.value : '';
      enter(
        field,
        restored && field instanceof HTMLTextAreaElement ? `${restored}\n\n${value}` : value,
      );
    }
    const focused = focusedName === undefined ? undefined : after.get(focusedName);
    if (!focused) return;
    focused.focus();
    caretToEnd(focused);
  };
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The named text fields of the Leave a Reply form (the article's own, not a reply's). */
const fieldsOf = (root: HTMLElement): TextField[] =>
  Array.from(
    root.querySelectorAll<TextField>(
      `${leaveReplyFormSelector} textarea[name], ${leaveReplyFormSelector} input[name]`,
    ),
  ).filter((field) => field.type !== 'checkbox' && field.type !== 'hidden');

/**
 * Types `value` into a field the way the reader would: through the element's own value setter
 * and an input event, which is what React listens to.
 */
function enter(field: TextField, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Presses again, in the app's render, the last button the reader pressed before the app started
 * (noted by the boot script): the one that does the same, to the same comment. Nothing when there
 * is no such button any more (the app shows that comment differently, say): better no press than
 * the wrong one.
 */
export function replayEarlyClick(root: HTMLElement): void {
  const click = readEarlyClick();
  clearEarlyClick();
  if (click) buttonOf(root, click)?.click();
}
