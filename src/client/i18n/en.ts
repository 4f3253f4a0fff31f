import type { Message } from './translate';

/** Every string of Parley's interface, in English. `es.ts` must have the same keys. */
export const en = {
  'nav.skip': 'Skip to content',
  'nav.home': 'Parley',
  'theme.label': 'Theme',
  'theme.auto': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'home.title': 'Articles',
  'home.loading': 'Loading articles',
  'home.empty': 'There are no articles yet.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.link': 'See all articles',

  'article.loading': 'Loading the article',
  'article.by': 'By {author}',

  'error.tryAgain': 'Try again',
  'error.network.title': 'Can’t reach the server',
  'error.network.detail': 'Parley’s server did not answer. Check your connection, then try again.',
  'error.timeout.title': 'The server is taking too long',
  'error.timeout.detail': 'It did not answer in time. Check your connection, then try again.',
  'error.contract.title': 'Something here can’t be shown',
  'error.contract.detail': 'The server’s answer was not in the expected form.',
  'error.notFound.title': 'Not found',
  'error.notFound.detail':
    'There is nothing at this address: it may be mistyped, or it was removed.',
  'error.server.title': 'The server had a problem',
  'error.server.detail': 'It is not your fault. Try again in a moment.',
  'error.failed.title': 'That didn’t work',
  'error.failed.detail':
    'The server refused this request ({code}). Reload the page, or try again later.',
  'error.unknown.title': 'Something went wrong',

  'discussion.count': { zero: 'No comments', one: '{count} comment', other: '{count} comments' },
  'discussion.readOnly':
    'This is a read-only copy of the discussion: replies are unavailable here.',
  'discussion.loading': 'Loading comments',
  'discussion.empty': 'No comments yet.',
  'discussion.loadMore': 'Load more comments',
  'discussion.loadingMore': 'Loading more comments…',
  'discussion.permalinkMissing': 'The comment this link points to is not available any more.',
  'discussion.back': '← Back to all comments',
  'discussion.loadingThread': 'Loading the thread',
  'discussion.threadMissing': 'This comment is not available.',

  'sort.label': 'Sort',
  'sort.oldest': 'Oldest first',
  'sort.newest': 'Newest first',
  'sort.replies': 'Most replies',
  'thread.collapseAll': 'Collapse all',
  'thread.expandAll': 'Expand all',
  'shortcuts.button': 'Keyboard shortcuts',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.next': 'Next comment',
  'shortcuts.previous': 'Previous comment',
  'shortcuts.collapse': 'Collapse or expand the focused comment’s thread',
  'shortcuts.help': 'Show these shortcuts',
  'shortcuts.note': 'Shortcuts work while you are not typing in a form.',
  'shortcuts.close': 'Close',

  'comment.collapse': 'Collapse thread by {author}',
  'comment.expand': 'Expand thread by {author}',
  'comment.hidden': { one: '{count} reply hidden', other: '{count} replies hidden' },
  'comment.inReplyTo': 'In reply to',
  'comment.continue': {
    one: 'Continue this thread ({count} reply) →',
    other: 'Continue this thread ({count} replies) →',
  },
  'comment.showMore': { one: 'Show {count} more reply', other: 'Show {count} more replies' },
  'comment.missing': 'A comment that isn’t shown here',
  'comment.collapseMissing': 'Collapse the replies to a comment that isn’t shown',
  'comment.expandMissing': 'Expand the replies to a comment that isn’t shown',
  'comment.readMore': 'Show more',
  'comment.readLess': 'Show less',
  'comment.readMoreOf': 'Show more of the comment by {author}',
  'comment.readLessOf': 'Show less of the comment by {author}',
  'comment.permalink': '({time}), link to this comment',

  'reply.button': 'Reply',
  'reply.buttonDraft': 'Reply (draft)',
  'reply.to': 'Reply to {author}',
  'reply.draftTo': 'Reply (draft) to {author}',
  'reply.posted': 'Your reply was posted.',
  'reply.postedPending': 'Your reply was sent and is awaiting moderation.',
  'leave.title': 'Leave a Reply',
  'leave.closed': 'Comments are closed on this article.',

  'form.draftRestored': 'Draft restored',
  'form.discard': 'Discard',
  'form.draftDiscarded': 'Draft discarded.',
  'form.notPersistent':
    'This browser isn’t letting Parley save anything, so this draft won’t survive a reload.',
  'form.comment': 'Comment',
  'form.name': 'Name',
  'form.email': 'Email',
  'form.emailHint': 'Never shown.',
  'form.website': 'Website',
  'form.optional': '(optional)',
  'form.honeypot': 'Leave this field empty',
  'form.remember': 'Save my name, email, and website in this browser for the next time I comment.',
  'form.send': 'Send',
  'form.sending': 'Sending…',
  'form.retry': 'Retry',
  'form.cancel': 'Cancel reply',
  'form.shortcut': 'Ctrl+Enter sends',
  'form.left': { one: '{count} character left.', other: '{count} characters left.' },
  'form.over': {
    one: '{count} character too many: the limit is {max}.',
    other: '{count} characters too many: the limit is {max}.',
  },
  'form.posted': 'Your comment was posted.',
  'form.postedPending': 'Your comment was sent and is awaiting moderation.',
  'form.postedEditedKept':
    'Your reply was posted. What you typed after sending is kept here as a draft.',
  'form.fieldsNeedChange': {
    one: 'One field needs a change.',
    other: '{count} fields need a change.',
  },

  'wait.saved': 'Your reply is saved and waiting to be sent.',
  'wait.offline': 'You’re offline. Your reply is saved and will be sent when you’re back online.',
  'wait.unreachable':
    'Can’t reach the server. Your reply is saved and will be sent when you’re back online.',
  'wait.server': 'The server had a problem. Your reply is saved and will be sent again shortly.',
  'wait.rateLimited': {
    one: 'Too many comments in a short time. Try again in {count} second; your reply is saved and will be sent then.',
    other:
      'Too many comments in a short time. Try again in {count} seconds; your reply is saved and will be sent then.',
  },
  'waitLabel.offline': 'Will be sent when you’re back online',
  'waitLabel.server': 'Not sent yet: the server had a problem. Trying again soon.',
  'waitLabel.rateLimited': {
    one: 'Not sent yet: too many comments. Trying again in {count} second.',
    other: 'Not sent yet: too many comments. Trying again in {count} seconds.',
  },
  'local.posting': 'Posting…',
  'local.retryNow': 'Retry now',
  'local.awaiting': 'Awaiting moderation',
  'local.onlyYou': 'Only you can see this comment until it is approved.',

  'validation.bodyEmpty': 'Write a comment before sending.',
  'validation.bodyTooLong': 'Shorten the comment to at most {max} characters.',
  'validation.nameEmpty': 'Enter your name.',
  'validation.nameTooLong': 'Use at most {max} characters.',
  'validation.emailEmpty': 'Enter your email address; it is never shown.',
  'validation.emailTooLong': 'Use at most {max} characters.',
  'validation.emailInvalid': 'Enter an email address such as name@example.com.',
  'validation.urlTooLong': 'Use at most {max} characters.',
  'validation.urlInvalid':
    'Enter a full web address such as https://example.com, or leave it empty.',
  'validation.urlScheme': 'Enter a web address that starts with http:// or https://.',
  'validation.urlCredentials': 'Leave the user name and password out of the web address.',
  'validation.urlHost':
    'Enter a web address whose site name every browser can open, such as https://example.com.',
  'validation.nameInvisible':
    'Enter your name in visible letters: this one is only invisible characters (such as zero-width spaces).',
  'validation.bodyInvisible':
    'Write a comment in visible letters: this one is only invisible characters (such as zero-width spaces).',
  'validation.characters':
    'Remove the invisible control characters (pasted from another program) and try again.',

  'failure.closed':
    'Comments are now closed on this article, so your reply can’t be posted. Its text stays here.',
  'failure.parentGone':
    'The comment you are replying to no longer exists. Copy your text if you want to keep it.',
  'failure.honeypot':
    'A hidden field that catches spam robots was filled in, perhaps by your browser’s autofill. It has been cleared: send again.',
  'failure.keyReused':
    'An earlier version of this reply was already posted. Send again to post this version as a new comment.',
  'failure.articleGone': 'This article no longer exists.',
  'failure.fieldRefused': 'This was not accepted as it is: change it and send again.',
  'failure.other': 'Your reply could not be posted ({code}). Its text stays here.',

  'wp.notAllowed':
    'This Parley does not show posts from “{site}”: its operator has not allowed that site.',
  'wp.loginRequired':
    'This WordPress site takes comments only from signed-in readers, so Parley can’t post yours.',
  'wp.duplicate':
    'You have already posted this comment here: WordPress does not take the same comment twice.',
  'wp.commentOnSite': 'You can comment on the post itself: {link}',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
