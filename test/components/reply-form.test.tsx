import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/core/limits';
import { createSafeStorage } from '../../src/client/lib/safe-storage';
import { sourceFor } from '../helpers/render-app';
import {
  fillReply,
  findLeaveReplyForm,
  findReplyButton,
  renderWithStorage,
  threadLoaded,
} from '../helpers/render-replies';
import { draftKeys, gate, sourceWithPosts } from '../helpers/reply-sources';
import { createTestServer } from '../helpers/server';

// Whole-app renders against the real server: slower than unit tests, so more time each.
describe('the reply form', { timeout: 20_000 }, () => {
  it('says what is wrong next to each field, announces it, and focuses the first problem', async () => {
    const { app } = await createTestServer();
    const { user } = renderWithStorage(sourceFor(app));
    const form = await findLeaveReplyForm();
    await user.click(within(form).getByRole('button', { name: 'Send' }));

    const body = within(form).getByLabelText('Comment');
    const name = within(form).getByLabelText('Name');
    const email = within(form).getByLabelText('Email');
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveAccessibleDescription('Write a comment before sending.');
    expect(name).toHaveAccessibleDescription('Enter your name.');
    expect(email).toHaveAccessibleDescription(
      'Never shown. Enter your email address; it is never shown.',
    );
    expect(within(form).getByLabelText(/Website/)).not.toHaveAttribute('aria-invalid');
    expect(body).toHaveFocus();
    expect(within(form).getByRole('status')).toHaveTextContent('3 fields need a change.');

    // Corrections clear their message as the reader types; new mistakes get theirs.
    await user.type(body, 'Well said.');
    expect(body).not.toHaveAttribute('aria-invalid');
    await user.type(email, 'ana@');
    expect(email).toHaveAccessibleDescription(
      'Never shown. Enter an email address such as name@example.com.',
    );
    await user.type(within(form).getByLabelText(/Website/), 'ftp://ana.example');
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(within(form).getByLabelText(/Website/)).toHaveAccessibleDescription(
      'Enter a web address that starts with http:// or https://.',
    );
    expect(name).toHaveFocus();
  });

  it('counts the characters left near the limit, and says by how much a comment is too long', async () => {
    const { app } = await createTestServer();
    const { user } = renderWithStorage(sourceFor(app));
    const form = await findLeaveReplyForm();
    const body = within(form).getByLabelText('Comment');
    await user.click(body);
    await user.paste('x'.repeat(limits.commentBodyMax - 1_500));
    expect(within(form).queryByText(/characters left/)).toBeNull();
    await user.paste('x'.repeat(1_000));
    expect(body).toHaveAccessibleDescription('500 characters left.');
    await user.paste('x'.repeat(512));
    expect(body).toHaveAccessibleDescription(/^12 characters too many: the limit is 10,000\./);
    await fillReply(user, form, { name: 'Ana', email: 'ana@example.com' });
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(body).toHaveAccessibleDescription(/Shorten the comment to at most 10,000 characters\./);
  });

  it('opens an inline form under a comment, focused, and Cancel reply returns focus to Reply', async () => {
    const { app } = await createTestServer();
    const { user } = renderWithStorage(sourceFor(app));
    const reply = await findReplyButton('wally n');
    await user.click(reply);
    const form = screen.getByRole('form', { name: 'Reply to wally n' });
    expect(within(form).getByLabelText('Comment')).toHaveFocus();
    expect(reply).toHaveAttribute('aria-expanded', 'true');

    await user.type(within(form).getByLabelText('Comment'), 'Not so sure.');
    await user.click(within(form).getByRole('button', { name: 'Cancel reply' }));
    expect(screen.queryByRole('form', { name: 'Reply to wally n' })).toBeNull();
    expect(reply).toHaveFocus();
    // The text went into a draft, and the comment says so.
    expect(reply).toHaveTextContent('Reply (draft)');

    await user.click(reply);
    const reopened = screen.getByRole('form', { name: 'Reply to wally n' });
    expect(within(reopened).getByLabelText('Comment')).toHaveValue('Not so sure.');
    // Announced just after the form renders, so a screen reader hears it.
    expect(await within(reopened).findByText(/^Draft restored/)).toBeInTheDocument();
    await user.click(within(reopened).getByRole('button', { name: 'Discard' }));
    expect(within(reopened).getByLabelText('Comment')).toHaveValue('');
    expect(within(reopened).getByLabelText('Comment')).toHaveFocus();
    expect(draftKeys()).toEqual([]);
  });

  it('continues a restored draft where it ends, inline and in Leave a Reply', async () => {
    const { app } = await createTestServer();
    const first = renderWithStorage(sourceFor(app));
    await first.user.click(await findReplyButton('wally n'));
    await first.user.keyboard('first part');
    const leave = await findLeaveReplyForm();
    await first.user.click(within(leave).getByLabelText('Comment'));
    await first.user.keyboard('my own');
    await first.user.tab();
    await waitFor(() => expect(draftKeys()).toHaveLength(2));
    first.unmount();

    // A new page on the same storage: both drafts come back, and typing goes after them.
    const { user } = renderWithStorage(sourceFor(app), undefined, first.storage);
    await threadLoaded();
    await user.click(screen.getByRole('button', { name: 'Reply (draft) to wally n' }));
    const inline = within(screen.getByRole('form', { name: 'Reply to wally n' }));
    await user.keyboard(' plus more');
    expect(inline.getByLabelText('Comment')).toHaveValue('first part plus more');

    const body = within(await findLeaveReplyForm()).getByLabelText('Comment');
    body.focus();
    await user.keyboard(' and more');
    expect(body).toHaveValue('my own and more');
  });

  it('keeps several reply drafts at once, one per comment', async () => {
    const { app } = await createTestServer();
    const { user } = renderWithStorage(sourceFor(app));
    await findReplyButton('Trevor');
    const replies = screen.getAllByRole('button', { name: /^Reply to / });
    await user.click(replies[0]!);
    await user.click(replies[1]!);
    const forms = screen.getAllByRole('form', { name: /^Reply to / });
    expect(forms).toHaveLength(2);
    await user.type(within(forms[0]!).getByLabelText('Comment'), 'First');
    await user.type(within(forms[1]!).getByLabelText('Comment'), 'Second');
    await user.tab();
    await waitFor(() => expect(draftKeys()).toHaveLength(2));
  });

  it('sends with Ctrl+Enter, shows the reply as Posting… in place, then as a comment', async () => {
    const { app } = await createTestServer();
    const response = gate();
    const source = sourceWithPosts(app, async ({ url, init }) => {
      await response.opened;
      return app.request(url, init);
    });
    const { user } = renderWithStorage(source);
    const reply = await findReplyButton('wally n');
    await user.click(reply);
    const form = screen.getByRole('form', { name: 'Reply to wally n' });
    await fillReply(user, form, { name: 'Ana', email: 'ana@example.com' });
    await user.click(within(form).getByLabelText('Comment'));
    await user.keyboard('Agreed, mostly.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const posting = await screen.findByText('Posting…');
    expect(posting.closest('article')).toHaveTextContent('Agreed, mostly.');
    // In place: the new reply sits under the comment it answers.
    expect(posting.closest('li')!.parentElement!.closest('li')).toContainElement(reply);
    expect(within(form).getByRole('button', { name: 'Sending…' })).toBeDisabled();
    response.open();
    await screen.findByRole('heading', { name: '8 comments' });
    await waitFor(() => expect(screen.queryByText('Posting…')).toBeNull());
    // In place: under wally n's comment, now a stored comment with its own Reply.
    const posted = screen.getByText('Agreed, mostly.').closest('article')!;
    expect(posted.id).toMatch(/^comment-\d+$/);
    expect(within(posted).getByRole('button', { name: 'Reply to Ana' })).toBeInTheDocument();
    expect(reply).toHaveFocus();
    expect(screen.getByText('Your reply was posted.')).toBeInTheDocument();
    expect(draftKeys()).toEqual([]);
  });

  it('marks a held reply “Awaiting moderation”, for its author, across a reload', async () => {
    const { app } = await createTestServer({ newCommentStatus: 'pending' });
    const first = renderWithStorage(sourceFor(app));
    const form = await findLeaveReplyForm();
    await fillReply(first.user, form, {
      body: 'Held for review.',
      name: 'Ana',
      email: 'ana@example.com',
    });
    await first.user.click(within(form).getByRole('button', { name: 'Send' }));
    const note = await screen.findByText('Awaiting moderation');
    expect(note.closest('article')).toHaveTextContent('Held for review.');
    expect(within(form).getByRole('status')).toHaveTextContent('awaiting moderation');
    first.unmount();

    renderWithStorage(sourceFor(app));
    const again = await screen.findByText('Awaiting moderation');
    expect(again.closest('article')).toHaveTextContent('Held for review.');
    // Others don't see it: the server's count is still 7, and nobody can reply to it yet.
    expect(screen.getByRole('heading', { name: '7 comments' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply to Ana' })).toBeNull();
  });

  it('fills new forms with the saved name, email and website when the reader asked', async () => {
    const { app } = await createTestServer();
    const first = renderWithStorage(sourceFor(app));
    const form = await findLeaveReplyForm();
    await fillReply(first.user, form, {
      body: 'Remember me.',
      name: 'Ana',
      email: 'ana@example.com',
      url: 'https://ana.example',
    });
    await first.user.click(within(form).getByRole('checkbox', { name: /Save my name/ }));
    await first.user.click(within(form).getByRole('button', { name: 'Send' }));
    await screen.findByRole('heading', { name: '8 comments' });
    first.unmount();

    const second = renderWithStorage(sourceFor(app));
    const reply = await findReplyButton('Trevor');
    await second.user.click(reply);
    const inline = screen.getByRole('form', { name: 'Reply to Trevor' });
    expect(within(inline).getByLabelText('Name')).toHaveValue('Ana');
    expect(within(inline).getByLabelText('Email')).toHaveValue('ana@example.com');
    expect(within(inline).getByLabelText(/Website/)).toHaveValue('https://ana.example');
    expect(within(inline).getByRole('checkbox', { name: /Save my name/ })).toBeChecked();
    expect(within(inline).getByLabelText('Comment')).toHaveValue('');
  });

  it('says drafts won’t survive a reload when the browser keeps nothing', async () => {
    const { app } = await createTestServer();
    const disabled = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { user } = renderWithStorage(sourceFor(app), undefined, disabled);
    const form = await findLeaveReplyForm();
    expect(within(form).getByRole('note')).toHaveTextContent('won’t survive a reload');
    // The form still works, in memory.
    await fillReply(user, form, { body: 'Still fine.', name: 'Ana', email: 'ana@example.com' });
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    await screen.findByRole('heading', { name: '8 comments' });
  });
});
