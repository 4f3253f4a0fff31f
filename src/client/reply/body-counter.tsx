import { limits } from '../../core/limits';
import { useT } from '../i18n/i18n-context';

/** The counter appears this close to the limit, when it starts to matter. */
const showWithin = 1_000;

/** "1,234 characters left", or how many too many, counted as the server counts (trimmed). */
export function BodyCounter({ body }: { body: string }) {
  const t = useT();
  const left = limits.commentBodyMax - body.trim().length;
  if (left > showWithin) return null;
  const over = left < 0;
  return (
    <span className={`reply-form__counter${over ? ' reply-form__counter--over' : ''}`}>
      {over
        ? t('form.over', { count: -left, max: limits.commentBodyMax })
        : t('form.left', { count: left })}
    </span>
  );
}

/** Whether the counter shows, so the field can point to it only when it is there. */
export const counterShows = (body: string) =>
  limits.commentBodyMax - body.trim().length <= showWithin;
