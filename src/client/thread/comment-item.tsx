import { memo, useState, type ComponentProps } from 'react';
import { Link } from 'wouter';
import type { Comment } from '../../core/schemas';
import { CommentActions, LocalCommentStatus } from '../reply';
import { Avatar } from './avatar';
import { CollapseToggle } from './collapse-toggle';
import { CommentBody } from './comment-body';
import { CommentLevel, indentedEverywhere, indentedWhenWide } from './comment-level';
import { CommentTime } from './comment-time';
import { LongComment } from './long-comment';
import { useThreadBudget } from './thread-budget';
import { useT } from '../i18n/i18n-context';
import { maxRenderedDepth, useThreadState } from './thread-context';
import { useIsCollapsed } from './use-collapsed';
import { actionHooks } from '../lib/page-signals';

/** A thread with this many replies or more lays out only the comments near the screen. */
const largeThread = 100;

interface Props {
  comment: Comment;
  /** 0 for a top-level comment (or the top of a "continue this thread" page). */
  depth: number;
  /** Position and measuring ref when the item is one row of the virtualised list. */
  itemProps?: ComponentProps<'li'> & { 'data-index'?: number };
}

export const CommentItem = memo(function CommentItem({ comment, depth, itemProps }: Props) {
  const { slug, thread, collapsed, highlightedId, threadHref } = useThreadState();
  const t = useT();
  const allReplies = thread.childrenOf.get(comment.id) ?? [];
  const budget = useThreadBudget();
  const replies = budget?.visible
    ? allReplies.filter((reply) => budget.visible!.has(reply.id))
    : allReplies;
  const notShown = allReplies
    .filter((reply) => !replies.includes(reply))
    .reduce((sum, reply) => sum + 1 + (thread.descendantCount.get(reply.id) ?? 0), 0);
  const hiddenCount = thread.descendantCount.get(comment.id) ?? 0;
  const isCollapsed = useIsCollapsed(collapsed, comment.id);
  // Replies are mounted the first time they are shown and then only hidden while collapsed: a
  // collapse of a thousand replies then changes one attribute instead of removing them all.
  const [repliesMounted, setRepliesMounted] = useState(!isCollapsed);
  if (!isCollapsed && !repliesMounted) setRepliesMounted(true);
  const { name, url } = comment.author;
  const authorId = `comment-${comment.id}-author`;
  // A comment that replies answer but that is not here (held, removed): a placeholder.
  const isMissing = thread.missing.has(comment.id);
  const parent =
    comment.parentId === null || thread.missing.has(comment.parentId)
      ? undefined
      : thread.byId.get(comment.parentId);
  // Past the indentation cap a reply no longer sits visibly under its parent: name it instead.
  const replyNote =
    parent && depth > indentedEverywhere
      ? depth > indentedWhenWide
        ? 'comment__in-reply-to'
        : 'comment__in-reply-to comment__in-reply-to--narrow-only'
      : null;

  return (
    <li
      className={`comment-list__item${depth === 0 && hiddenCount >= largeThread ? ' comment-list__item--large' : ''}`}
      {...itemProps}
    >
      <article
        id={`comment-${comment.id}`}
        className={`comment${isMissing ? ' comment--missing' : ''}${isCollapsed ? ' comment--collapsed' : ''}${
          highlightedId === comment.id ? ' comment--highlighted' : ''
        }`}
        aria-labelledby={authorId}
        tabIndex={-1}
      >
        <header className="comment__header">
          <CollapseToggle id={comment.id} author={isMissing ? null : name} />
          {isMissing ? (
            <span id={authorId} className="comment__missing">
              {t('comment.missing')}
            </span>
          ) : (
            <>
              <Avatar name={name} />
              <span id={authorId} className="comment__author">
                {/* Isolated: a name with right-to-left or override characters cannot reorder
                    the time and counts that follow it. */}
                <bdi>
                  {url ? (
                    <a href={url} rel="nofollow ugc noopener">
                      {name}
                    </a>
                  ) : (
                    name
                  )}
                </bdi>
              </span>
              <CommentTime id={comment.id} iso={comment.createdAt} />
            </>
          )}
          {isCollapsed && hiddenCount > 0 && (
            <span className="comment__hidden-count">
              {t('comment.hidden', { count: hiddenCount })}
            </span>
          )}
        </header>
        {!isCollapsed && !isMissing && (
          <>
            {replyNote && parent && (
              <p className={replyNote}>
                {t('comment.inReplyTo')}{' '}
                <a href={`#comment-${parent.id}`}>
                  <bdi>{parent.author.name}</bdi>
                </a>
              </p>
            )}
            <LongComment id={comment.id} author={name} text={comment.body}>
              <CommentBody text={comment.body} html={comment.bodyHtml} />
            </LongComment>
            <LocalCommentStatus slug={slug} comment={comment} />
            <CommentActions slug={slug} comment={comment} />
          </>
        )}
      </article>
      {repliesMounted &&
        (depth + 1 >= maxRenderedDepth ? (
          allReplies.length > 0 && (
            <Link className="comment__continue" href={threadHref(comment.id)} hidden={isCollapsed}>
              {t('comment.continue', { count: hiddenCount })}
            </Link>
          )
        ) : (
          <>
            {replies.length > 0 && (
              <CommentLevel depth={depth + 1} hidden={isCollapsed}>
                {replies.map((reply) => (
                  <CommentItem key={reply.id} comment={reply} depth={depth + 1} />
                ))}
              </CommentLevel>
            )}
            {notShown > 0 && (
              <button
                type="button"
                className="button button--quiet comment__more"
                {...actionHooks('show-more', comment.id)}
                onClick={budget?.showMore}
                hidden={isCollapsed}
              >
                {t('comment.showMore', { count: notShown })}
              </button>
            )}
          </>
        ))}
    </li>
  );
});
