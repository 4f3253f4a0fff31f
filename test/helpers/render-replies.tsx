import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/client/app/app';
import { createSafeStorage, type SafeStorage } from '../../src/client/lib/safe-storage';
import type { Source } from '../../src/client/sources/source';

export const demoPath = '/articles/usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

/**
 * Renders the whole client like render-app.tsx, but with a storage the test chooses, so a test
 * can "reload" (unmount, render again on the same localStorage) or break storage on purpose.
 */
export function renderWithStorage(
  source: Source,
  path = demoPath,
  storage: SafeStorage = createSafeStorage(),
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const location = memoryLocation({ path });
  const user = userEvent.setup();
  const result = render(
    <Router hook={location.hook}>
      <App source={source} queryClient={queryClient} storage={storage} />
    </Router>,
  );
  return { ...result, user, storage, queryClient };
}

/** The "Leave a Reply" form, once the thread has loaded. */
export async function findLeaveReplyForm() {
  await threadLoaded();
  return screen.getByRole('form', { name: 'Leave a Reply' });
}

/** Fills the fields of `form` that are given. */
export async function fillReply(
  user: ReturnType<typeof userEvent.setup>,
  form: HTMLElement,
  fields: { body?: string; name?: string; email?: string; url?: string },
) {
  const boxes = within(form);
  if (fields.body !== undefined) await user.type(boxes.getByLabelText('Comment'), fields.body);
  if (fields.name !== undefined) await user.type(boxes.getByLabelText('Name'), fields.name);
  if (fields.email !== undefined) await user.type(boxes.getByLabelText('Email'), fields.email);
  if (fields.url !== undefined) await user.type(boxes.getByLabelText(/Website/), fields.url);
}

/** The first "Reply" button for a comment by `author`, once the thread is there. */
export async function findReplyButton(author: string) {
  await threadLoaded();
  return within(discussion()).getAllByRole('button', { name: `Reply to ${author}` })[0]!;
}

/** The discussion: a smaller tree to search by role than the whole page with its article. */
export const discussion = () => document.querySelector<HTMLElement>('section.discussion')!;

/**
 * Waits until the thread's comments are on the page. Checked with a selector, not by role:
 * role queries over the whole article are slow enough in jsdom to starve the page they wait for.
 */
export function threadLoaded() {
  return waitFor(
    () => {
      if (!document.querySelector('article.comment')) throw new Error('No comments yet');
      if (!document.querySelector('form.reply-form')) throw new Error('No reply form yet');
    },
    { timeout: 10_000 },
  );
}
