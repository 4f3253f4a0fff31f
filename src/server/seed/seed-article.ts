import type { Comment, LeadImage } from '../../core/schemas';

/** An article with its comments, ready to insert; comments point to parents by list position. */
export interface SeedArticle {
  slug: string;
  title: string;
  author?: string | undefined;
  publishedAt?: string | undefined;
  bodyHtml: string;
  leadImage?: LeadImage | undefined;
  commentsOpen: boolean;
  comments: SeedComment[];
}

export interface SeedComment {
  /** Index of the parent in the same list; parents come before their replies. */
  parentIndex: number | null;
  authorName: string;
  authorUrl?: string | undefined;
  createdAt: string;
  body: string;
  /** Approved unless given: an imported comment held at its source stays pending. */
  status?: Comment['status'] | undefined;
}
