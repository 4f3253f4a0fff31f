/** The "Leave a Reply" form after the thread. */
export function LeaveReplyForm(_props: { slug: string }) {
  return null;
}
