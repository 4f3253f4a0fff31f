import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { firstViewElementId, firstViewJson, type FirstView } from '../../src/core/first-view';
import { carryOverTyping, replayEarlyClick } from '../../src/client/embed/carry-over';
import { readFirstView } from '../../src/client/embed/first-view';
import { lazyWithPreload } from '../../src/client/lib/lazy-with-preload';
import {
  leaveReplyFormHooks,
  readEarlyClick,
  writeEarlyClick,
} from '../../src/client/lib/page-signals';

const view: FirstView = {
  slug: 'an-article',
  sort: 'oldest',
  article: {
    slug: 'an-article',
    title: 'An article',
    bodyHtml: '<p>Text</p>',
    commentCount: 0,
    commentsOpen: true,
  },
  comments: { comments: [], total: 0, nextCursor: null },
};

function pageWithData(text: string): Document {
  const document = window.document.implementation.createHTMLDocument();
  const data = document.createElement('script');
  data.type = 'application/json';
  data.id = firstViewElementId;
  data.textContent = text;
  document.body.append(data);
  return document;
}

describe('readFirstView', () => {
  it('reads the data the server sent beside its HTML', () => {
    expect(readFirstView(pageWithData(firstViewJson(view)))?.article.title).toBe('An article');
  });

  it('ignores data that is missing, not JSON, or not what the API would send', () => {
    expect(readFirstView(window.document.implementation.createHTMLDocument())).toBeNull();
    expect(readFirstView(pageWithData('{"slug":'))).toBeNull();
    expect(readFirstView(pageWithData(JSON.stringify({ ...view, comments: 'many' })))).toBeNull();
  });
});

/** The app's Leave a Reply form, as far as carrying typing over goes: controlled fields. */
function AppForm({ restored = '' }: { restored?: string }) {
  const [body, setBody] = useState(restored);
  const [name, setName] = useState('');
  return (
    <section {...leaveReplyFormHooks}>
      <form>
        <textarea
          name="body"
          aria-label="Comment"
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <input
          name="name"
          aria-label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <output>{`${body}|${name}`}</output>
      </form>
    </section>
  );
}

/** The server's markup of that form, typed into before the app started. */
function serverForm(typed: { body?: string; name?: string }, focus?: 'body' | 'name') {
  const root = document.createElement('div');
  root.innerHTML =
    '<section data-parley-form="leave-reply"><form><textarea name="body"></textarea>' +
    '<input name="name" value=""><input type="checkbox" name="remember"></form></section>';
  document.body.append(root);
  const field = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  if (typed.body !== undefined) field('body').value = typed.body;
  if (typed.name !== undefined) field('name').value = typed.name;
  if (focus) field(focus).focus();
  return root;
}

function startApp(root: HTMLElement, restored?: string) {
  const enterTyping = carryOverTyping(root);
  const app = createRoot(root);
  flushSync(() => app.render(<AppForm restored={restored} />));
  act(() => enterTyping());
  return { output: () => root.querySelector('output')!.textContent, unmount: () => app.unmount() };
}

describe('carryOverTyping', () => {
  it('enters what was typed into the app’s form as its own state, and puts the caret back', () => {
    const root = serverForm({ body: 'Early words', name: 'Ana' }, 'body');
    const { output, unmount } = startApp(root);
    expect(output()).toBe('Early words|Ana');
    const body = root.querySelector('textarea')!;
    expect(document.activeElement).toBe(body);
    expect(body.selectionStart).toBe('Early words'.length);
    act(() => unmount());
  });

  it('puts the early words after a restored draft, never over it', () => {
    const root = serverForm({ body: 'Second thought' });
    const { output, unmount } = startApp(root, 'First thought');
    expect(output()).toBe('First thought\n\nSecond thought|');
    act(() => unmount());
  });

  it('changes nothing when nothing was typed', () => {
    const root = serverForm({});
    const { output, unmount } = startApp(root, 'Restored');
    expect(output()).toBe('Restored|');
    act(() => unmount());
  });
});

describe('replayEarlyClick', () => {
  /**
   * The app's render: two comments with a Reply and a collapse button each (marked as the
   * components mark them), and a button nobody marked.
   */
  function appWithButtons() {
    const root = document.createElement('div');
    const comment = (id: string) =>
      `<article class="comment" id="comment-${id}">` +
      `<button data-parley-action="collapse" data-comment-id="${id}">−</button>` +
      `<button data-parley-action="reply" data-comment-id="${id}">Reply</button></article>`;
    root.innerHTML = `<button>Keyboard shortcuts</button>${comment('1')}${comment('2')}`;
    document.body.append(root);
    const pressed: string[] = [];
    root.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button')!;
      pressed.push(`${button.closest('article')?.id ?? 'toolbar'}: ${button.textContent}`);
    });
    return { root, pressed };
  }
  const note = (value: string) =>
    document.documentElement.setAttribute('data-parley-early-click', value);

  it('presses the button that does the same to the same comment, once', () => {
    const { root, pressed } = appWithButtons();
    writeEarlyClick({ action: 'reply', commentId: '2' });
    replayEarlyClick(root);
    replayEarlyClick(root);
    expect(pressed).toEqual(['comment-2: Reply']);
    expect(readEarlyClick()).toBeNull();
  });

  it('presses nothing rather than the wrong button, or on a note it cannot read', () => {
    const { root, pressed } = appWithButtons();
    for (const value of [
      JSON.stringify({ action: 'reply', commentId: '9' }),
      JSON.stringify({ action: 'reply', commentId: null }),
      JSON.stringify({ action: 'keyboard-help', commentId: null }),
      JSON.stringify({ commentId: 'comment-1', label: 'Reply' }),
      '{"action":',
      '{"action":42}',
    ]) {
      note(value);
      replayEarlyClick(root);
    }
    expect(pressed).toEqual([]);
  });
});

describe('lazyWithPreload', () => {
  it('renders a preloaded component at once, where a fresh one shows its fallback first', async () => {
    const Loaded = lazyWithPreload(async () => () => <p>form</p>);
    await Loaded.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Loaded />
      </Suspense>,
    );
    expect(screen.getByText('form')).toBeInTheDocument();

    const Fresh = lazyWithPreload(async () => () => <p>later form</p>);
    render(
      <Suspense fallback={<p>loading</p>}>
        <Fresh />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('later form')).toBeInTheDocument();
  });
});
