import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  actionHooks,
  announceReveal,
  buttonOf,
  clearEarlyClick,
  earlyClickOn,
  leaveReplyFormHooks,
  leaveReplyFormSelector,
  onHandoverRequest,
  onReveal,
  readEarlyClick,
  requestHandover,
  writeEarlyClick,
} from '../../src/client/lib/page-signals';

/** Elements from markup, in a fresh container on the page. */
function page(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** A button carrying `hooks` as its attributes (what React writes for them). */
function markedButton(hooks: Record<string, string | undefined>, text = '') {
  const button = document.createElement('button');
  for (const [name, value] of Object.entries(hooks)) {
    if (value !== undefined) button.setAttribute(name, value);
  }
  button.textContent = text;
  return button;
}

afterEach(() => {
  document.body.replaceChildren();
  clearEarlyClick();
});

describe('the permalink reveal', () => {
  it('reaches each listener with the comment’s id until it stops listening', () => {
    const heard: string[] = [];
    const stop = onReveal((id) => heard.push(id));
    announceReveal('7');
    stop();
    announceReveal('8');
    expect(heard).toEqual(['7']);
  });
});

describe('the embed’s handover', () => {
  it('is null where no boot script listens', () => {
    expect(requestHandover()).toBeNull();
  });

  it('stops the boot script once and brings its answer back', () => {
    const stop = vi.fn(() => ({ hostWasToldReady: true }));
    onHandoverRequest(stop);
    expect(requestHandover()).toEqual({ hostWasToldReady: true });
    // Asked again (a second bridge, StrictMode's second effect): the boot script has stopped.
    expect(requestHandover()).toBeNull();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('gives each side its own copy: the bridge cannot change what the boot script holds', () => {
    const held = { hostWasToldReady: false };
    onHandoverRequest(() => held);
    const answer = requestHandover()!;
    answer.hostWasToldReady = true;
    expect(held.hostWasToldReady).toBe(false);
  });

  it('ignores an answer it cannot read, and a boot script that stopped listening', () => {
    const stopListening = onHandoverRequest(() => ({ hostWasToldReady: true }));
    stopListening();
    expect(requestHandover()).toBeNull();
    const strange = () =>
      window.dispatchEvent(
        new CustomEvent('parley:handover-answer', { detail: { hostWasToldReady: 'yes' } }),
      );
    window.addEventListener('parley:handover-request', strange);
    expect(requestHandover()).toBeNull();
    window.removeEventListener('parley:handover-request', strange);
  });
});

describe('the early click', () => {
  it('is noted from a press on a marked button, or on what is inside it', () => {
    const button = markedButton(actionHooks('collapse', '5'));
    button.innerHTML = '<span>−</span>';
    page('').append(button);
    expect(earlyClickOn(button)).toEqual({ action: 'collapse', commentId: '5' });
    expect(earlyClickOn(button.firstChild)).toEqual({ action: 'collapse', commentId: '5' });
    expect(earlyClickOn(page('<button>Reply</button>').firstChild)).toBeNull();
    expect(earlyClickOn(null)).toBeNull();
    expect(earlyClickOn(window)).toBeNull();
  });

  it('is written, read back and cleared as it was', () => {
    expect(readEarlyClick()).toBeNull();
    writeEarlyClick({ action: 'reply', commentId: '12' });
    expect(readEarlyClick()).toEqual({ action: 'reply', commentId: '12' });
    writeEarlyClick({ action: 'collapse', commentId: null });
    expect(readEarlyClick()).toEqual({ action: 'collapse', commentId: null });
    clearEarlyClick();
    expect(readEarlyClick()).toBeNull();
  });

  it('reads nothing from a note that is not one of ours', () => {
    for (const noted of [
      '',
      'null',
      '42',
      '{"action":',
      JSON.stringify({ action: 'delete-everything', commentId: '1' }),
      JSON.stringify({ action: 'reply', commentId: 5 }),
      JSON.stringify({ action: 'reply' }),
      JSON.stringify({ commentId: 'comment-1', label: 'Reply' }),
    ]) {
      document.documentElement.setAttribute('data-parley-early-click', noted);
      expect(readEarlyClick(), noted).toBeNull();
    }
  });

  it('finds the button that does the same to the same comment, and no other', () => {
    const root = page('');
    const buttons = [
      markedButton(actionHooks('reply', '1'), 'reply 1'),
      markedButton(actionHooks('collapse', '1'), 'collapse 1'),
      markedButton(actionHooks('reply', '2'), 'reply 2'),
      markedButton(actionHooks('reply'), 'reply to none'),
    ];
    root.append(...buttons);
    const found = (action: 'reply' | 'collapse', commentId: string | null) =>
      buttonOf(root, { action, commentId })?.textContent;
    expect(found('reply', '2')).toBe('reply 2');
    expect(found('collapse', '1')).toBe('collapse 1');
    expect(found('reply', null)).toBe('reply to none');
    expect(found('collapse', '2')).toBeUndefined();
    expect(found('reply', '3')).toBeUndefined();
  });
});

describe('the Leave a Reply form’s hook', () => {
  it('is what its selector finds', () => {
    const section = document.createElement('section');
    for (const [name, value] of Object.entries(leaveReplyFormHooks)) {
      section.setAttribute(name, value);
    }
    page('').append(section);
    expect(document.querySelector(leaveReplyFormSelector)).toBe(section);
  });
});
