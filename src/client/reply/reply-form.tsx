import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Comment } from '../../core/schemas';
import { caretToEnd } from '../lib/caret';
import { BodyCounter, counterShows } from './body-counter';
import { FormField } from './form-field';
import { useReplyForm } from './use-reply-form';
import { useT } from '../i18n/i18n-context';
import { waitMessage } from './wait-messages';
import './reply.css';

interface ReplyFormProps {
  slug: string;
  /** Null: the article's own "Leave a Reply" form. */
  parentId: string | null;
  /** Names the form for screen readers ("Reply to wally n"). */
  label: string;
  /** Puts the cursor in the comment box when the form opens. */
  autoFocus?: boolean;
  onCancel?: () => void;
  onPosted?: (comment: Comment) => void;
}

/** The fields, the draft's state and the reply's fate; every message sits where it applies. */
export function ReplyForm({
  slug,
  parentId,
  label,
  autoFocus = false,
  onCancel,
  onPosted,
}: ReplyFormProps) {
  const id = useId();
  const t = useT();
  const {
    state,
    entry,
    sending,
    persistent,
    fieldRefs: { body: bodyRef, name: nameRef, email: emailRef, url: urlRef },
    edit,
    setRemember,
    setHoneypot,
    flush,
    send,
    discard,
  } = useReplyForm({ slug, parentId, onPosted });
  const { fields, errors } = state;
  // A live region announces only what changes once it is on the page, so "Draft restored" is
  // put in it just after the form has rendered.
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setRendered(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  // A restored draft is continued, not prefixed: the caret starts after its text, whether the
  // form takes the focus or the reader tabs into it later.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    if (autoFocus) body.focus();
    caretToEnd(body);
  }, [autoFocus, bodyRef]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };
  const waiting = entry && !sending;
  const status = sending
    ? t('form.sending')
    : waiting
      ? waitMessage(entry.problem, t)
      : state.notice;
  const problem = state.problem ?? (waiting ? status : undefined);

  return (
    <form
      className="reply-form"
      aria-label={label}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onBlur={flush}
    >
      <div aria-live="polite">
        {rendered && state.restored && (
          <p className="reply-form__draft">
            {t('form.draftRestored')} ·{' '}
            <button type="button" className="button--link" onClick={discard}>
              {t('form.discard')}
            </button>
          </p>
        )}
      </div>
      {!persistent && (
        <p className="reply-form__note" role="note">
          {t('form.notPersistent')}
        </p>
      )}
      <FormField
        id={`${id}-body`}
        name="body"
        label={t('form.comment')}
        multiline
        required
        value={fields.body}
        onChange={(value) => edit('body', value)}
        error={errors.body}
        extra={counterShows(fields.body) ? <BodyCounter body={fields.body} /> : undefined}
        inputRef={bodyRef}
      />
      <div className="reply-form__identity">
        <FormField
          id={`${id}-name`}
          name="name"
          label={t('form.name')}
          required
          autoComplete="name"
          value={fields.name}
          onChange={(value) => edit('name', value)}
          error={errors.name}
          inputRef={nameRef}
        />
        <FormField
          id={`${id}-email`}
          name="email"
          label={t('form.email')}
          hint={t('form.emailHint')}
          type="email"
          required
          autoComplete="email"
          value={fields.email}
          onChange={(value) => edit('email', value)}
          error={errors.email}
          inputRef={emailRef}
        />
        <FormField
          id={`${id}-url`}
          name="url"
          label={
            <>
              {t('form.website')} <span className="reply-form__optional">{t('form.optional')}</span>
            </>
          }
          type="url"
          autoComplete="url"
          value={fields.url}
          onChange={(value) => edit('url', value)}
          error={errors.url}
          inputRef={urlRef}
        />
      </div>
      <div className="reply-form__trap" aria-hidden="true">
        <label htmlFor={`${id}-subject`}>{t('form.honeypot')}</label>
        <input
          id={`${id}-subject`}
          name="subject"
          tabIndex={-1}
          autoComplete="off"
          value={state.honeypot}
          onChange={(event) => setHoneypot(event.target.value)}
        />
      </div>
      <label className="reply-form__remember">
        <input
          type="checkbox"
          checked={state.remember}
          onChange={(event) => setRemember(event.target.checked)}
        />
        <span>{t('form.remember')}</span>
      </label>
      <div
        className={`reply-form__status${problem ? ' reply-form__status--problem' : ''}`}
        role="status"
      >
        {status && <p>{status}</p>}
        {state.problem && state.problem !== status && <p>{state.problem}</p>}
      </div>
      <div className="reply-form__actions">
        <button type="submit" className="button" disabled={sending}>
          {sending ? t('form.sending') : t('form.send')}
        </button>
        {waiting && (
          <button type="button" className="button button--quiet" onClick={send}>
            {t('form.retry')}
          </button>
        )}
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
        <span className="reply-form__shortcut" aria-hidden="true">
          {t('form.shortcut')}
        </span>
      </div>
    </form>
  );
}
