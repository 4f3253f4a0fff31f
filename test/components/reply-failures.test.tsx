import { screen, waitFor, within } from '@testing-library/react';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commentPageSchema } from '../../src/core/schemas';
import { sourceFor } from '../helpers/render-app';
import {
  demoPath,
  fillReply,
  findLeaveReplyForm,
  findReplyButton,
  renderWithStorage,
} from '../helpers/render-replies';
import {
  apiErrorResponse,
  draftKeys,
  sourceWithPosts,
  unreachable,
} from '../helpers/reply-sources';
import { createTestServer } from '../helpers/server';

type App = Awaited<ReturnType<typeof createTestServer>>['app'];

const body = 'Words that must not be lost.';

async function storedComments(app: App) {
  const res = await app.request(`/api${demoPath}/comments?limit=500`);
  return v.parse(commentPageSchema, await res.json()).comments.filter((c) => c.body === body);
}

/** Fills the Leave a Reply form and presses Send. */
async function send(user: ReturnType<typeof renderWithStorage>['user'], form: HTMLElement) {
  await fillReply(user, form, { body, name: 'Ana', email: 'ana@example.com' });
  await user.click(within(form).getByRole('button', { name: 'Send' }));
}

/** The promise of the issue: the text is in the form and in the draft, and the form works. */
function expectTextKept(form: HTMLElement) {
  expect(within(form).getByLabelText('Comment')).toHaveValue(body);
  expect(draftKeys()).toHaveLength(1);
  expect(localStorage.getItem(`parley:${draftKeys()[0]!.slice('parley:'.length)}`)).toContain(body);
  expect(within(form).getByRole('button', { name: 'Send' })).toBeEnabled();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a reply that fails keeps its text', { timeout: 20_000 }, () => {
  it.each([
    {
      what: 'the server is unreachable',
      answer: unreachable,
      says: /Can’t reach the server\. Your reply is saved and will be sent when you’re back online\./,
      retry: true,
    },
    {
      what: 'the server fails (500)',
      answer: async () => apiErrorResponse(500, 'internal', 'Something went wrong.'),
      says: /The server had a problem\. Your reply is saved/,
      retry: true,
    },
    {
      what: 'the article was closed meanwhile (403)',
      answer: async () => apiErrorResponse(403, 'comments_closed', 'Comments are closed.'),
      says: /Comments are now closed on this article/,
      retry: false,
    },
  ])('when $what: it says so, with Retry where that can help', async ({ answer, says, retry }) => {
    const { app } = await createTestServer();
    const { user } = renderWithStorage(sourceWithPosts(app, answer));
    const form = await findLeaveReplyForm();
    await send(user, form);
    await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent(says));
    expectTextKept(form);
    expect(within(form).queryByRole('button', { name: 'Retry' }) !== null).toBe(retry);
  });

  it('shows a field the server refused beside that field, and focuses it', async () => {
    const { app } = await createTestServer();
    const source = sourceWithPosts(app, async () =>
      apiErrorResponse(
        400,
        'invalid_input',
        'Enter an email address such as name@example.com.',
        'author.email',
      ),
    );
    const { user } = renderWithStorage(source);
    const form = await findLeaveReplyForm();
    await send(user, form);
    const email = within(form).getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(
      'Never shown. Enter an email address such as name@example.com.',
    );
    expect(email).toHaveFocus();
    expectTextKept(form);
  });

  it('says when to try again after a 429, from the real server’s Retry-After', async () => {
    const { app } = await createTestServer({ rateLimit: { posts: 1, perMs: 60_000 } });
    await app.request(`/api${demoPath}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        parentId: null,
        author: { name: 'Earlier', email: 'e@example.com' },
        body: 'Used up the budget.',
        idempotencyKey: 'rate-limit-first',
      }),
    });
    const { user } = renderWithStorage(sourceFor(app));
    const form = await findLeaveReplyForm();
    await send(user, form);
    await waitFor(() =>
      expect(within(form).getByRole('status')).toHaveTextContent(
        /Too many comments in a short time\. Try again in (59|60) s/,
      ),
    );
    expectTextKept(form);
    expect(within(form).getByRole('button', { name: 'Retry' })).toBeEnabled();
    const waiting = screen.getByText(/Not sent yet: too many comments/);
    expect(waiting.closest('article')).toHaveTextContent(body);
  });

  it('tells a reply to a comment that is gone, and keeps the text', async () => {
    const { app } = await createTestServer();
    const source = sourceWithPosts(app, async () =>
      apiErrorResponse(404, 'parent_not_found', 'Gone.', 'parentId'),
    );
    const { user } = renderWithStorage(source);
    await user.click(await findReplyButton('Trevor'));
    const form = screen.getByRole('form', { name: 'Reply to Trevor' });
    await send(user, form);
    await waitFor(() =>
      expect(within(form).getByRole('status')).toHaveTextContent(/no longer exists/),
    );
    expectTextKept(form);
  });

  it('clears a filled honeypot after the server refuses it, and then goes through', async () => {
    const { app } = await createTestServer();
    const { user } = renderWithStorage(sourceFor(app));
    const form = await findLeaveReplyForm();
    // What a browser's autofill might do to the hidden field.
    await user.type(within(form).getByLabelText('Leave this field empty'), 'Hello');
    await send(user, form);
    await waitFor(() =>
      expect(within(form).getByRole('status')).toHaveTextContent(/hidden field .* cleared/),
    );
    expectTextKept(form);
    expect(within(form).getByLabelText('Leave this field empty')).toHaveValue('');
    expect(await storedComments(app)).toHaveLength(0);
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    await waitFor(async () => expect(await storedComments(app)).toHaveLength(1));
  });
});

describe('a reply that could not be sent yet', { timeout: 20_000 }, () => {
  it('is sent once with Retry when the server is back', async () => {
    const { app } = await createTestServer();
    let up = false;
    const source = sourceWithPosts(app, ({ url, init }) =>
      up ? Promise.resolve(app.request(url, init)) : unreachable(),
    );
    const { user } = renderWithStorage(source);
    const form = await findLeaveReplyForm();
    await send(user, form);
    await within(form).findByRole('button', { name: 'Retry' });
    expect(screen.getByText('Will be sent when you’re back online')).toBeInTheDocument();
    up = true;
    await user.click(within(form).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(form).getByLabelText('Comment')).toHaveValue(''));
    expect(within(form).getByRole('status')).toHaveTextContent('Your comment was posted.');
    expect(await storedComments(app)).toHaveLength(1);
    expect(draftKeys()).toEqual([]);
  });

  it('posts once when the answer was lost on the way back and the reply is retried', async () => {
    const { app } = await createTestServer();
    let loseAnswers = true;
    const source = sourceWithPosts(app, async ({ url, init }) => {
      const response = await app.request(url, init);
      if (loseAnswers) throw new TypeError('The connection dropped.');
      return response;
    });
    const { user } = renderWithStorage(source);
    const form = await findLeaveReplyForm();
    await send(user, form);
    await within(form).findByRole('button', { name: 'Retry' });
    expect(await storedComments(app)).toHaveLength(1);
    loseAnswers = false;
    await user.click(within(form).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(form).getByLabelText('Comment')).toHaveValue(''));
    expect(await storedComments(app)).toHaveLength(1);
    expect(source.posts).toBe(2);
  });

  it('waits in the outbox while offline and goes by itself, once, when back online', async () => {
    const { app } = await createTestServer();
    const source = sourceWithPosts(app, ({ url, init }) => Promise.resolve(app.request(url, init)));
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { user } = renderWithStorage(source);
    const form = await findLeaveReplyForm();
    await send(user, form);
    expect(within(form).getByRole('status')).toHaveTextContent(
      'You’re offline. Your reply is saved and will be sent when you’re back online.',
    );
    expect(screen.getByText('Will be sent when you’re back online')).toBeInTheDocument();
    expect(source.posts).toBe(0);
    expectTextKept(form);

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(within(form).getByLabelText('Comment')).toHaveValue(''));
    expect(await storedComments(app)).toHaveLength(1);
    expect(source.posts).toBe(1);
  });

  it('is still there after a reload, and is sent then', async () => {
    const { app } = await createTestServer();
    const down = sourceWithPosts(app, unreachable);
    const first = renderWithStorage(down);
    const form = await findLeaveReplyForm();
    await send(first.user, form);
    await within(form).findByRole('button', { name: 'Retry' });
    first.unmount();

    renderWithStorage(sourceFor(app));
    await waitFor(async () => expect(await storedComments(app)).toHaveLength(1));
    await waitFor(() => expect(draftKeys()).toEqual([]));
  });
});
