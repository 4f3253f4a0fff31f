/*
 * The messages parts of the client pass through the page itself rather than through props,
 * because the sender and the listener live in separate trees (or one of them in no React tree at
 * all: the embed's boot script). Each has a typed sender and a typed listener here, so its name
 * and its payload are written once.
 */

const revealEvent = 'parley:reveal';

/** Says that a permalink has brought comment `commentId` into view. */
export function announceReveal(commentId: string): void {
  window.dispatchEvent(new CustomEvent<string>(revealEvent, { detail: commentId }));
}

/** Calls `listener` with each revealed comment's id until the returned function is called. */
export function onReveal(listener: (commentId: string) => void): () => void {
  const handle = (event: Event) => {
    const { detail } = event as CustomEvent<unknown>;
    if (typeof detail === 'string') listener(detail);
  };
  window.addEventListener(revealEvent, handle);
  return () => window.removeEventListener(revealEvent, handle);
}

/*
 * The embed's handover: its boot script (src/client/embed/frame-boot.ts) keeps the host told of
 * the server-rendered first view's height until the app's bridge asks to take over. The bridge
 * asks, the boot script stops and answers; each message carries its own payload.
 */

const handoverRequestEvent = 'parley:handover-request';
const handoverAnswerEvent = 'parley:handover-answer';

/** What the boot script tells the bridge as it stops. */
export interface Handover {
  /** Whether it already told the host `ready`: the bridge then only reports resizes. */
  hostWasToldReady: boolean;
}

/**
 * The bridge's side: asks the boot script to stop, and returns its answer; null where there is
 * no boot script (a page without a server-rendered first view) or it has stopped already.
 * Events are dispatched synchronously, so the answer is in before this returns.
 */
export function requestHandover(): Handover | null {
  let answer: Handover | null = null;
  const take = (event: Event) => {
    const told = (event as CustomEvent<Partial<Handover> | null>).detail?.hostWasToldReady;
    if (typeof told === 'boolean') answer = { hostWasToldReady: told };
  };
  window.addEventListener(handoverAnswerEvent, take);
  // A listener's error is reported, never thrown here: the listener always comes off.
  window.dispatchEvent(new Event(handoverRequestEvent));
  window.removeEventListener(handoverAnswerEvent, take);
  return answer;
}

/**
 * The boot script's side: on the first request, calls `handOver` (which stops what the boot
 * script does) and answers with what it returns. The returned function stops listening.
 */
export function onHandoverRequest(handOver: () => Handover): () => void {
  const handle = () => {
    window.removeEventListener(handoverRequestEvent, handle);
    window.dispatchEvent(new CustomEvent<Handover>(handoverAnswerEvent, { detail: handOver() }));
  };
  window.addEventListener(handoverRequestEvent, handle);
  return () => window.removeEventListener(handoverRequestEvent, handle);
}

/*
 * The early click: a button pressed on the embed's server-rendered first view before the app
 * started is noted by the boot script and pressed again by the app (src/client/embed/
 * carry-over.ts). Both find the button by the data-* hooks the components put on it, never by
 * its label or its classes, which are the components' own business.
 */

/** The buttons an early click may target, each marked by its component with actionHooks. */
export const earlyClickActions = [
  'collapse',
  'reply',
  'show-more',
  'read-more',
  'collapse-all',
  'load-more',
  'shortcuts',
] as const;
export type EarlyClickAction = (typeof earlyClickActions)[number];

const actionAttribute = 'data-parley-action';
const commentAttribute = 'data-comment-id';
const earlyClickAttribute = 'data-parley-early-click';

/** A button pressed early: what it does, and to which comment (null: to none). */
export interface EarlyClick {
  action: EarlyClickAction;
  commentId: string | null;
}

/** The attributes that mark a button as `action`, of comment `commentId` where it has one. */
export const actionHooks = (action: EarlyClickAction, commentId: string | null = null) => ({
  [actionAttribute]: action,
  [commentAttribute]: commentId ?? undefined,
});

/** The early click that a press on `target` stands for; null off the marked buttons. */
export function earlyClickOn(target: EventTarget | null): EarlyClick | null {
  const button = target instanceof Element ? target.closest(`[${actionAttribute}]`) : null;
  if (!button) return null;
  return toEarlyClick(button.getAttribute(actionAttribute), button.getAttribute(commentAttribute));
}

/** The button of `root` that `click` was made on, in the app's render; null if there is none. */
export function buttonOf(root: ParentNode, click: EarlyClick): HTMLElement | null {
  const marked = root.querySelectorAll<HTMLElement>(`[${actionAttribute}="${click.action}"]`);
  return (
    Array.from(marked).find(
      (button) => button.getAttribute(commentAttribute) === click.commentId,
    ) ?? null
  );
}

/** Notes `click` on the page (on <html>, where the app finds it once it starts). */
export function writeEarlyClick(click: EarlyClick): void {
  document.documentElement.setAttribute(earlyClickAttribute, JSON.stringify(click));
}

/** The click noted on the page; null when there is none or it is not one of ours. */
export function readEarlyClick(): EarlyClick | null {
  const noted = document.documentElement.getAttribute(earlyClickAttribute);
  if (noted === null) return null;
  try {
    const { action, commentId } = JSON.parse(noted) as Record<string, unknown>;
    return toEarlyClick(action, commentId);
  } catch {
    return null;
  }
}

/** Forgets the noted click: it is pressed once at most. */
export function clearEarlyClick(): void {
  document.documentElement.removeAttribute(earlyClickAttribute);
}

function toEarlyClick(action: unknown, commentId: unknown): EarlyClick | null {
  if (!isEarlyClickAction(action)) return null;
  if (commentId !== null && typeof commentId !== 'string') return null;
  return { action, commentId };
}

const isEarlyClickAction = (value: unknown): value is EarlyClickAction =>
  earlyClickActions.some((action) => action === value);

/*
 * The Leave a Reply form (the article's own, not a reply's), which the reader may type into
 * before the embed's app starts: the app carries those words over into its own render of it.
 */

const formAttribute = 'data-parley-form';

/** The attribute that marks the Leave a Reply form's section. */
export const leaveReplyFormHooks = { [formAttribute]: 'leave-reply' } as const;

/** The selector for what leaveReplyFormHooks marks. */
export const leaveReplyFormSelector = `[${formAttribute}="leave-reply"]`;
