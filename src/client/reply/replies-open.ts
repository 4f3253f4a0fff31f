import { createContext } from 'react';

/**
 * Whether the article takes replies (its `commentsOpen`), said by the page that shows the
 * discussion: the reply feature then needs nothing from the article feature above it.
 */
export const RepliesOpen = createContext(true);
