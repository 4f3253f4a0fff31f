import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Article, Comment } from '../../src/core/schemas';
import type { Source } from '../../src/client/sources/source';
import { renderApp } from '../helpers/render-app';

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();
const comment = (id: number, parent: number | null, minute: number): Comment => ({
  id: String(id),
  parentId: parent === null ? null : String(parent),
  author: { name: `Reader ${id}` },
  createdAt: at(minute),
  body: `Comment ${id}.`,
  status: 'approved',
});

/** A read-only source with one article whose comments are `comments`, in that order. */
function sourceWith(comments: Comment[]): Source {
  const article: Article = {
    slug: 'held',
    title: 'A discussion with held comments',
    bodyHtml: '<p>Text.</p>',
    commentsOpen: false,
    commentCount: comments.length,
  };
  return {
    id: 'test:held',
    canReply: false,
    listArticles: () => Promise.resolve([]),
    getArticle: () => Promise.resolve(article),
    getComments: () => Promise.resolve({ comments, total: comments.length, nextCursor: null }),
    postComment: () => Promise.reject(new Error('read-only')),
  };
}

describe('replies whose parent is held or missing', () => {
  // As WordPress lists them (by time): 21 and 23 answer the held 20, a reply to root 1.
  const listed = [
    comment(1, null, 1),
    comment(21, 20, 3),
    comment(22, 21, 4),
    comment(3, null, 5),
    comment(23, 20, 6),
  ];

  it('are shown together under a placeholder, where their thread is, not after the last thread', async () => {
    renderApp(sourceWith(listed), '/articles/held');
    await screen.findByText('Comment 22.');
    const section = screen.getByRole('region', { name: '5 comments' });
    const roots = within(section)
      .getAllByRole('article')
      .filter((a) => {
        const item = a.closest('li')!;
        return item.parentElement!.closest('li') === null;
      });
    expect(roots.map((a) => a.id)).toEqual(['comment-1', 'comment-20', 'comment-3']);
    const placeholder = roots[1]!;
    expect(placeholder).toHaveAccessibleName('A comment that isn’t shown here');
    // Nothing of the missing comment but its place: no author, time, text or Reply.
    expect(within(placeholder).queryByRole('link')).toBeNull();
    expect(placeholder.querySelector('.long-comment, time')).toBeNull();
    const thread = within(placeholder.closest('li')!);
    expect(thread.getByText('Comment 21.')).toBeInTheDocument();
    expect(thread.getByText('Comment 22.')).toBeInTheDocument();
    expect(thread.getByText('Comment 23.')).toBeInTheDocument();
    // The page counts the comments it has, not the placeholder.
    expect(section).toHaveAttribute('data-loaded-count', '5');
  });

  it('collapse and expand with their placeholder', async () => {
    renderApp(sourceWith(listed), '/articles/held');
    await screen.findByText('Comment 22.');
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', {
      name: 'Collapse the replies to a comment that isn’t shown',
    });
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Expand the replies to a comment that isn’t shown');
    expect(screen.getByText('3 replies hidden')).toBeInTheDocument();
    expect(screen.getByText('Comment 21.')).not.toBeVisible();
  });
});
