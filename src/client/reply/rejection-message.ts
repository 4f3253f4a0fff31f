import type { Rejection } from '../outbox/outbox-entry';
import type { MessageKey } from '../i18n/en';
import type { T } from '../i18n/i18n-context';

/** Refusals whose next step the reader needs spelled out, by the code the source sent. */
const byCode: Partial<Record<string, MessageKey>> = {
  comments_closed: 'failure.closed',
  parent_not_found: 'failure.parentGone',
  spam_suspected: 'failure.honeypot',
  idempotency_key_reused: 'failure.keyReused',
  article_not_found: 'failure.articleGone',
};

/** A refused reply, in the reader's language where we wrote the words; else the source's own. */
export function rejectionMessage(rejection: Rejection, t: T): string {
  const key = byCode[rejection.code];
  return key ? t(key) : rejection.message;
}
